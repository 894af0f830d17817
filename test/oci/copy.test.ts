// copyImage against a real docker-registry on loopback: digests kept (checked with skopeo), platform
// subsets, no-op re-copies, cross-repository mounts, layout and docker-archive sources, referrers,
// chunked uploads, and integrity order when a copy fails.
import { FerryError } from '../../lib/util/errors';
import { mkdtemp, rm, truncate } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDockerArchive } from '../../lib/oci/archive/store';
import { createKeychain } from '../../lib/oci/auth';
import { copyImage } from '../../lib/oci/copy';
import { openLayout } from '../../lib/oci/layout/store';
import { parseReference } from '../../lib/oci/reference';
import { createRegistryClient, type RegistryClient } from '../../lib/oci/registry';
import { haveBinaries } from '../helpers/binaries';
import { createHash } from 'node:crypto';
import { MEDIA_TYPES } from '../../lib/oci/types';
import {
  AMD64,
  ARM64,
  createTestImage,
  pushTestImage,
  skopeoDockerArchive,
  skopeoInspectRaw,
  type TestImage,
} from '../helpers/images';

const sha256Hex = (bytes: Buffer): string => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
import { startRegistry, type RegistryServer } from '../helpers/servers/registry';

const ok = haveBinaries('docker-registry', 'skopeo');

