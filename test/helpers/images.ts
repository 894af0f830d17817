// Generates test images on disk as an OCI image layout (random layers, configs, manifests, a
// two-platform index, an optional referrer) and pushes them via a Repository or with skopeo.
import { createHash, randomBytes } from 'node:crypto';
import { execFile } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { promisify } from 'node:util';
import { MEDIA_TYPES } from '../../lib/oci/types';
import type { Descriptor, ImageIndex, ImageManifest, Platform, Repository } from '../../lib/oci/types';

const execFileAsync = promisify(execFile);

export const AMD64: Platform = { architecture: 'amd64', os: 'linux' };
export const ARM64: Platform = { architecture: 'arm64', os: 'linux' };

export interface TestImageOptions {
  /** Layers per platform (default 2). */
  layers?: number;
  /** Random bytes per layer (default 4 KiB); each layer is a gzip tar holding one file of that size. */
  layerSize?: number;
  /** Platforms of the index (default linux/amd64 + linux/arm64). */
  platforms?: Platform[];
  /** false: a single-platform image whose top is a manifest, not an index (uses the first platform). */
  index?: boolean;
  /** Adds an SBOM-like artifact whose `subject` is the top manifest (default false). */
  referrer?: boolean;
  /** Tag written into index.json as org.opencontainers.image.ref.name (default `latest`). */
  tag?: string;
}

export interface TestManifest {
  descriptor: Descriptor;
  bytes: Uint8Array;
}

export interface TestImage {
  /** The OCI layout directory holding everything. */
  dir: string;
  tag: string;
  /** The top: the index (or the manifest when `index: false`). */
  top: TestManifest;
  /** Platform manifests, in index order (one when `index: false`). */
  manifests: TestManifest[];
  /** Configs and layers of every platform manifest (and the referrer's blobs), each once. */
  blobs: Descriptor[];
  /** Referrer artifact manifests whose subject is `top` (not listed in the index). */
  referrers: TestManifest[];
  /** Total bytes of `blobs`. */
  blobBytes: number;
  /** Opens any blob or manifest by digest from the layout. */
  open(digest: string): Readable;
}

const TAR_BLOCK = 512;

/** A ustar header for one regular file: enough for a layer any tool accepts. */
function tarHeader(name: string, size: number): Buffer {
  const header = Buffer.alloc(TAR_BLOCK, 0);
  header.write(name, 0, 100, 'utf8');
  header.write('0000644\0', 100, 8, 'ascii');
  header.write('0000000\0', 108, 8, 'ascii');
  header.write('0000000\0', 116, 8, 'ascii');
  header.write(`${size.toString(8).padStart(11, '0')}\0`, 124, 12, 'ascii');
  header.write('00000000000\0', 136, 12, 'ascii');
  header.write('        ', 148, 8, 'ascii');
  header.write('0', 156, 1, 'ascii');
  header.write('ustar\0', 257, 6, 'ascii');
  header.write('00', 263, 2, 'ascii');
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'ascii');
  return header;
}

function sha256(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

function blobPath(dir: string, digest: string): string {
  return join(dir, 'blobs', 'sha256', digest.slice('sha256:'.length));
}

async function writeBlob(dir: string, mediaType: string, bytes: Uint8Array): Promise<Descriptor> {
  const digest = sha256(bytes);
  await writeFile(blobPath(dir, digest), bytes);
  return { mediaType, digest, size: bytes.byteLength };
}

/**
 * Streams a gzip tar layer of `size` random bytes to disk, hashing as it goes, so memory stays small for
 * GiB layers. Gzip at level 0 (stored): tools keep gzip layers as they are, where they would compress a
 * plain tar and change the digests.
 */
async function writeRandomLayer(
  dir: string,
  name: string,
  size: number,
): Promise<{ layer: Descriptor; diffId: string }> {
  const tmp = join(dir, 'blobs', `.tmp-${randomBytes(8).toString('hex')}`);
  const plain = createHash('sha256');
  const packed = createHash('sha256');
  let total = 0;
  async function* tar(): AsyncGenerator<Buffer> {
    yield tarHeader(name, size);
    const chunkSize = 1 << 20;
    for (let left = size; left > 0; left -= chunkSize) yield randomBytes(Math.min(chunkSize, left));
    const pad = (TAR_BLOCK - (size % TAR_BLOCK)) % TAR_BLOCK;
    yield Buffer.alloc(pad + 2 * TAR_BLOCK, 0);
  }
  await pipeline(
    Readable.from(tar()),
    new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        plain.update(chunk);
        callback(null, chunk);
      },
    }),
    createGzip({ level: 0 }),
    new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        packed.update(chunk);
        total += chunk.byteLength;
        callback(null, chunk);
      },
    }),
    createWriteStream(tmp),
  );
  const digest = `sha256:${packed.digest('hex')}`;
  await rename(tmp, blobPath(dir, digest));
  return {
    layer: { mediaType: MEDIA_TYPES.ociLayerGzip, digest, size: total },
    diffId: `sha256:${plain.digest('hex')}`,
  };
}

