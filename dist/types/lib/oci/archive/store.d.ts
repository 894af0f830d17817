import { Readable } from 'node:stream';
import type { Descriptor, FetchedManifest, Repository } from '../types.js';
import { type TarEntry } from './tar.js';
export declare const ARCHIVE_PREFIX = "docker-archive:";
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
/**
 * Parses `docker-archive:FILE[:REF]`: the image part starts after `.tar:` when there is one, else after
 * the first ':' (as skopeo splits it).
 */
export declare function parseArchiveReference(text: string): ArchiveReference;
interface ArchiveBlob {
    descriptor: Descriptor;
    entry: TarEntry;
}
/** Opens a `docker save` tarball as a read-only Repository holding the chosen image. */
export declare function openDockerArchive(path: string, options?: ArchiveOptions): Promise<ArchiveRepository>;
export declare class ArchiveRepository implements Repository {
    readonly file: string;
    private readonly repoTags;
    private readonly blobs;
    private readonly manifestBytes;
    private readonly highWaterMark;
    readonly display: string;
    readonly path: string;
    readonly manifestDescriptor: Descriptor;
    constructor(file: string, repoTags: string[], blobs: Map<string, ArchiveBlob>, manifestBytes: Buffer, highWaterMark: number);
    blobHead(digest: string): Promise<Descriptor | undefined>;
    blobGet(digest: string): Promise<{
        size: number;
        body: Readable;
    }>;
    blobPut(): Promise<void>;
    blobMount(): Promise<boolean>;
    /** The archive holds one image: any tag names it; its digest is that of the manifest built from it. */
    manifestHead(reference: string): Promise<Descriptor | undefined>;
    manifestGet(reference: string): Promise<FetchedManifest>;
    manifestPut(): Promise<string>;
    tagList(): Promise<string[]>;
    referrers(): Promise<Descriptor[]>;
    sameStoreAs(): boolean;
    private readOnly;
}
export {};
