// Retries end to end: a proxy between ferry and the real docker-registry answers 429 with Retry-After,
// 503, and drops connections mid-body; pushes and pulls still succeed with the right digest.
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { sha256Digest } from '../../lib/oci/digest';
import { RegistryError } from '../../lib/oci/errors';
import { parseReference } from '../../lib/oci/reference';
import { createRegistryClient, type RegistryClient } from '../../lib/oci/registry';
import { MEDIA_TYPES } from '../../lib/oci/types';
import { haveBinaries } from '../helpers/binaries';
import { startFlakyProxy, type FlakyProxy } from '../helpers/servers/flaky-proxy';
import { startRegistry, type RegistryServer } from '../helpers/servers/registry';

const ok = haveBinaries('docker-registry');

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

describe.skipIf(!ok)('transport through a flaky proxy to docker-registry', () => {
  let registry: RegistryServer;
  let proxy: FlakyProxy;
  let client: RegistryClient;
  const delays: number[] = [];
  let opens = 0;

  beforeAll(async () => {
    registry = await startRegistry();
    proxy = await startFlakyProxy({ target: registry.url });
    client = createRegistryClient({
      retry: {
        attempts: 4,
        baseDelayMs: 5,
        sleep: async (ms) => {
          delays.push(ms);
          await new Promise((r) => setTimeout(r, Math.min(ms, 20)));
        },
      },
    });
  });

  afterAll(async () => {
    await client?.close();
    await proxy?.stop();
    await registry?.stop();
  });

  beforeEach(() => {
    delays.length = 0;
    opens = 0;
  });

  const repo = (name: string) => client.repository(parseReference(`${proxy.host}/${name}`), { push: true });
  const blob = (size: number) => {
    const bytes = randomBytes(size);
    return {
      bytes,
      descriptor: { mediaType: MEDIA_TYPES.ociLayer, digest: sha256Digest(bytes), size },
      open: async () => {
        opens++;
        // Small chunks so the proxy can cut the body in the middle.
        const parts: Buffer[] = [];
        for (let i = 0; i < size; i += 16 * 1024) parts.push(bytes.subarray(i, i + 16 * 1024));
        return Readable.from(parts);
      },
    };
  };

  test('429 with Retry-After on the upload start: waits as told, then pushes', async () => {
    proxy.inject({
      method: 'POST',
      path: /blobs\/uploads/,
      fault: { kind: 'status', status: 429, retryAfter: '2' },
    });
    const b = blob(10_000);
    await repo('flaky/a').blobPut(b.descriptor, b.open);
    expect(delays).toContain(2000);
    expect(proxy.pending()).toBe(0);
    expect(
      proxy.requests
        .filter((r) => r.method === 'POST')
        .map((r) => r.outcome)
        .slice(-2),
    ).toEqual(['429', '202']);
  });

  test('429 with Retry-After on the blob PUT itself: the session starts over after the time asked for', async () => {
    proxy.inject({
      method: 'PUT',
      path: /blobs\/uploads.*digest=/,
      fault: { kind: 'status', status: 429, retryAfter: '3' },
    });
    const b = blob(20_000);
    const target = repo('flaky/h');
    await target.blobPut(b.descriptor, b.open);
    expect(delays).toEqual([3000]);
    expect(opens).toBe(2);
    expect((await target.blobHead(b.descriptor.digest))?.size).toBe(20_000);
  });

  test('503 twice on a manifest PUT, then it goes through', async () => {
    const target = repo('flaky/b');
    const empty = Buffer.from('{}');
    const config = { mediaType: MEDIA_TYPES.ociEmpty, digest: sha256Digest(empty), size: 2 };
    await target.blobPut(config, async () => Readable.from([empty]));
    const bytes = Buffer.from(
      JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPES.ociManifest, config, layers: [] }),
    );
    proxy.inject({ method: 'PUT', path: /manifests/, times: 2, fault: { kind: 'status', status: 503 } });
    expect(await target.manifestPut('v1', MEDIA_TYPES.ociManifest, bytes)).toBe(sha256Digest(bytes));
    expect(delays).toHaveLength(2);
    expect((await target.manifestGet('v1')).descriptor.digest).toBe(sha256Digest(bytes));
  });

  test('a connection dropped in the middle of a blob PUT: the upload starts over and re-sends from the start', async () => {
    const b = blob(600_000);
    proxy.inject({
      method: 'PUT',
      path: /blobs\/uploads/,
      fault: { kind: 'drop-request', afterBytes: 200_000 },
    });
    const target = repo('flaky/c');
    await target.blobPut(b.descriptor, b.open);
    expect(opens).toBe(2);
    expect(proxy.requests.some((r) => r.outcome === 'drop-request')).toBe(true);
    const got = await target.blobGet(b.descriptor.digest);
    expect(sha256Digest(await readAll(got.body))).toBe(b.descriptor.digest);
  });

  test('a connection dropped in the middle of a blob GET: the stream resumes with Range and the digest matches', async () => {
    const b = blob(800_000);
    const target = repo('flaky/d');
    await target.blobPut(b.descriptor, b.open);
    proxy.inject({
      method: 'GET',
      path: /blobs\/sha256/,
      fault: { kind: 'drop-response', afterBytes: 300_000 },
    });
    const got = await target.blobGet(b.descriptor.digest);
    const bytes = await readAll(got.body);
    expect(bytes.length).toBe(800_000);
    expect(sha256Digest(bytes)).toBe(b.descriptor.digest);
    const gets = proxy.requests.filter((r) => r.method === 'GET' && r.path.includes('/blobs/sha256'));
    expect(gets.at(-2)?.outcome).toBe('drop-response');
    expect(gets.at(-1)?.range).toMatch(/^bytes=\d+-$/);
  });

  test('a registry that asks for chunks (OCI-Chunk-Min-Length) gets PATCH chunks of at least that size', async () => {
    proxy.inject({
      method: 'POST',
      path: /blobs\/uploads/,
      fault: { kind: 'add-header', name: 'OCI-Chunk-Min-Length', value: String(100_000) },
    });
    const b = blob(250_000);
    const start = proxy.requests.length;
    // A client whose own chunk size is smaller than the registry's minimum: the minimum wins.
    const small = createRegistryClient({ chunkSize: 10_000, retry: { baseDelayMs: 5 } });
    try {
      const target = small.repository(parseReference(`${proxy.host}/flaky/f`), { push: true });
      await target.blobPut(b.descriptor, b.open);
      const seen = proxy.requests.slice(start).map((r) => r.method);
      expect(seen.filter((m) => m === 'PATCH')).toHaveLength(3);
      expect(sha256Digest(await readAll((await target.blobGet(b.descriptor.digest)).body))).toBe(
        b.descriptor.digest,
      );
    } finally {
      await small.close();
    }
  });

  test('a refused monolithic PUT (413) falls back to a chunked upload', async () => {
    proxy.inject({ method: 'PUT', path: /blobs\/uploads.*digest=/, fault: { kind: 'status', status: 413 } });
    const b = blob(50_000);
    const start = proxy.requests.length;
    const target = repo('flaky/g');
    await target.blobPut(b.descriptor, b.open);
    const seen = proxy.requests.slice(start).map((r) => `${r.method} ${r.outcome}`);
    expect(seen).toContain('PUT 413');
    expect(seen).toContain('PATCH 202');
    expect(seen.at(-1)).toBe('PUT 201');
    expect((await target.blobHead(b.descriptor.digest))?.size).toBe(50_000);
  });

  test('a 400 is not retried; a 503 that never ends gives up after the bounded attempts', async () => {
    const target = repo('flaky/e');
    proxy.inject({ method: 'GET', path: /manifests\/x/, fault: { kind: 'status', status: 400 } });
    const before = proxy.requests.length;
    const bad = await target.manifestGet('x').catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(RegistryError);
    expect((bad as RegistryError).status).toBe(400);
    expect((bad as RegistryError).temporary).toBe(false);
    expect(proxy.requests.length - before).toBe(1);

    proxy.inject({ method: 'GET', path: /manifests\/y/, times: 10, fault: { kind: 'status', status: 503 } });
    const start = proxy.requests.length;
    const down = await target.manifestGet('y').catch((e: unknown) => e);
    expect(down).toBeInstanceOf(RegistryError);
    expect((down as RegistryError).temporary).toBe(true);
    expect((down as RegistryError).message).toContain('503');
    expect(proxy.requests.length - start).toBe(4);
  });
});