describe.skipIf(!ok)('copyImage against docker-registry', () => {
  let work: string;
  let registry: RegistryServer;
  let client: RegistryClient;
  let image: TestImage;

  const repo = (path: string, push = false, mountFrom?: string[]) =>
    client.repository(parseReference(`${registry.host}/${path}`), {
      push,
      ...(mountFrom ? { mountFrom } : {}),
    });

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'ferry-copy-'));
    registry = await startRegistry();
    client = createRegistryClient({ insecureRegistries: [registry.host] });
    image = await createTestImage(join(work, 'image'), {
      layers: 3,
      layerSize: 300_000,
      referrer: true,
      tag: 'v1',
    });
  });
  afterAll(async () => {
    await client?.close();
    await registry?.stop();
    await rm(work, { recursive: true, force: true });
  });

  it('copies a whole index from a layout, digest unchanged, under several tags, as skopeo sees it', async () => {
    const source = await openLayout(image.dir);
    const result = await copyImage({
      source,
      sourceReference: 'v1',
      target: repo('team/app', true),
      tags: ['1.0', 'stable'],
    });
    expect(result.targetDigest).toBe(image.top.descriptor.digest);
    expect(result.sourceDigest).toBe(result.targetDigest);
    expect(result.digestChanged).toBe(false);
    expect(result.blobsUploaded).toBe(image.blobs.length - 2); // the referrer's blobs are not part of the image
    expect(result.bytesSent).toBeGreaterThan(6 * 300_000);
    expect(result.platforms).toEqual(['linux/amd64', 'linux/arm64']);
    expect(result.tagsWritten).toEqual(['1.0', 'stable']);
    for (const tag of ['1.0', 'stable']) {
      const raw = await skopeoInspectRaw(`${registry.host}/team/app:${tag}`);
      expect(raw.equals(Buffer.from(image.top.bytes))).toBe(true);
    }
    const child = image.manifests[1];
    if (!child) throw new Error('no child');
    const rawChild = await skopeoInspectRaw(`${registry.host}/team/app@${child.descriptor.digest}`);
    expect(rawChild.equals(Buffer.from(child.bytes))).toBe(true);
  });

  it('makes a second copy a no-op that sends nothing, and still writes a missing tag', async () => {
    const source = await openLayout(image.dir);
    const again = await copyImage({
      source,
      sourceReference: 'v1',
      target: repo('team/app', true),
      tags: ['1.0', 'stable'],
    });
    expect(again).toMatchObject({
      noop: true,
      bytesSent: 0,
      blobsUploaded: 0,
      manifestsWritten: 0,
      tagsWritten: [],
    });
    const tagged = await copyImage({
      source,
      sourceReference: 'v1',
      target: repo('team/app', true),
      tags: ['1.0', 'extra'],
    });
    expect(tagged).toMatchObject({ noop: false, bytesSent: 0, blobsUploaded: 0, tagsWritten: ['extra'] });
    expect((await repo('team/app').manifestHead('extra'))?.digest).toBe(image.top.descriptor.digest);
  });

  it('mounts every blob for a copy within one registry: no blob bytes sent', async () => {
    const result = await copyImage({
      source: repo('team/app'),
      sourceReference: '1.0',
      target: repo('prod/app', true, ['team/app']),
      tags: ['1.0'],
    });
    expect(result).toMatchObject({ bytesSent: 0, blobsUploaded: 0, blobsMounted: image.blobs.length - 2 });
    expect(result.targetDigest).toBe(image.top.descriptor.digest);
    const raw = await skopeoInspectRaw(`${registry.host}/prod/app:1.0`);
    expect(raw.equals(Buffer.from(image.top.bytes))).toBe(true);
  });

  it("copies one platform as that platform's own manifest: the target digest is the index entry's", async () => {
    const arm = image.manifests[1];
    if (!arm) throw new Error('no arm64 manifest');
    const result = await copyImage({
      source: repo('team/app'),
      sourceReference: '1.0',
      target: repo('arm/app', true),
      platforms: ['linux/arm64/v8'], // the index says linux/arm64: the same platform, normalised
      tags: ['arm'],
    });
    expect(result.digestChanged).toBe(true);
    expect(result.sourceDigest).toBe(image.top.descriptor.digest);
    expect(result.targetDigest).toBe(arm.descriptor.digest);
    expect(result.mediaType).toBe(MEDIA_TYPES.ociManifest);
    expect(result.platforms).toEqual(['linux/arm64']);
    expect(result.blobsMounted).toBe(4); // config + 3 layers of one platform, mounted within the registry
    const raw = await skopeoInspectRaw(`${registry.host}/arm/app:arm`);
    expect(raw.equals(Buffer.from(arm.bytes))).toBe(true);
  });

  it('copies several platforms as a reduced index with a new digest, and refuses a platform the index lacks', async () => {
    const wide = await createTestImage(join(work, 'wide'), {
      platforms: [AMD64, ARM64, { os: 'linux', architecture: 's390x' }],
      tag: 'w',
    });
    await pushTestImage(wide, repo('wide/app', true), 'w');
    const result = await copyImage({
      source: repo('wide/app'),
      sourceReference: 'w',
      target: repo('wide/two', true),
      platforms: ['linux/s390x', 'linux/amd64'],
      tags: ['two'],
    });
    expect(result.digestChanged).toBe(true);
    expect(result.targetDigest).not.toBe(wide.top.descriptor.digest);
    const raw = await skopeoInspectRaw(`${registry.host}/wide/two:two`);
    expect(sha256Hex(raw)).toBe(result.targetDigest);
    const index = JSON.parse(raw.toString('utf8')) as { manifests: { digest: string }[] };
    // Index order is the source's, not the order the platforms were asked in.
    expect(index.manifests.map((m) => m.digest)).toEqual([
      wide.manifests[0]?.descriptor.digest,
      wide.manifests[2]?.descriptor.digest,
    ]);
    expect(result.platforms).toEqual(['linux/amd64', 'linux/s390x']);
    for (const missing of [['linux/ppc64le'], ['linux/amd64', 'linux/arm/v7']])
      await expect(
        copyImage({
          source: repo('wide/app'),
          sourceReference: 'w',
          target: repo('wide/none', true),
          platforms: missing,
        }),
      ).rejects.toMatchObject({
        code: 'NOT_FOUND',
        message: expect.stringContaining('it holds linux/amd64, linux/arm64, linux/s390x'),
      });
    expect(await repo('wide/none').manifestHead(wide.manifests[0]?.descriptor.digest ?? '')).toBeUndefined();
  });

  it('checks a single-platform image against the platform asked for', async () => {
    const single = await createTestImage(join(work, 'single'), {
      index: false,
      platforms: [AMD64],
      tag: 's',
    });
    await pushTestImage(single, repo('single/app', true), 's');
    const same = await copyImage({
      source: repo('single/app'),
      sourceReference: 's',
      target: repo('single/copy', true),
      platforms: ['linux/x86_64'],
      tags: ['s'],
    });
    expect(same.targetDigest).toBe(single.top.descriptor.digest);
    expect(same.digestChanged).toBe(false);
    expect(same.platforms).toEqual(['linux/amd64']);
    await expect(
      copyImage({
        source: repo('single/app'),
        sourceReference: 's',
        target: repo('single/arm', true),
        platforms: ['linux/arm64'],
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('it holds linux/amd64') });
  });

  it('copies referrers on request, listed at the target through the sha256-<hex> tag scheme', async () => {
    const source = await openLayout(image.dir);
    const result = await copyImage({
      source,
      sourceReference: 'v1',
      target: repo('signed/app', true),
      tags: ['v1'],
      referrers: true,
    });
    expect(result.referrersCopied).toBe(1);
    const listed = await repo('signed/app').referrers(image.top.descriptor.digest);
    expect(listed.map((d) => d.digest)).toEqual(image.referrers.map((r) => r.descriptor.digest));
    // And on from that registry to another repository: the referrer follows.
    const onward = await copyImage({
      source: repo('signed/app'),
      sourceReference: 'v1',
      target: repo('mirror/app', true, ['signed/app']),
      tags: ['v1'],
      referrers: true,
    });
    expect(onward.referrersCopied).toBe(1);
    expect((await repo('mirror/app').referrers(image.top.descriptor.digest)).map((d) => d.digest)).toEqual(
      listed.map((d) => d.digest),
    );
    const again = await copyImage({
      source: repo('signed/app'),
      sourceReference: 'v1',
      target: repo('mirror/app', true),
      tags: ['v1'],
      referrers: true,
    });
    expect(again).toMatchObject({ noop: true, referrersCopied: 0 });
  });

  it('copies from a registry into a layout and from a docker-archive into a registry', async () => {
    const layoutDir = join(work, 'out');
    const layout = await openLayout(layoutDir, { create: true });
    const down = await copyImage({
      source: repo('team/app'),
      sourceReference: '1.0',
      target: layout,
      tags: ['copied'],
    });
    expect(down.targetDigest).toBe(image.top.descriptor.digest);
    expect(await layout.tagList()).toEqual(['copied']);

    const tar = join(work, 'image.tar');
    await skopeoDockerArchive(image, tar, 'example.com/app:7');
    const archive = await openDockerArchive(tar);
    const up = await copyImage({
      source: archive,
      sourceReference: '7',
      target: repo('from/tar', true),
      tags: ['7'],
    });
    expect(up.targetDigest).toBe(archive.manifestDescriptor.digest);
    expect(up.blobsUploaded).toBe(4);
    // skopeo reads back the pushed image, config and layers included.
    const raw = await skopeoInspectRaw(`${registry.host}/from/tar:7`);
    expect(raw.toString('utf8')).toContain(archive.manifestDescriptor.mediaType);
  });

  it('uploads in chunks when told to and the digest still matches', async () => {
    const chunked = createRegistryClient({
      insecureRegistries: [registry.host],
      upload: 'chunked',
      chunkSize: 64 * 1024,
    });
    try {
      const source = await openLayout(image.dir);
      const target = chunked.repository(parseReference(`${registry.host}/chunked/app`), { push: true });
      const result = await copyImage({ source, sourceReference: 'v1', target, tags: ['v1'], jobs: 2 });
      expect(result.targetDigest).toBe(image.top.descriptor.digest);
      expect(result.blobsUploaded).toBe(image.blobs.length - 2);
    } finally {
      await chunked.close();
    }
    const raw = await skopeoInspectRaw(`${registry.host}/chunked/app:v1`);
    expect(raw.equals(Buffer.from(image.top.bytes))).toBe(true);
  });

  it('writes no manifest when a blob fails: the tag never points at missing content', async () => {
    const broken = await createTestImage(join(work, 'broken'), { layers: 2, layerSize: 50_000 });
    const victim = broken.blobs.find((b) => b.size > 50_000);
    if (!victim) throw new Error('no layer');
    await truncate(join(broken.dir, 'blobs', 'sha256', victim.digest.slice(7)), 1000);
    const source = await openLayout(broken.dir);
    await expect(
      copyImage({ source, sourceReference: 'latest', target: repo('broken/app', true), tags: ['v1'] }),
    ).rejects.toBeInstanceOf(FerryError);
    expect(await repo('broken/app').manifestHead('v1')).toBeUndefined();
    for (const m of broken.manifests)
      expect(await repo('broken/app').manifestHead(m.descriptor.digest)).toBeUndefined();
  });
});

