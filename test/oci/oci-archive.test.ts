// The oci-archive source: an OCI image layout in a tar, read in place (its headers indexed once, files
// read and streamed from their offsets). Archives are written by skopeo and by GNU tar (with a hard link
// and a `..` entry), so the reader is checked against tars it did not write.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, link, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOciArchive, OciArchiveRepository, writeOciArchive } from '../../lib/oci/archive';
import { copyImage } from '../../lib/oci/copy';
import { openLayout } from '../../lib/oci/layout/store';
import { haveBinaries } from '../helpers/binaries';
import { createTestImage, type TestImage } from '../helpers/images';

const execFileAsync = promisify(execFile);

describe.skipIf(!haveBinaries('skopeo', 'tar'))('openOciArchive reads the tar in place', () => {
  let work: string;
  let image: TestImage;
  let tar: string;
  const savedTmp = process.env.TMPDIR;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'ferry-oci-archive-test-'));
    image = await createTestImage(join(work, 'src'), {
      layers: 2,
      layerSize: 300_000,
      referrer: true,
      tag: 'v1',
    });
    tar = join(work, 'skopeo.tar');
    await execFileAsync('skopeo', [
      'copy',
      '--all',
      '--quiet',
      `oci:${image.dir}:v1`,
      `oci-archive:${tar}:v1`,
    ]);
  });
  afterAll(async () => {
    process.env.TMPDIR = savedTmp;
    await rm(work, { recursive: true, force: true });
  });

  it('copies out of a skopeo archive with the digest intact and writes nothing to the temp directory', async () => {
    // A temp directory of its own, so anything the reader unpacked would show (os.tmpdir() reads TMPDIR).
    const scratch = join(work, 'tmp');
    await mkdir(scratch, { recursive: true });
    process.env.TMPDIR = scratch;
    try {
      const source = await openOciArchive(tar);
      expect(source).toBeInstanceOf(OciArchiveRepository);
      expect(source.display).toBe(`oci-archive:${tar}`);
      expect(await source.tagList()).toEqual(['v1']);
      const target = await openLayout(join(work, 'out'), { create: true });
      const result = await copyImage({
        source,
        sourceReference: 'v1',
        target,
        tags: ['v1'],
      });
      expect(result.targetDigest).toBe(image.top.descriptor.digest);
      // skopeo archives the image only: the layout's referrer (two blobs of its own) is not in it.
      expect(result.blobsUploaded).toBe(image.blobs.length - 2);
      expect(await readdir(scratch)).toEqual([]);
    } finally {
      process.env.TMPDIR = savedTmp;
    }
  });

  it('lists the referrers an archive ferry wrote holds, and copies them', async () => {
    const file = join(work, 'ferry.tar');
    await writeOciArchive(image.dir, file);
    const source = await openOciArchive(file);
    const target = await openLayout(join(work, 'out-referrers'), { create: true });
    const result = await copyImage({ source, sourceReference: 'v1', target, tags: ['v1'], referrers: true });
    expect(result.referrers.map((r) => [r.digest, r.artifactType, r.written])).toEqual(
      image.referrers.map((r) => [r.descriptor.digest, 'application/spdx+json', true]),
    );
  });

  it('streams a blob from its offset, byte for byte', async () => {
    const source = await openOciArchive(tar);
    const layer = image.blobs.find((b) => b.size >= 300_000);
    if (!layer) throw new Error('no layer');
    const { size, body } = await source.blobGet(layer.digest);
    expect(size).toBe(layer.size);
    const chunks: Buffer[] = [];
    for await (const chunk of body) chunks.push(chunk as Buffer);
    expect(`sha256:${createHash('sha256').update(Buffer.concat(chunks)).digest('hex')}`).toBe(layer.digest);
  });

  it('follows a hard link to a blob and ignores entries outside the layout (GNU tar)', async () => {
    const dir = join(work, 'linked');
    await cp(image.dir, dir, { recursive: true });
    const layer = image.blobs.find((b) => b.size >= 300_000);
    if (!layer) throw new Error('no layer');
    const hex = layer.digest.slice('sha256:'.length);
    // A second name for the layer file, so GNU tar writes one of them as a hard link.
    await link(join(dir, 'blobs', 'sha256', hex), join(dir, 'blobs', 'same-layer'));
    await writeFile(join(work, 'outside.txt'), 'not part of the layout');
    const file = join(work, 'gnu.tar');
    await execFileAsync('tar', [
      '-cf',
      file,
      '-C',
      dir,
      'blobs/same-layer',
      'blobs/sha256',
      'oci-layout',
      'index.json',
      '../outside.txt',
    ]);
    const source = await openOciArchive(file);
    const target = await openLayout(join(work, 'out-gnu'), { create: true });
    const result = await copyImage({ source, sourceReference: 'v1', target, tags: ['v1'] });
    expect(result.targetDigest).toBe(image.top.descriptor.digest);
    expect(await target.blobHead(layer.digest)).toMatchObject({ size: layer.size });
  });

  it('names the archive, not a temporary directory, when a tag is missing', async () => {
    const source = await openOciArchive(tar);
    await expect(source.manifestGet('nope')).rejects.toThrow(
      `Manifest 'nope' not found in oci-archive:${tar}`,
    );
    await expect(source.manifestPut('x', 'application/json', new Uint8Array())).rejects.toMatchObject({
      usage: true,
    });
  });

  it('refuses an index.json larger than a manifest may be, before reading it', async () => {
    const dir = join(work, 'huge');
    await cp(image.dir, dir, { recursive: true });
    await writeFile(join(dir, 'index.json'), Buffer.alloc(5 << 20, 0x20));
    const file = join(work, 'huge.tar');
    await execFileAsync('tar', ['-cf', file, '-C', dir, 'oci-layout', 'index.json', 'blobs']);
    const source = await openOciArchive(file);
    await expect(source.tagList()).rejects.toThrow(/index\.json is 5242880 bytes, more than the 4194304/);
  });
});
