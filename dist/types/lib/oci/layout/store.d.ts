import type { Readable } from 'node:stream';
import type { Descriptor, FetchedManifest, OpenBlob, Repository } from '../types.js';
export interface LayoutOptions {
    /** Create the layout when the directory has none (for a copy target). Default false. */
    create?: boolean;
    /** Read buffer per blob stream (default 1 MiB). */
    highWaterMark?: number;
}
/** Opens an OCI image layout directory as a Repository. Throws NOT_FOUND when there is none and `create` is off. */
export declare function openLayout(directory: string, options?: LayoutOptions): Promise<LayoutRepository>;
export declare class LayoutRepository implements Repository {
    readonly directory: string;
    private readonly highWaterMark;
    readonly display: string;
    readonly path: string;
    /** index.json updates are serialised so concurrent tag writes do not lose each other. */
    private indexWrite;
    constructor(directory: string, highWaterMark: number);
    private blobFile;
    blobHead(digest: string): Promise<Descriptor | undefined>;
    blobGet(digest: string): Promise<{
        size: number;
        body: Readable;
    }>;
    blobPut(descriptor: Descriptor, open: OpenBlob): Promise<void>;
    /** Blobs are shared by every image in one layout directory; a mount works when the blob is here. */
    blobMount(digest: string): Promise<boolean>;
    private readIndex;
    private updateIndex;
    private resolveDescriptor;
    manifestHead(reference: string): Promise<Descriptor | undefined>;
    manifestGet(reference: string): Promise<FetchedManifest>;
    manifestPut(reference: string, mediaType: string, bytes: Uint8Array): Promise<string>;
    tagList(): Promise<string[]>;
    /**
     * The images index.json lists: every tagged entry, and every untagged one that is no referrer (the
     * store's rule: an untagged entry whose manifest has a subject). An untagged entry whose manifest
     * cannot be read counts as an image, so using it fails with a clear not-found.
     */
    images(): Promise<{
        tag?: string;
        descriptor: Descriptor;
    }[]>;
    referrers(digest: string, artifactType?: string): Promise<Descriptor[]>;
    sameStoreAs(other: Repository): boolean;
}
