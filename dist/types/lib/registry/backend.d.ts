import { Readable, Writable } from 'node:stream';
/** Where an upload's bytes go until the digest is known. */
export interface UploadSpool {
    /** A stream that appends to the spool; the caller pipes into it and awaits its finish. */
    writer(): Writable;
    /** Makes the spooled bytes the blob `digest` (content-addressed, shared by every repository). */
    commit(digest: string): Promise<void>;
    discard(): Promise<void>;
}
/** A repository as persisted: linked blobs, manifests (digest → media type), tags (tag → digest). */
export interface PersistedRepository {
    blobs: string[];
    manifests: Map<string, string>;
    tags: Map<string, string>;
}
export type LinkKind = 'blobs' | 'manifests' | 'tags';
export interface Backend {
    /** Size of a stored blob, undefined when absent. */
    blobSize(digest: string): Promise<number | undefined>;
    /** Bytes `start..end` (inclusive) of a blob. */
    blobStream(digest: string, start: number, end: number): Readable;
    blobBytes(digest: string): Promise<Buffer>;
    /** Stores small content (manifests) whose digest the caller computed. */
    blobWrite(digest: string, bytes: Buffer): Promise<void>;
    createSpool(): Promise<UploadSpool>;
    /** Records a link: `value` is the media type of a manifest, the digest of a tag, '' for a blob. */
    linkSet(repository: string, kind: LinkKind, key: string, value: string): Promise<void>;
    linkDelete(repository: string, kind: LinkKind, key: string): Promise<void>;
    load(): Promise<Map<string, PersistedRepository>>;
}
export declare function createMemoryBackend(): Backend;
export declare function createDiskBackend(root: string): Promise<Backend>;
