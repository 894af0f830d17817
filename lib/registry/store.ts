// The registry's state: repositories (linked blobs, manifests, tags) kept in memory and written through
// to the backend, and uploads in progress with their running sha256, so digests are verified as bytes
// stream in rather than by reading them back.
import { createHash, randomUUID, type Hash } from 'node:crypto';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { MEDIA_TYPES, type Descriptor } from '../oci/types';
import type { Backend, UploadSpool } from './backend';
import { RegistryHttpError, digestInvalid, manifestUnknown, uploadUnknown } from './errors';
import { inspectManifest, type InspectedManifest } from './manifest';

export interface ManifestRecord {
  digest: string;
  mediaType: string;
  size: number;
  subject?: string;
  artifactType?: string;
  annotations?: Record<string, string>;
}

interface RepositoryState {
  blobs: Set<string>;
  manifests: Map<string, ManifestRecord>;
  tags: Map<string, string>;
}

export interface Upload {
  readonly id: string;
  readonly repository: string;
  /** Bytes received so far. */
  size: number;
  /** True while a request is writing to it: a second writer at once is out of order. */
  busy: boolean;
  /** When a request last touched it (ms), so abandoned uploads can be dropped. */
  touched: number;
  readonly hash: Hash;
  readonly spool: UploadSpool;
}

const SHA256 = /^sha256:[a-f0-9]{64}$/;

/** Uploads untouched this long are dropped: clients that vanish mid-upload must not fill the disk. */
export const UPLOAD_TTL_MS = 60 * 60 * 1000;

export interface StoreOptions {
  uploadTtlMs?: number;
  now?: () => number;
}

