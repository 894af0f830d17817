import { Readable } from 'node:stream';
import { LayoutReader, type LayoutRepository } from '../layout/store.js';
import type { Descriptor, OpenBlob, Repository } from '../types.js';
import { type TarEntry } from './tar.js';
export declare const OCI_ARCHIVE_PREFIX = "oci-archive:";
export interface OciArchiveReference {
    file: string;
    tag?: string;
}
/** Parses `oci-archive:FILE[:TAG]`; a ':' is the tag separator only after the last '/'. */
export declare function parseOciArchiveReference(text: string): OciArchiveReference;
/** A layout in a temporary directory, removed by `close`. */
export interface TemporaryLayout {
    layout: LayoutRepository;
    directory: string;
    close(): Promise<void>;
}
/** An oci-archive read in place: a LayoutReader whose files are tar entries, read by offset. */
export declare class OciArchiveRepository extends LayoutReader {
    readonly file: string;
    private readonly entries;
    readonly display: string;
    readonly path: string;
    constructor(file: string, entries: ReadonlyMap<string, TarEntry>, highWaterMark?: number);
    private entry;
    protected fileSize(name: string): Promise<number | undefined>;
    protected readLayoutFile(name: string): Promise<Buffer>;
    protected openLayoutFile(name: string): Readable;
    blobPut(_descriptor: Descriptor, _open: OpenBlob): Promise<void>;
    blobMount(): Promise<boolean>;
    manifestPut(_reference: string, _mediaType: string, _bytes: Uint8Array): Promise<string>;
    sameStoreAs(other: Repository): boolean;
}
/** Opens an oci-archive as a read-only store, reading the tar in place (its headers once, no unpacking). */
export declare function openOciArchive(path: string): Promise<OciArchiveRepository>;
/** An empty layout in a temporary directory next to `file`, to be written into `file` when the copy is done. */
export declare function createTemporaryLayout(file: string): Promise<TemporaryLayout>;
