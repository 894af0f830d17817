// An OCI image layout (oci-layout, index.json, blobs/sha256/…) as a Repository: LayoutReader is the read
// side over files named by their path in the layout, so a directory (LayoutRepository, read and write)
// and a tar read in place (the oci-archive store) share one set of rules. Tags live in index.json as
// org.opencontainers.image.ref.name annotations; referrers are untagged index.json entries with a subject.
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { nodeCrypto } from '../../util/builtins';
import { FerryError } from '../../util/errors';
import { createDigestVerifier, isDigest, sha256Digest } from '../digest';
import { declaredMediaType, parseManifest } from '../copy/manifest';
import { MEDIA_TYPES } from '../types';
import type { Descriptor, FetchedManifest, OpenBlob, Repository } from '../types';
import { REF_NAME_ANNOTATION } from './reference';

export interface LayoutOptions {
  /** Create the layout when the directory has none (for a copy target). Default false. */
  create?: boolean;
  /** Read buffer per blob stream (default 1 MiB). */
  highWaterMark?: number;
}

const LAYOUT_FILE = 'oci-layout';
const INDEX_FILE = 'index.json';
const DEFAULT_HIGH_WATER_MARK = 1 << 20;
/** index.json and manifests are read whole; the distribution spec's manifest limit bounds them. */
export const MAX_LAYOUT_MANIFEST_BYTES = 4 << 20;

interface LayoutIndex {
  schemaVersion: 2;
  mediaType?: string;
  manifests: Descriptor[];
  annotations?: Record<string, string>;
}

function notFound(what: string, where: string): FerryError {
  return new FerryError(
    `${what} not found in ${where}. Check the tag or digest (list tags with 'skopeo list-tags oci:DIR' or look into index.json).`,
    {
      code: 'NOT_FOUND',
    },
  );
}

function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && 'code' in error && error.code === code;
}

