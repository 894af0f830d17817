// A copy through misbehaving proxies in front of real registries: 429 with Retry-After, 503, a blob
// download and a blob upload cut off midway. The copy still succeeds and the digest matches.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyImage } from '../../lib/oci/copy';
import { openLayout } from '../../lib/oci/layout/store';
import { parseReference } from '../../lib/oci/reference';
import { createRegistryClient } from '../../lib/oci/registry';
import { haveBinaries } from '../helpers/binaries';
import { createTestImage, skopeoInspectRaw, type TestImage } from '../helpers/images';
import { startFlakyProxy, type FlakyProxy } from '../helpers/servers/flaky-proxy';
import { startRegistry, type RegistryServer } from '../helpers/servers/registry';

describe.skipIf(!haveBinaries('docker-registry', 'skopeo'))('copyImage through a flaky proxy', () => {
  let work: string;
  let source: RegistryServer;
  let target: RegistryServer;
  let sourceProxy: FlakyProxy;
  let targetProxy: FlakyProxy;
  let image: TestImage;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'ferry-flaky-'));
    [source, target] = await Promise.all([startRegistry(), startRegistry()]);
    [sourceProxy, targetProxy] = await Promise.all([
      startFlakyProxy({ target: source.url }),
      startFlakyProxy({ target: target.url }),
    ]);
    image = await createTestImage(join(work, 'image'), { layers: 2, layerSize: 400_000, tag: 'v1' });
    const seed = createRegistryClient();
    try {
      await copyImage({
        source: await openLayout(image.dir),
        sourceReference: 'v1',
        target: seed.repository(parseReference(`${source.host}/app/flaky:v1`), { push: true }),
        tags: ['v1'],
      });
    } finally {
      await seed.close();
    }
  });
  afterAll(async () => {
    await sourceProxy?.stop();
    await targetProxy?.stop();
    await source?.stop();
    await target?.stop();
    await rm(work, { recursive: true, force: true });
  });

  it('retries 429, 503 and dropped connections and lands the same digest', async () => {
    sourceProxy.inject({
      method: 'GET',
      path: /\/blobs\/sha256:/,
      fault: { kind: 'drop-response', afterBytes: 100_000 },
    });
    sourceProxy.inject({ method: 'GET', path: /\/manifests\//, fault: { kind: 'status', status: 503 } });
    targetProxy.inject({
      method: 'HEAD',
      path: /\/blobs\//,
      fault: { kind: 'status', status: 429, retryAfter: '1' },
    });
    targetProxy.inject({
      method: 'POST',
      path: /\/blobs\/uploads\//,
      fault: { kind: 'status', status: 503 },
    });
    targetProxy.inject({
      method: 'PUT',
      path: /\/blobs\/uploads\//,
      fault: { kind: 'drop-request', afterBytes: 150_000 },
    });
    targetProxy.inject({
      method: 'PUT',
      path: /\/manifests\//,
      fault: { kind: 'status', status: 429, retryAfter: '0' },
    });

    const client = createRegistryClient({ retry: { baseDelayMs: 20, maxDelayMs: 200 } });
    try {
      const result = await copyImage({
        source: client.repository(parseReference(`${sourceProxy.host}/app/flaky:v1`)),
        sourceReference: 'v1',
        target: client.repository(parseReference(`${targetProxy.host}/app/flaky`), { push: true }),
        tags: ['v1'],
        jobs: 2,
      });
      expect(result.targetDigest).toBe(image.top.descriptor.digest);
      expect(result.blobsUploaded).toBe(image.blobs.length);
    } finally {
      await client.close();
    }
    // Every fault fired: the copy really went through them.
    expect(sourceProxy.pending()).toBe(0);
    expect(targetProxy.pending()).toBe(0);
    expect(targetProxy.requests.some((r) => r.outcome === '429')).toBe(true);
    const raw = await skopeoInspectRaw(`${target.host}/app/flaky:v1`);
    expect(raw.equals(Buffer.from(image.top.bytes))).toBe(true);
    for (const m of image.manifests) {
      expect(
        (await skopeoInspectRaw(`${target.host}/app/flaky@${m.descriptor.digest}`)).equals(
          Buffer.from(m.bytes),
        ),
      ).toBe(true);
    }
  });

  it('uploads when the registry refuses a cross-repository mount', async () => {
    targetProxy.inject({
      method: 'POST',
      path: /mount=/,
      times: 100,
      fault: { kind: 'status', status: 404 },
    });
    const client = createRegistryClient({ retry: { baseDelayMs: 20, maxDelayMs: 200 } });
    try {
      const result = await copyImage({
        source: client.repository(parseReference(`${targetProxy.host}/app/flaky:v1`)),
        sourceReference: 'v1',
        target: client.repository(parseReference(`${targetProxy.host}/app/refused`), {
          push: true,
          mountFrom: ['app/flaky'],
        }),
        tags: ['v1'],
      });
      expect(result).toMatchObject({
        targetDigest: image.top.descriptor.digest,
        blobsMounted: 0,
        blobsUploaded: image.blobs.length,
      });
    } finally {
      await client.close();
    }
    expect(targetProxy.requests.filter((r) => r.outcome === '404' && r.path.includes('mount=')).length).toBe(
      image.blobs.length,
    );
  });
});
