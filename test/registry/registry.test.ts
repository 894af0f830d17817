// The embedded registry against the distribution spec: driven with raw HTTP for status codes and headers
// (uploads, ranges, mounts, errors, tags, referrers), with the engine's client and with real skopeo.
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
import { startRegistry, type EmbeddedRegistry } from '../../lib/registry';
import { haveBinaries } from '../helpers/binaries';
import { createTestImage, skopeoInspectRaw, skopeoPush, type TestImage } from '../helpers/images';

const haveSkopeo = haveBinaries('skopeo');

function errorCode(body: string): string | undefined {
  const parsed: unknown = JSON.parse(body);
  if (typeof parsed !== 'object' || parsed === null || !('errors' in parsed) || !Array.isArray(parsed.errors))
    return undefined;
  const first: unknown = parsed.errors[0];
  return typeof first === 'object' && first !== null && 'code' in first && typeof first.code === 'string'
    ? first.code
    : undefined;
}

describe('embedded registry', () => {
  let work: string;
  let registry: EmbeddedRegistry;
  let client: RegistryClient;
  let image: TestImage;

  const api = (path: string, init: RequestInit = {}): Promise<Response> =>
    fetch(`${registry.url}${path}`, init);
  const repo = (path: string, push = false) =>
    client.repository(parseReference(`${registry.host}/${path}`), { push });

  /** Pushes a small blob with a monolithic POST ?digest= and returns its digest. */
  async function pushBlob(name: string, bytes: Buffer): Promise<string> {
    const digest = sha256Digest(bytes);
    const response = await api(`/v2/${name}/blobs/uploads/?digest=${digest}`, {
      method: 'POST',
      body: bytes,
    });
    expect(response.status).toBe(201);
    return digest;
  }

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'ferry-embedded-'));
    registry = await startRegistry();
    client = createRegistryClient({ insecureRegistries: [registry.host] });
    image = await createTestImage(join(work, 'image'), {
      layers: 2,
      layerSize: 20_000,
      referrer: true,
      tag: 'v1',
    });
  });
  afterAll(async () => {
    await client?.close();
    await registry?.close();
    await rm(work, { recursive: true, force: true });
  });

  it('answers the base check with the API version header', async () => {
    const response = await api('/v2/');
    expect(response.status).toBe(200);
    expect(response.headers.get('docker-distribution-api-version')).toBe('registry/2.0');
  });

  it('takes a whole index with its referrer from the engine, and serves it back byte for byte', async () => {
    const result = await copyImage({
      source: await openLayout(image.dir),
      sourceReference: 'v1',
      target: repo('team/app', true),
      tags: ['v1'],
      referrers: true,
    });
    expect(result.targetDigest).toBe(image.top.descriptor.digest);
    expect(result.referrersCopied).toBe(1);
    // This registry has the referrers API: no sha256-<hex> tag index is written beside it.
    expect(result.referrerTagsWritten).toEqual([]);
    expect(await repo('team/app').tagList()).toEqual(['v1']);
    const fetched = await repo('team/app').manifestGet('v1');
    expect(Buffer.from(fetched.bytes).equals(Buffer.from(image.top.bytes))).toBe(true);
    expect(fetched.descriptor.mediaType).toBe(MEDIA_TYPES.ociIndex);

    const head = await api(`/v2/team/app/manifests/v1`, { method: 'HEAD' });
    expect(head.headers.get('docker-content-digest')).toBe(image.top.descriptor.digest);
    expect(head.headers.get('content-type')).toBe(MEDIA_TYPES.ociIndex);
    expect(head.headers.get('content-length')).toBe(String(image.top.bytes.length));

    const referrer = image.referrers[0];
    if (!referrer) throw new Error('no referrer');
    const listed = await api(`/v2/team/app/referrers/${image.top.descriptor.digest}`);
    expect(listed.headers.get('content-type')).toBe(MEDIA_TYPES.ociIndex);
    expect(listed.headers.get('oci-filters-applied')).toBeNull();
    const index = (await listed.json()) as { manifests: { digest: string; artifactType?: string }[] };
    expect(index.manifests).toEqual([
      expect.objectContaining({ digest: referrer.descriptor.digest, artifactType: 'application/spdx+json' }),
    ]);
    const filtered = await api(
      `/v2/team/app/referrers/${image.top.descriptor.digest}?artifactType=text/plain`,
    );
    expect(filtered.headers.get('oci-filters-applied')).toBe('artifactType');
    expect(((await filtered.json()) as { manifests: unknown[] }).manifests).toEqual([]);
    expect(
      await repo('team/app').referrers(image.top.descriptor.digest, 'application/spdx+json'),
    ).toHaveLength(1);
  });

  it('sends OCI-Subject when a manifest with a subject is pushed, even before its subject exists', async () => {
    const config = await pushBlob('subj/app', Buffer.from('{}'));
    const subject = `sha256:${'ab'.repeat(32)}`;
    const body = JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociManifest,
      artifactType: 'application/example',
      config: { mediaType: MEDIA_TYPES.ociEmpty, digest: config, size: 2 },
      layers: [],
      subject: { mediaType: MEDIA_TYPES.ociManifest, digest: subject, size: 10 },
      annotations: { 'org.example': 'yes' },
    });
    const put = await api(`/v2/subj/app/manifests/${sha256Digest(body)}`, {
      method: 'PUT',
      headers: { 'content-type': MEDIA_TYPES.ociManifest },
      body,
    });
    expect(put.status).toBe(201);
    expect(put.headers.get('oci-subject')).toBe(subject);
    expect(put.headers.get('location')).toBe(`/v2/subj/app/manifests/${sha256Digest(body)}`);
    const listed = (await (await api(`/v2/subj/app/referrers/${subject}`)).json()) as {
      manifests: unknown[];
    };
    expect(listed.manifests).toEqual([
      {
        mediaType: MEDIA_TYPES.ociManifest,
        digest: sha256Digest(body),
        size: Buffer.byteLength(body),
        artifactType: 'application/example',
        annotations: { 'org.example': 'yes' },
      },
    ]);
  });

  it('rejects a blob whose bytes do not match the digest, monolithic or POST-then-PUT, and keeps nothing', async () => {
    const claimed = sha256Digest('the real content');
    const single = await api(`/v2/bad/app/blobs/uploads/?digest=${claimed}`, {
      method: 'POST',
      body: 'tampered',
    });
    expect(single.status).toBe(400);
    expect(errorCode(await single.text())).toBe('DIGEST_INVALID');

    const start = await api('/v2/bad/app/blobs/uploads/', { method: 'POST' });
    expect(start.status).toBe(202);
    const location = start.headers.get('location') ?? '';
    const put = await api(`${location}?digest=${claimed}`, { method: 'PUT', body: 'tampered too' });
    expect(put.status).toBe(400);
    expect(errorCode(await put.text())).toBe('DIGEST_INVALID');
    expect((await api(`/v2/bad/app/blobs/${claimed}`, { method: 'HEAD' })).status).toBe(404);
    expect((await api(`/v2/bad/app/blobs/${sha256Digest('tampered')}`, { method: 'HEAD' })).status).toBe(404);
  });

  it('takes a chunked upload in order, refuses an out-of-order chunk with 416, and reports progress', async () => {
    const bytes = Buffer.from('0123456789abcdefghij');
    const digest = sha256Digest(bytes);
    const start = await api('/v2/chunks/app/blobs/uploads/', { method: 'POST' });
    expect(start.status).toBe(202);
    expect(start.headers.get('docker-upload-uuid')).toBeTruthy();
    const location = start.headers.get('location') ?? '';
    const patch = (from: number, to: number) =>
      api(location, {
        method: 'PATCH',
        headers: { 'content-type': 'application/octet-stream', 'content-range': `${from}-${to - 1}` },
        body: bytes.subarray(from, to),
      });
    const first = await patch(0, 8);
    expect(first.status).toBe(202);
    expect(first.headers.get('range')).toBe('0-7');
    const skipped = await patch(12, 16);
    expect(skipped.status).toBe(416);
    expect(skipped.headers.get('range')).toBe('0-7');
    const status = await api(location);
    expect(status.status).toBe(204);
    expect(status.headers.get('range')).toBe('0-7');
    expect((await patch(8, 16)).status).toBe(202);
    const close = await api(`${location}?digest=${digest}`, {
      method: 'PUT',
      headers: { 'content-range': '16-19' },
      body: bytes.subarray(16),
    });
    expect(close.status).toBe(201);
    expect(close.headers.get('location')).toBe(`/v2/chunks/app/blobs/${digest}`);
    expect(close.headers.get('docker-content-digest')).toBe(digest);
    expect((await api(location)).status).toBe(404);

    const whole = await api(`/v2/chunks/app/blobs/${digest}`);
    expect(whole.headers.get('docker-content-digest')).toBe(digest);
    expect(whole.headers.get('content-length')).toBe('20');
    expect(await whole.text()).toBe(bytes.toString());
    const part = await api(`/v2/chunks/app/blobs/${digest}`, { headers: { range: 'bytes=5-9' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 5-9/20');
    expect(await part.text()).toBe('56789');
    const beyond = await api(`/v2/chunks/app/blobs/${digest}`, { headers: { range: 'bytes=20-' } });
    expect(beyond.status).toBe(416);
  });

  it('drives chunked uploads from the engine with small chunks', async () => {
    const chunked = createRegistryClient({
      insecureRegistries: [registry.host],
      upload: 'chunked',
      chunkSize: 4096,
    });
    try {
      const result = await copyImage({
        source: await openLayout(image.dir),
        sourceReference: 'v1',
        target: chunked.repository(parseReference(`${registry.host}/chunked/app`), { push: true }),
        tags: ['v1'],
      });
      expect(result.blobsUploaded).toBe(image.blobs.length - 2);
      expect(result.targetDigest).toBe(image.top.descriptor.digest);
    } finally {
      await chunked.close();
    }
  });

  it('deletes an upload session', async () => {
    const start = await api('/v2/gone/app/blobs/uploads/', { method: 'POST' });
    const location = start.headers.get('location') ?? '';
    expect((await api(location, { method: 'DELETE' })).status).toBe(204);
    const after = await api(location);
    expect(after.status).toBe(404);
    expect(errorCode(await after.text())).toBe('BLOB_UPLOAD_UNKNOWN');
  });

  it('mounts a blob across repositories only from a repository that has it', async () => {
    const digest = await pushBlob('mount/source', Buffer.from('shared layer'));
    const refused = await api(`/v2/mount/target/blobs/uploads/?mount=${digest}&from=mount/elsewhere`, {
      method: 'POST',
    });
    expect(refused.status).toBe(202);
    expect(refused.headers.get('location')).toMatch(/^\/v2\/mount\/target\/blobs\/uploads\//);
    // Stored once for the registry, but unknown to a repository it was never pushed or mounted to.
    const unknown = await api(`/v2/mount/target/blobs/${digest}`);
    expect(unknown.status).toBe(404);
    expect(errorCode(await unknown.text())).toBe('BLOB_UNKNOWN');
    const mounted = await api(`/v2/mount/target/blobs/uploads/?mount=${digest}&from=mount/source`, {
      method: 'POST',
    });
    expect(mounted.status).toBe(201);
    expect(mounted.headers.get('location')).toBe(`/v2/mount/target/blobs/${digest}`);
    expect(await (await api(`/v2/mount/target/blobs/${digest}`)).text()).toBe('shared layer');
    expect(await repo('mount/other', true).blobMount(digest, 'mount/source')).toBe(true);
    expect(await repo('mount/other2', true).blobMount(digest, 'mount/elsewhere')).toBe(false);
  });

  it('checks manifests: JSON, media type, referenced blobs and child manifests', async () => {
    const put = (name: string, ref: string, body: string, type: string = MEDIA_TYPES.ociManifest) =>
      api(`/v2/${name}/manifests/${ref}`, { method: 'PUT', headers: { 'content-type': type }, body });
    const missing = JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociManifest,
      config: { mediaType: MEDIA_TYPES.ociConfig, digest: sha256Digest('nope'), size: 4 },
      layers: [],
    });
    const blobUnknown = await put('check/app', 'latest', missing);
    expect(blobUnknown.status).toBe(400);
    expect(errorCode(await blobUnknown.text())).toBe('MANIFEST_BLOB_UNKNOWN');
    const childMissing = JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociIndex,
      manifests: [{ mediaType: MEDIA_TYPES.ociManifest, digest: sha256Digest('child'), size: 5 }],
    });
    expect(
      errorCode(await (await put('check/app', 'latest', childMissing, MEDIA_TYPES.ociIndex)).text()),
    ).toBe('MANIFEST_BLOB_UNKNOWN');
    expect(errorCode(await (await put('check/app', 'latest', 'not json')).text())).toBe('MANIFEST_INVALID');
    expect(errorCode(await (await put('check/app', 'latest', missing, MEDIA_TYPES.ociIndex)).text())).toBe(
      'MANIFEST_INVALID',
    );
    const wrongDigest = await put('check/app', sha256Digest('other'), missing);
    expect(wrongDigest.status).toBe(400);
    expect(errorCode(await wrongDigest.text())).toBe('DIGEST_INVALID');
    const badName = await api('/v2/Check/App/manifests/latest');
    expect(badName.status).toBe(400);
    expect(errorCode(await badName.text())).toBe('NAME_INVALID');
    const unknownTag = await api('/v2/team/app/manifests/nope');
    expect(unknownTag.status).toBe(404);
    expect(errorCode(await unknownTag.text())).toBe('MANIFEST_UNKNOWN');
    const unknownRepo = await api('/v2/no/such/tags/list');
    expect(unknownRepo.status).toBe(404);
    expect(errorCode(await unknownRepo.text())).toBe('NAME_UNKNOWN');
  });

  it('deletes a manifest by digest (its tags go with it) and a tag alone', async () => {
    const config = await pushBlob('del/app', Buffer.from('{"a":1}'));
    const body = JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociManifest,
      config: { mediaType: MEDIA_TYPES.ociConfig, digest: config, size: 7 },
      layers: [],
    });
    const digest = sha256Digest(body);
    for (const tag of ['a', 'b'])
      await api(`/v2/del/app/manifests/${tag}`, {
        method: 'PUT',
        headers: { 'content-type': MEDIA_TYPES.ociManifest },
        body,
      });
    expect((await api('/v2/del/app/manifests/a', { method: 'DELETE' })).status).toBe(202);
    expect((await api('/v2/del/app/manifests/a', { method: 'HEAD' })).status).toBe(404);
    expect((await api(`/v2/del/app/manifests/${digest}`, { method: 'HEAD' })).status).toBe(200);
    expect((await api(`/v2/del/app/manifests/${digest}`, { method: 'DELETE' })).status).toBe(202);
    expect((await api('/v2/del/app/manifests/b', { method: 'HEAD' })).status).toBe(404);
    expect((await api(`/v2/del/app/manifests/${digest}`, { method: 'DELETE' })).status).toBe(404);
  });

  it('lists tags in lexical order, in pages with a Link header', async () => {
    const tags = ['v3', 'v1', 'latest', 'v2', 'a-1'];
    for (const tag of tags)
      await api(`/v2/paged/app/manifests/${tag}`, {
        method: 'PUT',
        headers: { 'content-type': MEDIA_TYPES.ociIndex },
        body: JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests: [] }),
      });
    const first = await api('/v2/paged/app/tags/list?n=2');
    expect(await first.json()).toEqual({ name: 'paged/app', tags: ['a-1', 'latest'] });
    expect(first.headers.get('link')).toBe('</v2/paged/app/tags/list?n=2&last=latest>; rel="next"');
    const second = await api('/v2/paged/app/tags/list?n=2&last=latest');
    expect(await second.json()).toEqual({ name: 'paged/app', tags: ['v1', 'v2'] });
    const third = await api('/v2/paged/app/tags/list?n=2&last=v2');
    expect(await third.json()).toEqual({ name: 'paged/app', tags: ['v3'] });
    expect(third.headers.get('link')).toBeNull();
    expect(await repo('paged/app').tagList()).toEqual(['a-1', 'latest', 'v1', 'v2', 'v3']);
  });

  it.skipIf(!haveSkopeo)(
    'takes a push from skopeo copy --all and serves what skopeo inspect reads',
    async () => {
      const other = await createTestImage(join(work, 'skopeo'), { layers: 1, layerSize: 10_000, tag: 'v2' });
      await skopeoPush(other, `${registry.host}/skopeo/app:v2`);
      const raw = await skopeoInspectRaw(`${registry.host}/skopeo/app:v2`);
      expect(raw.equals(Buffer.from(other.top.bytes))).toBe(true);
      const child = other.manifests[1];
      if (!child) throw new Error('no child');
      const rawChild = await skopeoInspectRaw(`${registry.host}/skopeo/app@${child.descriptor.digest}`);
      expect(rawChild.equals(Buffer.from(child.bytes))).toBe(true);
    },
  );
});
