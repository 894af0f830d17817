import type { Readable } from 'node:stream';
import type { Descriptor, FetchedManifest, OpenBlob, Repository } from '../types.js';
export interface LayoutOptions {
    /** Create the layout when the directory has none (for a copy target). Default false. */
    create?: boolean;
    /** Read buffer per blob stream (default 1 MiB). */
    highWaterMark?: number;
}
/** index.json and manifests are read whole; the distribution spec's manifest limit bounds them. */
export declare const MAX_LAYOUT_MANIFEST_BYTES: number;
interface LayoutIndex {
    schemaVersion: 2;
    mediaType?: string;
    manifests: Descriptor[];
    annotations?: Record<string, string>;
}
/** Opens an OCI image layout directory as a Repository. Throws NOT_FOUND when there is none and `create` is off. */
export declare function openLayout(directory: string, options?: LayoutOptions): Promise<LayoutRepository>;
/**
 * The read side of an OCI image layout. Subclasses say how a file of the layout (`index.json`,
 * `blobs/sha256/<hex>`) is sized, read and streamed; the rules for tags, images and referrers live here.
 */
export declare abstract class LayoutReader implements Repository {
    protected readonly highWaterMark: number;
    abstract readonly display: string;
    abstract readonly path: string;
    constructor(highWaterMark: number);
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
    protected blobName(digest: string): string;
    /** A manifest-sized file, or undefined when missing; a larger one is refused before it is read. */
    protected readSmall(name: string): Promise<Buffer | undefined>;
    blobHead(digest: string): Promise<Descriptor | undefined>;
    blobGet(digest: string): Promise<{
        size: number;
        body: Readable;
    }>;
    protected readIndex(): Promise<LayoutIndex>;
    private resolveDescriptor;
    manifestHead(reference: string): Promise<Descriptor | undefined>;
    manifestGet(reference: string): Promise<FetchedManifest>;
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
}
export declare class LayoutRepository extends LayoutReader {
    readonly directory: string;
    readonly display: string;
    readonly path: string;
    /** index.json updates are serialised so concurrent tag writes do not lose each other. */
    private indexWrite;
    constructor(directory: string, highWaterMark: number);
    private blobFile;
    protected fileSize(name: string): Promise<number | undefined>;
    protected readLayoutFile(name: string): Promise<Buffer>;
    protected openLayoutFile(name: string): Readable;
    blobPut(descriptor: Descriptor, open: OpenBlob): Promise<void>;
    /** Blobs are shared by every image in one layout directory; a mount works when the blob is here. */
    blobMount(digest: string): Promise<boolean>;
    private updateIndex;
    manifestPut(reference: string, mediaType: string, bytes: Uint8Array): Promise<string>;
    sameStoreAs(other: Repository): boolean;
}
export {};