/** Opens an OCI image layout directory as a Repository. Throws NOT_FOUND when there is none and `create` is off. */
export async function openLayout(directory: string, options: LayoutOptions = {}): Promise<LayoutRepository> {
  const dir = resolve(directory);
  try {
    const layout: unknown = JSON.parse(await readFile(join(dir, LAYOUT_FILE), 'utf8'));
    if (typeof layout !== 'object' || layout === null || !('imageLayoutVersion' in layout))
      throw new FerryError(
        `OCI layout ${dir} is not valid: oci-layout has no imageLayoutVersion. Point at an OCI image layout directory.`,
        {
          code: 'PATH',
        },
      );
  } catch (error) {
    if (!isErrno(error, 'ENOENT')) {
      if (error instanceof FerryError) throw error;
      throw new FerryError(
        `OCI layout ${dir} cannot be read: ${error instanceof Error ? error.message : String(error)}. Check the path.`,
        {
          code: 'PATH',
          cause: error,
        },
      );
    }
    if (!options.create) throw notFound('OCI image layout (oci-layout file)', dir);
    await mkdir(join(dir, 'blobs', 'sha256'), { recursive: true });
    await writeFile(join(dir, LAYOUT_FILE), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  }
  await mkdir(join(dir, 'blobs', 'sha256'), { recursive: true });
  return new LayoutRepository(dir, options.highWaterMark ?? DEFAULT_HIGH_WATER_MARK);
}

/**
 * The read side of an OCI image layout. Subclasses say how a file of the layout (`index.json`,
 * `blobs/sha256/<hex>`) is sized, read and streamed; the rules for tags, images and referrers live here.
 */
export abstract class LayoutReader implements Repository {
  abstract readonly display: string;
  abstract readonly path: string;

  constructor(protected readonly highWaterMark: number) {}

  /** Size of a file of the layout, undefined when there is none. */
  protected abstract fileSize(name: string): Promise<number | undefined>;
  /** A file's bytes (only called for files `fileSize` found, at most MAX_LAYOUT_MANIFEST_BYTES). */
  protected abstract readLayoutFile(name: string): Promise<Buffer>;
  /** Streams a file `fileSize` found. */
  protected abstract openLayoutFile(name: string): Readable;

  abstract blobPut(descriptor: Descriptor, open: OpenBlob): Promise<void>;
  abstract blobMount(digest: string, fromRepository: string): Promise<boolean>;
  abstract manifestPut(reference: string, mediaType: string, bytes: Uint8Array): Promise<string>;
  abstract sameStoreAs(other: Repository): boolean;

  protected blobName(digest: string): string {
    if (!isDigest(digest) || !digest.startsWith('sha256:'))
      throw new FerryError(
        `Digest '${digest}' is not supported by the OCI layout store: only sha256 digests are.`,
        { code: 'REFERENCE' },
      );
    return `blobs/sha256/${digest.slice('sha256:'.length)}`;
  }

  /** A manifest-sized file, or undefined when missing; a larger one is refused before it is read. */
  protected async readSmall(name: string): Promise<Buffer | undefined> {
    const size = await this.fileSize(name);
    if (size === undefined) return undefined;
    if (size > MAX_LAYOUT_MANIFEST_BYTES)
      throw new FerryError(
        `${this.display}: ${name} is ${size} bytes, more than the ${MAX_LAYOUT_MANIFEST_BYTES} a manifest or index.json may have. This is no usable OCI image layout.`,
        { code: 'PATH' },
      );
    return this.readLayoutFile(name);
  }

  async blobHead(digest: string): Promise<Descriptor | undefined> {
    const size = await this.fileSize(this.blobName(digest));
    return size === undefined ? undefined : { mediaType: 'application/octet-stream', digest, size };
  }

  async blobGet(digest: string): Promise<{ size: number; body: Readable }> {
    const head = await this.blobHead(digest);
    if (!head) throw notFound(`Blob ${digest}`, this.display);
    return { size: head.size, body: this.openLayoutFile(this.blobName(digest)) };
  }

  protected async readIndex(): Promise<LayoutIndex> {
    const bytes = await this.readSmall(INDEX_FILE);
    if (!bytes) return { schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests: [] };
    const parsed = parseManifest(bytes, MEDIA_TYPES.ociIndex, `${this.display}/index.json`);
    if (parsed.kind !== 'index') throw notFound('index.json with a manifests list', this.display);
    return { ...parsed.value, schemaVersion: 2 };
  }

  private async resolveDescriptor(reference: string): Promise<Descriptor | undefined> {
    if (reference.includes(':')) {
      const head = await this.blobHead(reference);
      if (!head) return undefined;
      const listed = (await this.readIndex()).manifests.find((d) => d.digest === reference);
      if (listed) return { ...listed, annotations: undefined };
      const bytes = await this.readSmall(this.blobName(reference));
      return {
        mediaType: (bytes && declaredMediaType(bytes)) ?? MEDIA_TYPES.ociManifest,
        digest: reference,
        size: head.size,
      };
    }
    const index = await this.readIndex();
    const found = index.manifests.find((d) => d.annotations?.[REF_NAME_ANNOTATION] === reference);
    if (!found) return undefined;
    return { mediaType: found.mediaType, digest: found.digest, size: found.size };
  }

  async manifestHead(reference: string): Promise<Descriptor | undefined> {
    const descriptor = await this.resolveDescriptor(reference);
    if (!descriptor) return undefined;
    return (await this.blobHead(descriptor.digest)) ? descriptor : undefined;
  }

  async manifestGet(reference: string): Promise<FetchedManifest> {
    const descriptor = await this.resolveDescriptor(reference);
    if (!descriptor) throw notFound(`Manifest '${reference}'`, this.display);
    const bytes = await this.readSmall(this.blobName(descriptor.digest));
    if (!bytes) throw notFound(`Manifest blob ${descriptor.digest} (named by '${reference}')`, this.display);
    const mediaType = declaredMediaType(bytes) ?? descriptor.mediaType;
    return { descriptor: { mediaType, digest: descriptor.digest, size: bytes.byteLength }, bytes };
  }

  async tagList(): Promise<string[]> {
    const index = await this.readIndex();
    const tags = index.manifests
      .map((d) => d.annotations?.[REF_NAME_ANNOTATION])
      .filter((t): t is string => typeof t === 'string');
    return [...new Set(tags)].sort();
  }

  /**
   * The images index.json lists: every tagged entry, and every untagged one that is no referrer (the
   * store's rule: an untagged entry whose manifest has a subject). An untagged entry whose manifest
   * cannot be read counts as an image, so using it fails with a clear not-found.
   */
  async images(): Promise<{ tag?: string; descriptor: Descriptor }[]> {
    const index = await this.readIndex();
    const images: { tag?: string; descriptor: Descriptor }[] = [];
    for (const entry of index.manifests) {
      const tag = entry.annotations?.[REF_NAME_ANNOTATION];
      if (tag !== undefined) {
        images.push({ tag, descriptor: entry });
        continue;
      }
      const subject = await this.readSmall(this.blobName(entry.digest))
        .then((bytes) =>
          bytes
            ? parseManifest(bytes, entry.mediaType, `${this.display}@${entry.digest}`).value.subject
            : undefined,
        )
        .catch(() => undefined);
      if (!subject) images.push({ descriptor: entry });
    }
    return images;
  }

  async referrers(digest: string, artifactType?: string): Promise<Descriptor[]> {
    const index = await this.readIndex();
    const found = new Map<string, Descriptor>();
    for (const entry of index.manifests) {
      if (found.has(entry.digest)) continue;
      let bytes: Buffer | undefined;
      try {
        bytes = await this.readSmall(this.blobName(entry.digest));
      } catch {
        continue;
      }
      if (!bytes) continue;
      const parsed = parseManifest(bytes, entry.mediaType, `${this.display}@${entry.digest}`);
      if (parsed.value.subject?.digest !== digest) continue;
      const type =
        parsed.value.artifactType ?? (parsed.kind === 'manifest' ? parsed.value.config.mediaType : undefined);
      if (artifactType && type !== artifactType) continue;
      const descriptor: Descriptor = {
        mediaType: parsed.mediaType,
        digest: entry.digest,
        size: bytes.byteLength,
      };
      if (type) descriptor.artifactType = type;
      if (parsed.value.annotations) descriptor.annotations = parsed.value.annotations;
      found.set(entry.digest, descriptor);
    }
    return [...found.values()];
  }
}

export class LayoutRepository extends LayoutReader {
  readonly display: string;
  readonly path: string;
  /** index.json updates are serialised so concurrent tag writes do not lose each other. */
  private indexWrite: Promise<unknown> = Promise.resolve();

  constructor(
    readonly directory: string,
    highWaterMark: number,
  ) {
    super(highWaterMark);
    this.display = `oci:${directory}`;
    this.path = directory;
  }

  private blobFile(digest: string): string {
    return join(this.directory, ...this.blobName(digest).split('/'));
  }

  protected async fileSize(name: string): Promise<number | undefined> {
    try {
      return (await stat(join(this.directory, ...name.split('/')))).size;
    } catch (error) {
      if (isErrno(error, 'ENOENT')) return undefined;
      throw error;
    }
  }

  protected readLayoutFile(name: string): Promise<Buffer> {
    return readFile(join(this.directory, ...name.split('/')));
  }

  protected openLayoutFile(name: string): Readable {
    return createReadStream(join(this.directory, ...name.split('/')), { highWaterMark: this.highWaterMark });
  }

  async blobPut(descriptor: Descriptor, open: OpenBlob): Promise<void> {
    const file = this.blobFile(descriptor.digest);
    const tmp = join(this.directory, 'blobs', `.upload-${nodeCrypto().randomBytes(8).toString('hex')}`);
    try {
      await pipeline(
        await open(),
        createDigestVerifier({
          digest: descriptor.digest,
          size: descriptor.size,
          what: `${this.display}@${descriptor.digest}`,
        }),
        createWriteStream(tmp, { highWaterMark: this.highWaterMark }),
      );
      await rename(tmp, file);
    } catch (error) {
      await rm(tmp, { force: true });
      throw error;
    }
  }

  /** Blobs are shared by every image in one layout directory; a mount works when the blob is here. */
  async blobMount(digest: string): Promise<boolean> {
    return (await this.blobHead(digest)) !== undefined;
  }

  private async updateIndex(change: (index: LayoutIndex) => LayoutIndex): Promise<void> {
    const next = this.indexWrite.then(async () => {
      const updated = change(await this.readIndex());
      const tmp = join(this.directory, `.index-${nodeCrypto().randomBytes(6).toString('hex')}.json`);
      await writeFile(tmp, JSON.stringify(updated));
      await rename(tmp, join(this.directory, INDEX_FILE));
    });
    this.indexWrite = next.catch(() => undefined);
    await next;
  }

  async manifestPut(reference: string, mediaType: string, bytes: Uint8Array): Promise<string> {
    const digest = sha256Digest(bytes);
    if (reference.includes(':') && reference !== digest)
      throw new FerryError(
        `Manifest put to ${this.display} failed: its bytes have digest ${digest}, not ${reference}.`,
        {
          code: 'DIGEST_MISMATCH',
        },
      );
    const file = this.blobFile(digest);
    if (!(await this.blobHead(digest))) {
      const tmp = `${file}.${nodeCrypto().randomBytes(4).toString('hex')}.tmp`;
      await writeFile(tmp, bytes);
      await rename(tmp, file);
    }
    const descriptor: Descriptor = { mediaType, digest, size: bytes.byteLength };
    const parsed = parseManifest(bytes, mediaType, `${this.display}@${digest}`);
    if (!reference.includes(':')) {
      await this.updateIndex((index) => ({
        ...index,
        manifests: [
          ...index.manifests.filter((d) => d.annotations?.[REF_NAME_ANNOTATION] !== reference),
          { ...descriptor, annotations: { [REF_NAME_ANNOTATION]: reference } },
        ],
      }));
    } else if (parsed.value.subject) {
      const artifactType =
        parsed.value.artifactType ?? (parsed.kind === 'manifest' ? parsed.value.config.mediaType : undefined);
      const entry: Descriptor = artifactType ? { ...descriptor, artifactType } : descriptor;
      // A referrer must be reachable from index.json, or nothing finds it again.
      await this.updateIndex((index) =>
        index.manifests.some((d) => d.digest === digest && !d.annotations?.[REF_NAME_ANNOTATION])
          ? index
          : { ...index, manifests: [...index.manifests, entry] },
      );
    }
    return digest;
  }

  sameStoreAs(other: Repository): boolean {
    return other instanceof LayoutRepository && other.directory === this.directory;
  }
}