export function sha256Of(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

export class RegistryStore {
  private readonly repositories = new Map<string, RepositoryState>();
  private readonly uploads = new Map<string, Upload>();

  private readonly uploadTtlMs: number;
  private readonly now: () => number;

  private constructor(
    private readonly backend: Backend,
    options: StoreOptions,
  ) {
    this.uploadTtlMs = options.uploadTtlMs ?? UPLOAD_TTL_MS;
    this.now = options.now ?? Date.now;
  }

  /** Opens the store, reading back what the backend persisted (a disk root from an earlier run). */
  static async open(backend: Backend, options: StoreOptions = {}): Promise<RegistryStore> {
    const store = new RegistryStore(backend, options);
    for (const [name, persisted] of await backend.load()) {
      const state = store.state(name);
      for (const digest of persisted.blobs) state.blobs.add(digest);
      for (const [digest, mediaType] of persisted.manifests) {
        try {
          const bytes = await backend.blobBytes(digest);
          state.manifests.set(digest, record(digest, bytes, inspectManifest(bytes, mediaType)));
        } catch {
          // A manifest whose content is gone or broken is left out rather than served wrong.
        }
      }
      for (const [tag, digest] of persisted.tags)
        if (state.manifests.has(digest)) state.tags.set(tag, digest);
    }
    return store;
  }

  private state(name: string): RepositoryState {
    let state = this.repositories.get(name);
    if (!state) {
      state = { blobs: new Set(), manifests: new Map(), tags: new Map() };
      this.repositories.set(name, state);
    }
    return state;
  }

  hasRepository(name: string): boolean {
    const state = this.repositories.get(name);
    return state !== undefined && (state.blobs.size > 0 || state.manifests.size > 0 || state.tags.size > 0);
  }

  // ---- blobs ------------------------------------------------------------------------------------

  /** Size of a blob linked in `name`; undefined when it is not (even if another repository has it). */
  async blobSize(name: string, digest: string): Promise<number | undefined> {
    if (!this.repositories.get(name)?.blobs.has(digest)) return undefined;
    return this.backend.blobSize(digest);
  }

  blobStream(digest: string, start: number, end: number): Readable {
    return this.backend.blobStream(digest, start, end);
  }

  private async linkBlob(name: string, digest: string): Promise<void> {
    const state = this.state(name);
    if (state.blobs.has(digest)) return;
    await this.backend.linkSet(name, 'blobs', digest, '');
    state.blobs.add(digest);
  }

  async deleteBlob(name: string, digest: string): Promise<boolean> {
    const state = this.repositories.get(name);
    if (!state?.blobs.delete(digest)) return false;
    await this.backend.linkDelete(name, 'blobs', digest);
    return true;
  }

  /** Links a blob of `from` into `name`; false when `from` has no such blob. */
  async mountBlob(name: string, from: string, digest: string): Promise<boolean> {
    if ((await this.blobSize(from, digest)) === undefined) return false;
    await this.linkBlob(name, digest);
    return true;
  }

  // ---- uploads ----------------------------------------------------------------------------------

  async startUpload(name: string): Promise<Upload> {
    await this.dropAbandonedUploads();
    const upload: Upload = {
      id: randomUUID(),
      repository: name,
      size: 0,
      busy: false,
      touched: this.now(),
      hash: createHash('sha256'),
      spool: await this.backend.createSpool(),
    };
    this.uploads.set(upload.id, upload);
    return upload;
  }

  upload(name: string, id: string): Upload {
    const upload = this.uploads.get(id);
    if (!upload || upload.repository !== name) throw uploadUnknown();
    upload.touched = this.now();
    return upload;
  }

  /** How many uploads are open (for tests and diagnostics). */
  get openUploads(): number {
    return this.uploads.size;
  }

  private async dropAbandonedUploads(): Promise<void> {
    const oldest = this.now() - this.uploadTtlMs;
    for (const upload of [...this.uploads.values()])
      if (!upload.busy && upload.touched < oldest) await this.cancelUpload(upload);
  }

  /** Streams a request body into the upload, hashing as it goes; memory stays bounded on disk. */
  async appendUpload(upload: Upload, body: Readable): Promise<void> {
    upload.busy = true;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
        upload.hash.update(chunk);
        upload.size += chunk.length;
        callback(null, chunk);
      },
    });
    try {
      await pipeline(body, counter, upload.spool.writer());
    } catch (error) {
      // The hash has seen bytes the spool may not hold: the upload cannot be resumed safely.
      await this.cancelUpload(upload);
      throw error;
    } finally {
      upload.busy = false;
    }
  }

  /** Checks the digest of everything received and makes it a blob linked in the upload's repository. */
  async finishUpload(upload: Upload, digest: string): Promise<void> {
    this.uploads.delete(upload.id);
    const actual = `sha256:${upload.hash.digest('hex')}`;
    if (actual !== digest) {
      await upload.spool.discard();
      throw digestInvalid(`provided digest did not match uploaded content: got ${actual}`, {
        expected: digest,
        actual,
      });
    }
    await upload.spool.commit(digest);
    await this.linkBlob(upload.repository, digest);
  }

  async cancelUpload(upload: Upload): Promise<void> {
    this.uploads.delete(upload.id);
    await upload.spool.discard();
  }

  // ---- manifests --------------------------------------------------------------------------------

  resolveManifest(name: string, reference: string): ManifestRecord | undefined {
    const state = this.repositories.get(name);
    if (!state) return undefined;
    const digest = reference.includes(':') ? reference : state.tags.get(reference);
    return digest === undefined ? undefined : state.manifests.get(digest);
  }

  manifestBytes(record: ManifestRecord): Promise<Buffer> {
    return this.backend.blobBytes(record.digest);
  }

  /**
   * Stores a manifest under its digest and, when `tag` is given, points the tag at it. Everything it
   * references must already be in the repository (its subject need not: referrers may come first).
   */
  async putManifest(
    name: string,
    bytes: Buffer,
    inspected: InspectedManifest,
    tag: string | undefined,
  ): Promise<ManifestRecord> {
    const digest = sha256Of(bytes);
    const state = this.repositories.get(name);
    const missing = [
      ...inspected.blobs.filter((d) => !state?.blobs.has(d)),
      ...inspected.manifests.filter((d) => !state?.manifests.has(d)),
    ];
    for (const blob of inspected.blobs.filter((d) => !missing.includes(d)))
      if ((await this.backend.blobSize(blob)) === undefined) missing.push(blob);
    if (missing.length > 0) {
      throw new RegistryHttpError(
        400,
        'MANIFEST_BLOB_UNKNOWN',
        'manifest references a blob unknown to registry',
        {
          digests: missing,
        },
      );
    }
    await this.backend.blobWrite(digest, bytes);
    const entry = record(digest, bytes, inspected);
    const target = this.state(name);
    if (!target.manifests.has(digest)) {
      await this.backend.linkSet(name, 'manifests', digest, entry.mediaType);
      target.manifests.set(digest, entry);
    }
    if (tag !== undefined && target.tags.get(tag) !== digest) {
      await this.backend.linkSet(name, 'tags', tag, digest);
      target.tags.set(tag, digest);
    }
    return entry;
  }

  /** Deletes a manifest by digest (and the tags on it), or only a tag. */
  async deleteManifest(name: string, reference: string): Promise<void> {
    const state = this.repositories.get(name);
    if (!reference.includes(':')) {
      if (!state?.tags.delete(reference)) throw manifestUnknown(reference);
      await this.backend.linkDelete(name, 'tags', reference);
      return;
    }
    if (!state?.manifests.delete(reference)) throw manifestUnknown(reference);
    await this.backend.linkDelete(name, 'manifests', reference);
    for (const [tag, digest] of [...state.tags])
      if (digest === reference) {
        state.tags.delete(tag);
        await this.backend.linkDelete(name, 'tags', tag);
      }
  }

  /** Tags in lexical order; undefined when the repository is unknown. */
  tags(name: string): string[] | undefined {
    if (!this.hasRepository(name)) return undefined;
    return [...(this.repositories.get(name)?.tags.keys() ?? [])].sort();
  }

  /** Descriptors of the manifests in `name` whose subject is `digest`, as the referrers API lists them. */
  referrers(name: string, digest: string): Descriptor[] {
    const found: Descriptor[] = [];
    for (const m of this.repositories.get(name)?.manifests.values() ?? []) {
      if (m.subject !== digest) continue;
      const descriptor: Descriptor = { mediaType: m.mediaType, digest: m.digest, size: m.size };
      if (m.artifactType) descriptor.artifactType = m.artifactType;
      if (m.annotations) descriptor.annotations = m.annotations;
      found.push(descriptor);
    }
    return found.sort((a, b) => (a.digest < b.digest ? -1 : a.digest > b.digest ? 1 : 0));
  }
}

function record(digest: string, bytes: Buffer, inspected: InspectedManifest): ManifestRecord {
  const entry: ManifestRecord = {
    digest,
    mediaType: inspected.mediaType || MEDIA_TYPES.ociManifest,
    size: bytes.length,
  };
  if (inspected.subject) entry.subject = inspected.subject;
  if (inspected.artifactType) entry.artifactType = inspected.artifactType;
  if (inspected.annotations) entry.annotations = inspected.annotations;
  return entry;
}

/** True for a digest this registry can verify and store. */
export function isSha256(digest: string): boolean {
  return SHA256.test(digest);
}
