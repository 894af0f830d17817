// A `docker save` tarball (manifest.json + Config + Layers, in the legacy `<id>/layer.tar` layout or the
// OCI-style `blobs/sha256/…` one) presented as a read-only Repository holding one image. Entries are
// streamed from the tar by offset; the archive is never loaded into memory.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import { nodeCrypto } from '../../util/builtins';
import { FerryError } from '../../util/errors';
import { sha256Digest } from '../digest';
import { MEDIA_TYPES } from '../types';
import type { Descriptor, FetchedManifest, ImageManifest, Repository } from '../types';
import { indexTar, resolveEntry, type TarEntry } from './tar';

export const ARCHIVE_PREFIX = 'docker-archive:';

export interface ArchiveReference {
  file: string;
  /** `name:tag` as listed in the archive's RepoTags, to choose one of several images. */
  image?: string;
}

export interface ArchiveOptions {
  /** `name:tag` from RepoTags (or just the tag) selecting one image; default the first image. */
  image?: string;
  highWaterMark?: number;
}

interface ArchiveImageEntry {
  Config: string;
  RepoTags: string[];
  Layers: string[];
}

/**
 * Parses `docker-archive:FILE[:REF]`: the image part starts after `.tar:` when there is one, else after
 * the first ':' (as skopeo splits it).
 */
export function parseArchiveReference(text: string): ArchiveReference {
  if (!text.startsWith(ARCHIVE_PREFIX))
    throw invalidDockerArchiveReference(text, `it does not start with '${ARCHIVE_PREFIX}'`);
  const rest = text.slice(ARCHIVE_PREFIX.length);
  const tar = rest.indexOf('.tar:');
  const split = tar >= 0 ? tar + 4 : rest.indexOf(':');
  const file = split < 0 ? rest : rest.slice(0, split);
  const image = split < 0 ? '' : rest.slice(split + 1);
  if (file.length === 0) throw invalidDockerArchiveReference(text, 'the file name is empty');
  return image ? { file, image } : { file };
}

function invalidDockerArchiveReference(text: string, why: string): FerryError {
  return new FerryError(
    `Invalid docker-archive reference '${text}': ${why}. Expected docker-archive:FILE[:name:tag], e.g. docker-archive:./app.tar:app:1.0.`,
    {
      code: 'REFERENCE',
      usage: true,
    },
  );
}

function badArchive(file: string, why: string): FerryError {
  return new FerryError(
    `docker-archive ${file} cannot be used: ${why}. Give a tarball written by 'docker save' or 'skopeo copy … docker-archive:FILE'.`,
    {
      code: 'PATH',
    },
  );
}

function isImageEntry(value: unknown): value is ArchiveImageEntry {
  if (typeof value !== 'object' || value === null || !('Config' in value) || !('Layers' in value))
    return false;
  const tags = 'RepoTags' in value ? value.RepoTags : undefined;
  return (
    typeof value.Config === 'string' &&
    Array.isArray(value.Layers) &&
    value.Layers.every((l) => typeof l === 'string') &&
    (tags === undefined || tags === null || (Array.isArray(tags) && tags.every((t) => typeof t === 'string')))
  );
}

async function readEntry(file: string, entry: TarEntry): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const data = Buffer.alloc(entry.size);
    await handle.read(data, 0, entry.size, entry.offset);
    return data;
  } finally {
    await handle.close();
  }
}

interface ArchiveBlob {
  descriptor: Descriptor;
  entry: TarEntry;
}

/** Hashes a layer by streaming it from the tar, and sniffs gzip so the manifest names the right type. */
async function describeLayer(
  file: string,
  name: string,
  entry: TarEntry,
  highWaterMark: number,
): Promise<Descriptor> {
  const hash = nodeCrypto().createHash('sha256');
  let head: Buffer | undefined;
  const known = /^blobs\/sha256\/([a-f0-9]{64})$/.exec(name);
  const stream = createReadStream(file, {
    start: entry.offset,
    end: known ? Math.min(entry.offset + 1, entry.offset + entry.size - 1) : entry.offset + entry.size - 1,
    highWaterMark,
  });
  for await (const chunk of stream) {
    const bytes = chunk instanceof Buffer ? chunk : Buffer.from(String(chunk));
    head ??= bytes.subarray(0, 2);
    if (!known) hash.update(bytes);
  }
  const gzip = entry.size >= 2 && head !== undefined && head[0] === 0x1f && head[1] === 0x8b;
  // OCI-style archives are content-addressed by name; the target checks the digest on upload anyway.
  const digest = known?.[1] ? `sha256:${known[1]}` : `sha256:${hash.digest('hex')}`;
  return { mediaType: gzip ? MEDIA_TYPES.ociLayerGzip : MEDIA_TYPES.ociLayer, digest, size: entry.size };
}