function json(value: unknown): Uint8Array {
  return Buffer.from(JSON.stringify(value));
}

async function writePlatformImage(
  dir: string,
  platform: Platform,
  options: { layers: number; layerSize: number },
): Promise<{ manifest: TestManifest; blobs: Descriptor[] }> {
  const layers: Descriptor[] = [];
  const diffIds: string[] = [];
  for (let i = 0; i < options.layers; i++) {
    const { layer, diffId } = await writeRandomLayer(
      dir,
      `${platform.architecture}-layer-${i}.bin`,
      options.layerSize,
    );
    layers.push(layer);
    diffIds.push(diffId);
  }
  const config = await writeBlob(
    dir,
    MEDIA_TYPES.ociConfig,
    json({
      architecture: platform.architecture,
      os: platform.os,
      config: { Env: ['PATH=/usr/bin:/bin'], Labels: { 'test.nonce': randomBytes(8).toString('hex') } },
      rootfs: { type: 'layers', diff_ids: diffIds },
      history: layers.map(() => ({ created_by: 'ferry test image' })),
    }),
  );
  const manifest: ImageManifest = { schemaVersion: 2, mediaType: MEDIA_TYPES.ociManifest, config, layers };
  const bytes = json(manifest);
  const descriptor = { ...(await writeBlob(dir, MEDIA_TYPES.ociManifest, bytes)), platform };
  return { manifest: { descriptor, bytes }, blobs: [config, ...layers] };
}

async function writeReferrer(
  dir: string,
  subject: Descriptor,
): Promise<{ manifest: TestManifest; blobs: Descriptor[] }> {
  const empty = await writeBlob(dir, MEDIA_TYPES.ociEmpty, Buffer.from('{}'));
  const sbom = await writeBlob(
    dir,
    'application/spdx+json',
    json({ spdxVersion: 'SPDX-2.3', name: randomBytes(6).toString('hex') }),
  );
  const artifactType = 'application/spdx+json';
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.ociManifest,
    artifactType,
    config: empty,
    layers: [sbom],
    subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
  };
  const bytes = json(manifest);
  const descriptor = { ...(await writeBlob(dir, MEDIA_TYPES.ociManifest, bytes)), artifactType };
  return { manifest: { descriptor, bytes }, blobs: [empty, sbom] };
}

function uniqueBlobs(blobs: Descriptor[]): Descriptor[] {
  const seen = new Map<string, Descriptor>();
  for (const b of blobs)
    if (!seen.has(b.digest)) seen.set(b.digest, { mediaType: b.mediaType, digest: b.digest, size: b.size });
  return [...seen.values()];
}

/**
 * Writes a fresh random image into `dir` as an OCI image layout and returns its descriptors. Each call
 * makes different digests. Layers are streamed to disk, so a 2 GiB image needs little memory.
 */