describe.skipIf(!ok)('copyImage with credentials', () => {
  let work: string;
  let registry: RegistryServer;
  let image: TestImage;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'ferry-copy-auth-'));
    registry = await startRegistry({ auth: 'htpasswd' });
    image = await createTestImage(join(work, 'image'), { layers: 1, layerSize: 10_000 });
  });
  afterAll(async () => {
    await registry?.stop();
    await rm(work, { recursive: true, force: true });
  });

  it('pushes with the right password and fails with AUTH on a wrong one, writing nothing', async () => {
    const [username, password] = Object.entries(registry.users)[0] ?? ['', ''];
    const good = createRegistryClient({
      insecureRegistries: [registry.host],
      keychain: createKeychain({ credentials: { [registry.host]: { username, password } } }),
    });
    const bad = createRegistryClient({
      insecureRegistries: [registry.host],
      keychain: createKeychain({
        credentials: { [registry.host]: { username, password: 'wrong-secret-xyz' } },
      }),
    });
    try {
      const source = await openLayout(image.dir);
      const failed = copyImage({
        source,
        sourceReference: 'latest',
        target: bad.repository(parseReference(`${registry.host}/a/b`), { push: true }),
        tags: ['1'],
      });
      await expect(failed).rejects.toMatchObject({ code: 'AUTH' });
      await failed.catch((error: unknown) => expect(String(error)).not.toContain('wrong-secret-xyz'));
      const target = good.repository(parseReference(`${registry.host}/a/b`), { push: true });
      expect(await target.manifestHead('1')).toBeUndefined();
      const result = await copyImage({ source, sourceReference: 'latest', target, tags: ['1'] });
      expect(result.targetDigest).toBe(image.top.descriptor.digest);
    } finally {
      await good.close();
      await bad.close();
    }
  });
});