/** Opens a `docker save` tarball as a read-only Repository holding the chosen image. */
export async function openDockerArchive(
  path: string,
  options: ArchiveOptions = {},
): Promise<ArchiveRepository> {
  const file = resolve(path);
  let entries: Map<string, TarEntry>;
  try {
    entries = await indexTar(file);
  } catch (error) {
    if (error instanceof FerryError) throw error;
    const code = error instanceof Error && 'code' in error && error.code === 'ENOENT' ? 'NOT_FOUND' : 'PATH';
    throw new FerryError(
      `docker-archive ${file} cannot be opened: ${error instanceof Error ? error.message : String(error)}. Check the path.`,
      {
        code,
        cause: error,
      },
    );
  }
  const manifestEntry = resolveEntry(entries, 'manifest.json');
  if (!manifestEntry) throw badArchive(file, 'it has no manifest.json');
  let list: unknown;
  try {
    list = JSON.parse((await readEntry(file, manifestEntry)).toString('utf8'));
  } catch {
    throw badArchive(file, 'its manifest.json is not JSON');
  }
  if (!Array.isArray(list) || !list.every(isImageEntry) || list.length === 0)
    throw badArchive(file, 'its manifest.json lists no image');
  const images: ArchiveImageEntry[] = list.map((e: ArchiveImageEntry) => ({
    ...e,
    RepoTags: e.RepoTags ?? [],
  }));
  const wanted = options.image;
  const chosen = wanted
    ? images.find((i) => i.RepoTags.some((t) => t === wanted || t.endsWith(`:${wanted}`)))
    : images[0];
  if (!chosen)
    throw new FerryError(
      `Image '${wanted ?? ''}' not found in docker-archive ${file}. It holds: ${images.flatMap((i) => i.RepoTags).join(', ') || 'untagged images'}.`,
      { code: 'NOT_FOUND' },
    );

  const highWaterMark = options.highWaterMark ?? 1 << 20;
  const blobs = new Map<string, ArchiveBlob>();
  const configEntry = resolveEntry(entries, chosen.Config);
  if (!configEntry) throw badArchive(file, `its config ${chosen.Config} is missing`);
  const configBytes = await readEntry(file, configEntry);
  const config: Descriptor = {
    mediaType: MEDIA_TYPES.ociConfig,
    digest: sha256Digest(configBytes),
    size: configBytes.byteLength,
  };
  blobs.set(config.digest, { descriptor: config, entry: configEntry });
  const layers: Descriptor[] = [];
  for (const name of chosen.Layers) {
    const entry = resolveEntry(entries, name);
    if (!entry) throw badArchive(file, `its layer ${name} is missing`);
    const layer = await describeLayer(file, name, entry, highWaterMark);
    layers.push(layer);
    blobs.set(layer.digest, { descriptor: layer, entry });
  }
  const manifest: ImageManifest = { schemaVersion: 2, mediaType: MEDIA_TYPES.ociManifest, config, layers };
  const bytes = Buffer.from(JSON.stringify(manifest));
  return new ArchiveRepository(file, chosen.RepoTags, blobs, bytes, highWaterMark);
}

export class ArchiveRepository implements Repository {
  readonly display: string;
  readonly path: string;
  readonly manifestDescriptor: Descriptor;

  constructor(
    readonly file: string,
    private readonly repoTags: string[],
    private readonly blobs: Map<string, ArchiveBlob>,
    private readonly manifestBytes: Buffer,
    private readonly highWaterMark: number,
  ) {
    this.display = `docker-archive:${file}`;
    this.path = file;
    this.manifestDescriptor = {
      mediaType: MEDIA_TYPES.ociManifest,
      digest: sha256Digest(manifestBytes),
      size: manifestBytes.byteLength,
    };
  }

  async blobHead(digest: string): Promise<Descriptor | undefined> {
    return this.blobs.get(digest)?.descriptor;
  }

  async blobGet(digest: string): Promise<{ size: number; body: Readable }> {
    const blob = this.blobs.get(digest);
    if (!blob) throw new FerryError(`Blob ${digest} not found in ${this.display}.`, { code: 'NOT_FOUND' });
    const { entry } = blob;
    const body =
      entry.size === 0
        ? Readable.from([])
        : createReadStream(this.file, {
            start: entry.offset,
            end: entry.offset + entry.size - 1,
            highWaterMark: this.highWaterMark,
          });
    return { size: entry.size, body };
  }

  async blobPut(): Promise<void> {
    throw this.readOnly();
  }

  async blobMount(): Promise<boolean> {
    return false;
  }

  /** The archive holds one image: any tag names it; its digest is that of the manifest built from it. */
  async manifestHead(reference: string): Promise<Descriptor | undefined> {
    if (reference.includes(':'))
      return reference === this.manifestDescriptor.digest ? this.manifestDescriptor : undefined;
    return this.manifestDescriptor;
  }

  async manifestGet(reference: string): Promise<FetchedManifest> {
    const descriptor = await this.manifestHead(reference);
    if (!descriptor)
      throw new FerryError(
        `Manifest ${reference} not found in ${this.display}: it holds ${this.manifestDescriptor.digest}.`,
        { code: 'NOT_FOUND' },
      );
    return { descriptor, bytes: this.manifestBytes };
  }

  async manifestPut(): Promise<string> {
    throw this.readOnly();
  }

  async tagList(): Promise<string[]> {
    return this.repoTags.map((t) => t.slice(t.lastIndexOf(':') + 1));
  }

  async referrers(): Promise<Descriptor[]> {
    return [];
  }

  sameStoreAs(): boolean {
    return false;
  }

  private readOnly(): FerryError {
    return new FerryError(
      `${this.display} is read-only: a docker-archive can only be a copy source. Copy to a registry or an oci: layout.`,
      {
        code: 'USAGE',
        usage: true,
      },
    );
  }
}
