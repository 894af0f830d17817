// The docker-archive reader: a `docker save` tarball written by skopeo, read as a Repository.
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDockerArchive, parseArchiveReference } from '../../lib/oci/archive/store';
import { parseManifest } from '../../lib/oci/copy/manifest';
import type { Repository } from '../../lib/oci/types';
import { haveBinaries } from '../helpers/binaries';
import { createTestImage, layoutBytes, skopeoDockerArchive, type TestImage } from '../helpers/images';

describe('parseArchiveReference', () => {
  it.each([
    ['docker-archive:/a/b.tar', { file: '/a/b.tar' }],
    ['docker-archive:/a/b.tar:example.com/x:1', { file: '/a/b.tar', image: 'example.com/x:1' }],
    ['docker-archive:img', { file: 'img' }],
  ])('%s', (text, expected) => {
    expect(parseArchiveReference(text)).toEqual(expected);
  });
  it('rejects an empty file name', () => {
    expect(() => parseArchiveReference('docker-archive:')).toThrow(expect.objectContaining({ usage: true }));
  });
});

describe.skipIf(!haveBinaries('skopeo'))('openDockerArchive', () => {
  let work: string;
  let image: TestImage;
  let tar: string;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'ferry-archive-'));
    image = await createTestImage(join(work, 'src'), { layers: 3, layerSize: 70_000 });
    tar = join(work, 'image.tar');
    await skopeoDockerArchive(image, tar, 'example.com/test/app:1.0');
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('presents the image with its config and uncompressed layers, streamed from the tar', async () => {
    const repo = await openDockerArchive(tar);
    const fetched = await repo.manifestGet('1.0');
    const parsed = parseManifest(fetched.bytes, fetched.descriptor.mediaType, 'archive');
    if (parsed.kind !== 'manifest') throw new Error('expected a manifest');
    const source = image.manifests[0];
    if (!source) throw new Error('no manifest');
    const sourceManifest = parseManifest(source.bytes, undefined, 'source');
    if (sourceManifest.kind !== 'manifest') throw new Error('expected a manifest');
    // skopeo keeps the config bytes; the layers become uncompressed tars whose digests are the diff_ids.
    expect(parsed.value.config.digest).toBe(sourceManifest.value.config.digest);
    const config = JSON.parse(
      (await layoutBytes(image, sourceManifest.value.config.digest)).toString('utf8'),
    ) as { rootfs: { diff_ids: string[] } };
    expect(parsed.value.layers.map((l) => l.digest)).toEqual(config.rootfs.diff_ids);
    expect(parsed.value.layers.every((l) => l.mediaType === 'application/vnd.oci.image.layer.v1.tar')).toBe(
      true,
    );
    for (const layer of parsed.value.layers) {
      const { body, size } = await repo.blobGet(layer.digest);
      const hash = createHash('sha256');
      let n = 0;
      for await (const chunk of body) {
        if (!Buffer.isBuffer(chunk)) throw new Error('expected bytes');
        hash.update(chunk);
        n += chunk.length;
      }
      expect(n).toBe(size);
      expect(`sha256:${hash.digest('hex')}`).toBe(layer.digest);
    }
    expect(await repo.tagList()).toEqual(['1.0']);
    const generic: Repository = repo;
    await expect(generic.manifestPut('x', 'y', new Uint8Array())).rejects.toMatchObject({ usage: true });
  });

  it('reports a file that is not a tar and a missing file clearly', async () => {
    const junk = join(work, 'junk.tar');
    await writeFile(junk, Buffer.alloc(2048, 7));
    await expect(openDockerArchive(junk)).rejects.toMatchObject({ code: 'PATH' });
    await expect(openDockerArchive(join(work, 'none.tar'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