describe.skipIf(!ok)('copyImage against a token-auth registry over TLS', () => {
  let work: string;
  let registry: RegistryServer;
  let image: TestImage;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'ferry-copy-token-'));
    registry = await startRegistry({ auth: 'token', tls: true });
    image = await createTestImage(join(work, 'image'), { layers: 2, layerSize: 20_000 });
  });
  afterAll(async () => {
    await registry?.stop();
    await rm(work, { recursive: true, force: true });
  });

  it('pushes with a scoped token and mounts across repositories with pull scope on the source', async () => {
    const [username, password] = Object.entries(registry.users)[0] ?? ['', ''];
    const client = createRegistryClient({
      ...(registry.caFile ? { caFile: registry.caFile } : {}),
      keychain: createKeychain({ credentials: { [registry.host]: { username, password } } }),
    });
    try {
      const at = (path: string, push = false, mountFrom?: string[]) =>
        client.repository(parseReference(`${registry.host}/${path}`), {
          push,
          ...(mountFrom ? { mountFrom } : {}),
        });
      const first = await copyImage({
        source: await openLayout(image.dir),
        sourceReference: 'latest',
        target: at('staging/app', true),
        tags: ['1'],
      });
      expect(first.targetDigest).toBe(image.top.descriptor.digest);
      const promoted = await copyImage({
        source: at('staging/app'),
        sourceReference: '1',
        target: at('release/app', true, ['staging/app']),
        tags: ['1'],
      });
      expect(promoted).toMatchObject({ bytesSent: 0, blobsUploaded: 0, blobsMounted: image.blobs.length });
      expect((await at('release/app').manifestHead('1'))?.digest).toBe(image.top.descriptor.digest);
    } finally {
      await client.close();
    }
  });
});