export async function createTestImage(dir: string, options: TestImageOptions = {}): Promise<TestImage> {
  const layerCount = options.layers ?? 2;
  const layerSize = options.layerSize ?? 4096;
  const platforms = options.platforms ?? [AMD64, ARM64];
  const tag = options.tag ?? 'latest';
  await mkdir(join(dir, 'blobs', 'sha256'), { recursive: true });
  await writeFile(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));

  const wanted = options.index === false ? platforms.slice(0, 1) : platforms;
  const manifests: TestManifest[] = [];
  let blobs: Descriptor[] = [];
  for (const platform of wanted) {
    const image = await writePlatformImage(dir, platform, { layers: layerCount, layerSize });
    manifests.push(image.manifest);
    blobs.push(...image.blobs);
  }

  let top: TestManifest;
  const first = manifests[0];
  if (options.index === false && first) {
    top = first;
  } else {
    const index: ImageIndex = {
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociIndex,
      manifests: manifests.map((m) => m.descriptor),
    };
    const bytes = json(index);
    top = { descriptor: await writeBlob(dir, MEDIA_TYPES.ociIndex, bytes), bytes };
  }

  const referrers: TestManifest[] = [];
  const layoutManifests: Descriptor[] = [
    { ...top.descriptor, platform: undefined, annotations: { 'org.opencontainers.image.ref.name': tag } },
  ];
  if (options.referrer) {
    const referrer = await writeReferrer(dir, top.descriptor);
    referrers.push(referrer.manifest);
    blobs.push(...referrer.blobs);
    layoutManifests.push(referrer.manifest.descriptor);
  }
  blobs = uniqueBlobs(blobs);
  await writeFile(
    join(dir, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociIndex,
      manifests: layoutManifests.map(stripUndefined),
    }),
  );
  return {
    dir,
    tag,
    top,
    manifests,
    blobs,
    referrers,
    blobBytes: blobs.reduce((n, b) => n + b.size, 0),
    open: (digest) => createReadStream(blobPath(dir, digest)),
  };
}

function stripUndefined(descriptor: Descriptor): Descriptor {
  return JSON.parse(JSON.stringify(descriptor)) as Descriptor;
}

/** Pushes the image through a Repository in integrity order (blobs, manifests, top) and tags the top. */
export async function pushTestImage(image: TestImage, repo: Repository, tag = image.tag): Promise<void> {
  for (const blob of image.blobs) {
    if (await repo.blobHead(blob.digest)) continue;
    await repo.blobPut(blob, async () => image.open(blob.digest));
  }
  for (const m of image.manifests) {
    if (m !== image.top) await repo.manifestPut(m.descriptor.digest, m.descriptor.mediaType, m.bytes);
  }
  await repo.manifestPut(tag, image.top.descriptor.mediaType, image.top.bytes);
  for (const r of image.referrers)
    await repo.manifestPut(r.descriptor.digest, r.descriptor.mediaType, r.bytes);
}

/** Pushes the layout with skopeo (`copy --all`), as an independent client would. `url` is `host:port/repo:tag`. */
export async function skopeoPush(image: TestImage, target: string): Promise<void> {
  await execFileAsync('skopeo', [
    'copy',
    '--all',
    '--quiet',
    '--dest-tls-verify=false',
    `oci:${image.dir}:${image.tag}`,
    `docker://${target}`,
  ]);
}

/** The raw manifest bytes skopeo reads for a reference (`host:port/repo:tag`), for cross-checks. */
export async function skopeoInspectRaw(target: string, extra: string[] = []): Promise<Buffer> {
  const { stdout } = await execFileAsync(
    'skopeo',
    ['inspect', '--raw', '--tls-verify=false', ...extra, `docker://${target}`],
    {
      encoding: 'buffer',
      maxBuffer: 16 << 20,
    },
  );
  return stdout;
}

/** Writes a `docker save`-style tarball of one platform of the layout with skopeo. */
export async function skopeoDockerArchive(
  image: TestImage,
  file: string,
  imageName = 'example.com/test/app:latest',
): Promise<void> {
  const platform = image.manifests[0]?.descriptor.platform ?? AMD64;
  // docker-archive holds one platform image: skopeo picks it from the index by the override flags.
  await execFileAsync('skopeo', [
    'copy',
    '--quiet',
    `--override-arch=${platform.architecture}`,
    `--override-os=${platform.os}`,
    `oci:${image.dir}:${image.tag}`,
    `docker-archive:${file}:${imageName}`,
  ]);
}

/** sha256 of a file or manifest read back from the layout, for assertions. */
export async function layoutBytes(image: TestImage, digest: string): Promise<Buffer> {
  return readFile(blobPath(image.dir, digest));
}

export { sha256 as digestOf };
