// The docker-archive reader: a `docker save` tarball written by skopeo, read as a Repository.
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDockerArchive, parseArchiveReference } from '../../lib/oci/archive/store';
import { parseManifest } from '../../lib/oci/copy/manifest';
import type { Repository } from '../../lib/oci/types';
import { haveBinaries } from '../helpers/binaries';
import { createTestImage, layoutBytes, skopeoDockerArchive, type TestImage } from '../helpers/images';

const execFileAsync = promisify(execFile);

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

describe.skipIf(!haveBinaries('tar'))('openDockerArchive on tarballs as docker save writes them', () => {
  let work: string;
  const layerA = Buffer.from('layer-a '.repeat(5000));
  const layerB = Buffer.from('layer-b '.repeat(3000));
  const config = Buffer.from(
    JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [] } }),
  );
  const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'ferry-archive-tar-'));
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  async function makeTar(
    name: string,
    files: Record<string, Buffer | string>,
    format: 'gnu' | 'pax',
  ): Promise<string> {
    const dir = join(work, `${name}-src`);
    for (const [path, content] of Object.entries(files)) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), content);
    }
    const file = join(work, `${name}.tar`);
    await execFileAsync('tar', [`--format=${format}`, '-cf', file, '-C', dir, '.']);
    return file;
  }

  async function readAll(repo: Repository, digest: string): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of (await repo.blobGet(digest)).body)
      if (Buffer.isBuffer(chunk)) chunks.push(chunk);
    return Buffer.concat(chunks);
  }

  it.each(['gnu', 'pax'] as const)(
    'reads the legacy <id>/layer.tar layout with long names (%s tar)',
    async (format) => {
      const longId = `${'a'.repeat(64)}/${'deep/'.repeat(20)}x`;
      const file = await makeTar(
        `legacy-${format}`,
        {
          'manifest.json': JSON.stringify([
            {
              Config: 'config.json',
              RepoTags: ['example.com/app:1', 'example.com/app:2'],
              Layers: [`${longId}/layer.tar`, 'b/layer.tar'],
            },
          ]),
          'config.json': config,
          [`${longId}/layer.tar`]: layerA,
          'b/layer.tar': layerB,
        },
        format,
      );
      const repo = await openDockerArchive(file, { image: 'example.com/app:2' });
      const parsed = parseManifest((await repo.manifestGet('2')).bytes, undefined, 'legacy');
      if (parsed.kind !== 'manifest') throw new Error('expected a manifest');
      expect(parsed.value.config.digest).toBe(`sha256:${sha(config)}`);
      expect(parsed.value.layers.map((l) => l.digest)).toEqual([
        `sha256:${sha(layerA)}`,
        `sha256:${sha(layerB)}`,
      ]);
      expect((await readAll(repo, `sha256:${sha(layerA)}`)).equals(layerA)).toBe(true);
      expect(await repo.tagList()).toEqual(['1', '2']);
    },
  );

  it('reads the OCI-style blobs/sha256 layout of newer docker save and names gzip layers so', async () => {
    const gz = gzipSync(layerB);
    const file = await makeTar(
      'oci-style',
      {
        'manifest.json': JSON.stringify([
          {
            Config: `blobs/sha256/${sha(config)}`,
            RepoTags: null,
            Layers: [`blobs/sha256/${sha(layerA)}`, `blobs/sha256/${sha(gz)}`],
          },
        ]),
        [`blobs/sha256/${sha(config)}`]: config,
        [`blobs/sha256/${sha(layerA)}`]: layerA,
        [`blobs/sha256/${sha(gz)}`]: gz,
        'oci-layout': '{"imageLayoutVersion":"1.0.0"}',
      },
      'gnu',
    );
    const repo = await openDockerArchive(file);
    const parsed = parseManifest((await repo.manifestGet('latest')).bytes, undefined, 'oci-style');
    if (parsed.kind !== 'manifest') throw new Error('expected a manifest');
    expect(parsed.value.layers.map((l) => l.mediaType)).toEqual([
      'application/vnd.oci.image.layer.v1.tar',
      'application/vnd.oci.image.layer.v1.tar+gzip',
    ]);
    expect((await readAll(repo, `sha256:${sha(gz)}`)).equals(gz)).toBe(true);
    await expect(openDockerArchive(file, { image: 'nope:1' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
