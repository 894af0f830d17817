// The OCI image layout store: reads what skopeo-compatible layouts hold, writes tags and referrers.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLayoutReference } from '../../lib/oci/layout/reference';
import { openLayout } from '../../lib/oci/layout/store';
import { createTestImage, type TestImage } from '../helpers/images';

let work: string;
let image: TestImage;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'ferry-layout-'));
  image = await createTestImage(join(work, 'src'), { referrer: true, tag: 'v1' });
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('parseLayoutReference', () => {
  it.each([
    ['oci:/tmp/x', { path: '/tmp/x' }],
    ['oci:/tmp/x:1.0', { path: '/tmp/x', tag: '1.0' }],
    ['oci:./a:b/c', { path: './a:b/c' }],
    [`oci:/x@sha256:${'a'.repeat(64)}`, { path: '/x', digest: `sha256:${'a'.repeat(64)}` }],
  ])('%s', (text, expected) => {
    expect(parseLayoutReference(text)).toEqual(expected);
  });

  it.each(['oci:', 'oci:/x:bad tag', 'oci:/x@sha256:12', '/x'])('rejects %s as a usage error', (text) => {
    expect(() => parseLayoutReference(text)).toThrow(
      expect.objectContaining({ code: 'REFERENCE', usage: true }),
    );
  });
});

describe('LayoutRepository', () => {
  it('reads the tagged index and its children, byte for byte', async () => {
    const repo = await openLayout(image.dir);
    const top = await repo.manifestGet('v1');
    expect(top.descriptor.digest).toBe(image.top.descriptor.digest);
    expect(Buffer.from(top.bytes).equals(Buffer.from(image.top.bytes))).toBe(true);
    const child = image.manifests[1];
    if (!child) throw new Error('no child');
    expect((await repo.manifestHead(child.descriptor.digest))?.mediaType).toBe(child.descriptor.mediaType);
    expect(await repo.manifestHead('nope')).toBeUndefined();
    await expect(repo.manifestGet('nope')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await repo.tagList()).toEqual(['v1']);
  });

  it('lists the images of index.json, a referrer not among them whatever its entry says', async () => {
    const repo = await openLayout(image.dir);
    const top = image.top.descriptor.digest;
    expect((await repo.images()).map((i) => [i.tag, i.descriptor.digest])).toEqual([['v1', top]]);
    // Untagged, the referrer entry without its artifactType, a child with one: the manifests decide.
    const copy = join(work, 'images-rule');
    await cp(image.dir, copy, { recursive: true });
    const child = image.manifests[1]?.descriptor;
    const referrer = image.referrers[0]?.descriptor;
    if (!child || !referrer) throw new Error('no child or referrer');
    const entry = (d: { mediaType: string; digest: string; size: number }) => ({
      mediaType: d.mediaType,
      digest: d.digest,
      size: d.size,
    });
    const manifests = [
      entry(image.top.descriptor),
      entry(referrer),
      { ...entry(child), artifactType: 'application/vnd.example' },
    ];
    await writeFile(join(copy, 'index.json'), JSON.stringify({ schemaVersion: 2, manifests }));
    const images = await (await openLayout(copy)).images();
    expect(images.map((i) => [i.tag, i.descriptor.digest])).toEqual([
      [undefined, top],
      [undefined, child.digest],
    ]);
  });

  it('finds referrers by subject and filters by artifact type', async () => {
    const repo = await openLayout(image.dir);
    const found = await repo.referrers(image.top.descriptor.digest);
    expect(found.map((d) => d.digest)).toEqual(image.referrers.map((r) => r.descriptor.digest));
    expect(found[0]?.artifactType).toBe('application/spdx+json');
    expect(await repo.referrers(image.top.descriptor.digest, 'application/other')).toEqual([]);
  });

  it('writes blobs verified against their digest and tags in index.json', async () => {
    const target = await openLayout(join(work, 'dst'), { create: true });
    for (const blob of image.blobs) await target.blobPut(blob, async () => image.open(blob.digest));
    const blob = image.blobs[0];
    if (!blob) throw new Error('no blob');
    expect((await target.blobHead(blob.digest))?.size).toBe(blob.size);
    await expect(
      target.blobPut({ ...blob, digest: `sha256:${'0'.repeat(64)}` }, async () =>
        Readable.from([Buffer.from('x')]),
      ),
    ).rejects.toMatchObject({
      code: 'DIGEST_MISMATCH',
    });
    for (const m of image.manifests)
      await target.manifestPut(m.descriptor.digest, m.descriptor.mediaType, m.bytes);
    await target.manifestPut('a', image.top.descriptor.mediaType, image.top.bytes);
    await target.manifestPut('b', image.top.descriptor.mediaType, image.top.bytes);
    await target.manifestPut('a', image.top.descriptor.mediaType, image.top.bytes);
    expect(await target.tagList()).toEqual(['a', 'b']);
    const index = JSON.parse(await readFile(join(work, 'dst', 'index.json'), 'utf8')) as {
      manifests: unknown[];
    };
    expect(index.manifests).toHaveLength(2);
    await expect(
      target.manifestPut(`sha256:${'1'.repeat(64)}`, image.top.descriptor.mediaType, image.top.bytes),
    ).rejects.toMatchObject({
      code: 'DIGEST_MISMATCH',
    });
  });

  it('refuses a missing layout unless asked to create one', async () => {
    await expect(openLayout(join(work, 'missing'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
