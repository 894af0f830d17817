// An OCI image layout directory (oci-layout, index.json, blobs/sha256/…) as a Repository, read and
// write, so copy works between a registry and a directory. Tags live in index.json as
// org.opencontainers.image.ref.name annotations; referrers are untagged index.json entries with a subject.
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
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

export class LayoutRepository implements Repository {
  readonly display: string;
  readonly path: string;
  /** index.json updates are serialised so concurrent tag writes do not lose each other. */
  private indexWrite: Promise<unknown> = Promise.resolve();

  constructor(
    readonly directory: string,
    private readonly highWaterMark: number,
  ) {
    this.display = `oci:${directory}`;
    this.path = directory;
  }

  private blobFile(digest: string): string {
    if (!isDigest(digest) || !digest.startsWith('sha256:'))
      throw new FerryError(
        `Digest '${digest}' is not supported by the OCI layout store: only sha256 digests are.`,
        { code: 'REFERENCE' },
      );
    return join(this.directory, 'blobs', 'sha256', digest.slice('sha256:'.length));
  }

  async blobHead(digest: string): Promise<Descriptor | undefined> {
    try {
      const info = await stat(this.blobFile(digest));
      return { mediaType: 'application/octet-stream', digest, size: info.size };
    } catch (error) {
      if (isErrno(error, 'ENOENT')) return undefined;
      throw error;
    }
  }

  async blobGet(digest: string): Promise<{ size: number; body: Readable }> {
    const head = await this.blobHead(digest);
    if (!head) throw notFound(`Blob ${digest}`, this.display);
    return {
      size: head.size,
      body: createReadStream(this.blobFile(digest), { highWaterMark: this.highWaterMark }),
    };
  }

  async blobPut(descriptor: Descriptor, open: OpenBlob): Promise<void> {
    const file = this.blobFile(descriptor.digest);
    const tmp = join(this.directory, 'blobs', `.upload-${randomBytes(8).toString('hex')}`);
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

  private async readIndex(): Promise<LayoutIndex> {
    let text: string;
    try {
      text = await readFile(join(this.directory, INDEX_FILE), 'utf8');
    } catch (error) {
      if (isErrno(error, 'ENOENT'))
        return { schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests: [] };
      throw error;
    }
    const parsed = parseManifest(Buffer.from(text), MEDIA_TYPES.ociIndex, `${this.display}/index.json`);
    if (parsed.kind !== 'index') throw notFound('index.json with a manifests list', this.display);
    return { ...parsed.value, schemaVersion: 2 };
  }

  private async updateIndex(change: (index: LayoutIndex) => LayoutIndex): Promise<void> {
    const next = this.indexWrite.then(async () => {
      const updated = change(await this.readIndex());
      const tmp = join(this.directory, `.index-${randomBytes(6).toString('hex')}.json`);
      await writeFile(tmp, JSON.stringify(updated));
      await rename(tmp, join(this.directory, INDEX_FILE));
    });
    this.indexWrite = next.catch(() => undefined);
    await next;
  }

  private async resolveDescriptor(reference: string): Promise<Descriptor | undefined> {
    if (reference.includes(':')) {
      const head = await this.blobHead(reference);
      if (!head) return undefined;
      const listed = (await this.readIndex()).manifests.find((d) => d.digest === reference);
      if (listed) return { ...listed, annotations: undefined };
      const bytes = await readFile(this.blobFile(reference));
      return {
        mediaType: declaredMediaType(bytes) ?? MEDIA_TYPES.ociManifest,
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
    let bytes: Buffer;
    try {
      bytes = await readFile(this.blobFile(descriptor.digest));
    } catch (error) {
      if (isErrno(error, 'ENOENT'))
        throw notFound(`Manifest blob ${descriptor.digest} (named by '${reference}')`, this.display);
      throw error;
    }
    const mediaType = declaredMediaType(bytes) ?? descriptor.mediaType;
    return { descriptor: { mediaType, digest: descriptor.digest, size: bytes.byteLength }, bytes };
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
      const tmp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
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
      const subject = await readFile(this.blobFile(entry.digest))
        .then(
          (bytes) => parseManifest(bytes, entry.mediaType, `${this.display}@${entry.digest}`).value.subject,
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
      let bytes: Buffer;
      try {
        bytes = await readFile(this.blobFile(entry.digest));
      } catch {
        continue;
      }
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

  sameStoreAs(other: Repository): boolean {
    return other instanceof LayoutRepository && other.directory === this.directory;
  }
}
