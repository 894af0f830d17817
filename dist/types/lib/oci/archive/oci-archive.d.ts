import { type LayoutRepository } from '../layout/store.js';
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
/** Unpacks an oci-archive into a temporary layout directory and opens it. */
export declare function openOciArchive(file: string): Promise<TemporaryLayout>;
/** An empty layout in a temporary directory next to `file`, to be written into `file` when the copy is done. */
export declare function createTemporaryLayout(file: string): Promise<TemporaryLayout>;
