import { type Hash } from 'node:crypto';
import { type Readable } from 'node:stream';
import { type Descriptor } from '../oci/types.js';
import type { Backend, UploadSpool } from './backend.js';
import { type InspectedManifest } from './manifest.js';
export interface ManifestRecord {
    digest: string;
    mediaType: string;
    size: number;
    subject?: string;
    artifactType?: string;
    annotations?: Record<string, string>;
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
/** Uploads untouched this long are dropped: clients that vanish mid-upload must not fill the disk. */
export declare const UPLOAD_TTL_MS: number;
export interface StoreOptions {
    uploadTtlMs?: number;
    now?: () => number;
}
export declare function sha256Of(bytes: Buffer): string;
export declare class RegistryStore {
    private readonly backend;
    private readonly repositories;
    private readonly uploads;
    private readonly uploadTtlMs;
    private readonly now;
    private constructor();
    /** Opens the store, reading back what the backend persisted (a disk root from an earlier run). */
    static open(backend: Backend, options?: StoreOptions): Promise<RegistryStore>;
    private state;
    hasRepository(name: string): boolean;
    /** Size of a blob linked in `name`; undefined when it is not (even if another repository has it). */
    blobSize(name: string, digest: string): Promise<number | undefined>;
    blobStream(digest: string, start: number, end: number): Readable;
    private linkBlob;
    deleteBlob(name: string, digest: string): Promise<boolean>;
    /** Links a blob of `from` into `name`; false when `from` has no such blob. */
    mountBlob(name: string, from: string, digest: string): Promise<boolean>;
    startUpload(name: string): Promise<Upload>;
    upload(name: string, id: string): Upload;
    /** How many uploads are open (for tests and diagnostics). */
    get openUploads(): number;
    private dropAbandonedUploads;
    /** Streams a request body into the upload, hashing as it goes; memory stays bounded on disk. */
    appendUpload(upload: Upload, body: Readable): Promise<void>;
    /** Checks the digest of everything received and makes it a blob linked in the upload's repository. */
    finishUpload(upload: Upload, digest: string): Promise<void>;
    cancelUpload(upload: Upload): Promise<void>;
    resolveManifest(name: string, reference: string): ManifestRecord | undefined;
    manifestBytes(record: ManifestRecord): Promise<Buffer>;
    /**
     * Stores a manifest under its digest and, when `tag` is given, points the tag at it. Everything it
     * references must already be in the repository (its subject need not: referrers may come first).
     */
    putManifest(name: string, bytes: Buffer, inspected: InspectedManifest, tag: string | undefined): Promise<ManifestRecord>;
    /** Deletes a manifest by digest (and the tags on it), or only a tag. */
    deleteManifest(name: string, reference: string): Promise<void>;
    /** Tags in lexical order; undefined when the repository is unknown. */
    tags(name: string): string[] | undefined;
    /** Descriptors of the manifests in `name` whose subject is `digest`, as the referrers API lists them. */
    referrers(name: string, digest: string): Descriptor[];
}
/** True for a digest this registry can verify and store. */
export declare function isSha256(digest: string): boolean;
