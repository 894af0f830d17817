// The same cases against the embedded registry and the real CNCF distribution registry (docker-registry),
// so the two stay alike: copies from the engine and skopeo, chunks, mounts, referrers, errors, tag lists.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyImage } from '../../lib/oci/copy';
import { sha256Digest } from '../../lib/oci/digest';
import { openLayout } from '../../lib/oci/layout/store';
import { parseReference } from '../../lib/oci/reference';
import { createRegistryClient, type RegistryClient } from '../../lib/oci/registry';
import { MEDIA_TYPES } from '../../lib/oci/types';
import { startRegistry as startEmbedded } from '../../lib/registry';
import { haveBinaries } from '../helpers/binaries';
import { createTestImage, skopeoInspectRaw, skopeoPush, type TestImage } from '../helpers/images';
import { startRegistry as startDistribution } from '../helpers/servers/registry';

interface Server {
  url: string;
  host: string;
  stop(): Promise<void>;
}

const ok = haveBinaries('docker-registry', 'skopeo');

const servers: { name: string; start: (dir: string) => Promise<Server> }[] = [
  {
    name: 'embedded registry',
    start: async (dir) => {
      const registry = await startEmbedded({ root: join(dir, 'embedded-root') });
      return { url: registry.url, host: registry.host, stop: () => registry.close() };
    },
  },
  { name: 'docker-registry', start: () => startDistribution() },
];

async function errorCode(response: Response): Promise<string | undefined> {
  const body: unknown = await response.json();
  if (typeof body !== 'object' || body === null || !('errors' in body) || !Array.isArray(body.errors))
    return undefined;
  const first: unknown = body.errors[0];
  return typeof first === 'object' && first !== null && 'code' in first && typeof first.code === 'string'
    ? first.code
    : undefined;
}

describe.skipIf(!ok).each(servers)('$name', ({ start }) => {
  let work: string;
  let server: Server;
  let client: RegistryClient;
  let image: TestImage;

  const repo = (path: string, push = false, mountFrom?: string[]) =>
    client.repository(parseReference(`${server.host}/${path}`), {
      push,
      ...(mountFrom ? { mountFrom } : {}),
    });
  const api = (path: string, init: RequestInit = {}): Promise<Response> =>
    fetch(`${server.url}${path}`, init);

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'ferry-parity-'));
    server = await start(work);
    client = createRegistryClient({ insecureRegistries: [server.host] });
    image = await createTestImage(join(work, 'image'), {
      layers: 2,
      layerSize: 20_000,
      referrer: true,
      tag: 'v1',
    });
  });
  afterAll(async () => {
    await client?.close();
    await server?.stop();
    await rm(work, { recursive: true, force: true });
  });

  it('takes a two-platform index from the engine, digest unchanged, as skopeo reads it', async () => {
    const result = await copyImage({
      source: await openLayout(image.dir),
      sourceReference: 'v1',
      target: repo('parity/app', true),
      tags: ['v1', 'stable'],
    });
    expect(result.targetDigest).toBe(image.top.descriptor.digest);
    expect(result.blobsUploaded).toBe(image.blobs.length - 2);
    for (const tag of ['v1', 'stable'])
      expect(
        (await skopeoInspectRaw(`${server.host}/parity/app:${tag}`)).equals(Buffer.from(image.top.bytes)),
      ).toBe(true);
    const child = image.manifests[0];
    if (!child) throw new Error('no child');
    const head = await api(`/v2/parity/app/manifests/${child.descriptor.digest}`, {
      method: 'HEAD',
      headers: { accept: MEDIA_TYPES.ociManifest },
    });
    expect(head.status).toBe(200);
    expect(head.headers.get('docker-content-digest')).toBe(child.descriptor.digest);
    expect(head.headers.get('content-type')).toBe(MEDIA_TYPES.ociManifest);
  });

  it('takes a skopeo push, then mounts every blob into another repository', async () => {
    const pushed = await createTestImage(join(work, 'skopeo'), { layers: 1, layerSize: 10_000, tag: 'v2' });
    await skopeoPush(pushed, `${server.host}/skopeo/app:v2`);
    expect(
      (await skopeoInspectRaw(`${server.host}/skopeo/app:v2`)).equals(Buffer.from(pushed.top.bytes)),
    ).toBe(true);
    const result = await copyImage({
      source: repo('skopeo/app'),
      sourceReference: 'v2',
      target: repo('mounted/app', true, ['skopeo/app']),
      tags: ['v2'],
    });
    expect(result.blobsMounted).toBe(pushed.blobs.length);
    expect(result.blobsUploaded).toBe(0);
    expect(result.targetDigest).toBe(pushed.top.descriptor.digest);
  });

  it('refuses a mount from a repository without the blob, and keeps the blob unknown there', async () => {
    const layer = image.blobs.find((b) => b.mediaType === MEDIA_TYPES.ociLayerGzip);
    if (!layer) throw new Error('no layer');
    const refused = await api(`/v2/nomount/app/blobs/uploads/?mount=${layer.digest}&from=nothing/here`, {
      method: 'POST',
    });
    expect(refused.status).toBe(202);
    expect(refused.headers.get('location')).toBeTruthy();
    const unknown = await api(`/v2/nomount/app/blobs/${layer.digest}`, { method: 'HEAD' });
    expect(unknown.status).toBe(404);
  });

  it('takes chunked uploads from the engine', async () => {
    const chunked = createRegistryClient({
      insecureRegistries: [server.host],
      upload: 'chunked',
      chunkSize: 8192,
    });
    try {
      const result = await copyImage({
        source: await openLayout(image.dir),
        sourceReference: 'v1',
        target: chunked.repository(parseReference(`${server.host}/chunked/app`), { push: true }),
        tags: ['v1'],
      });
      expect(result.targetDigest).toBe(image.top.descriptor.digest);
      expect(result.blobsUploaded).toBe(image.blobs.length - 2);
    } finally {
      await chunked.close();
    }
  });

  it('keeps referrers findable (referrers API, or the tag scheme the engine falls back to)', async () => {
    const result = await copyImage({
      source: await openLayout(image.dir),
      sourceReference: 'v1',
      target: repo('referred/app', true),
      tags: ['v1'],
      referrers: true,
    });
    expect(result.referrersCopied).toBe(1);
    const found = await repo('referred/app').referrers(image.top.descriptor.digest, 'application/spdx+json');
    expect(found.map((d) => d.digest)).toEqual(image.referrers.map((r) => r.descriptor.digest));
  });

  it('rejects a blob whose bytes do not match, and a manifest whose blobs are missing', async () => {
    // POST then PUT: a single-request POST ?digest= upload is optional in the spec (docker-registry 2.8
    // answers it with 202 and a session), so the two registries are compared on the form both take.
    const session = await api('/v2/reject/app/blobs/uploads/', { method: 'POST' });
    expect(session.status).toBe(202);
    const location = new URL(session.headers.get('location') ?? '', server.url);
    location.searchParams.set('digest', sha256Digest('real'));
    const wrong = await fetch(location, {
      method: 'PUT',
      headers: { 'content-type': 'application/octet-stream' },
      body: 'fake',
    });
    expect(wrong.status).toBe(400);
    expect(await errorCode(wrong)).toBe('DIGEST_INVALID');
    expect((await api(`/v2/reject/app/blobs/${sha256Digest('real')}`, { method: 'HEAD' })).status).toBe(404);
    const manifest = JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociManifest,
      config: { mediaType: MEDIA_TYPES.ociConfig, digest: sha256Digest('absent'), size: 6 },
      layers: [],
    });
    const put = await api('/v2/reject/app/manifests/latest', {
      method: 'PUT',
      headers: { 'content-type': MEDIA_TYPES.ociManifest },
      body: manifest,
    });
    expect(put.status).toBe(400);
    expect(await errorCode(put)).toBe('MANIFEST_BLOB_UNKNOWN');
    const unknown = await api('/v2/reject/app/manifests/nope');
    expect(unknown.status).toBe(404);
    expect(await errorCode(unknown)).toBe('MANIFEST_UNKNOWN');
  });

  // Tag pages (n, last, Link) are checked on the embedded registry alone: docker-registry 2.8 ignores `n`.
  it('lists the tags of a repository, and answers NAME_UNKNOWN for one that does not exist', async () => {
    expect((await repo('parity/app').tagList()).sort()).toEqual(['stable', 'v1']);
    const listed = (await (await api('/v2/parity/app/tags/list')).json()) as { name: string; tags: string[] };
    expect(listed.name).toBe('parity/app');
    const unknown = await api('/v2/never/pushed/tags/list');
    expect(unknown.status).toBe(404);
    expect(await errorCode(unknown)).toBe('NAME_UNKNOWN');
  });
});
