import { type Descriptor } from '../../oci/types.js';
import { type TarWriteEntry as TarEntry } from '../../oci/archive/tar-writer.js';
/** gzip level used for every layer: a fixed level (and fixed header) makes the bytes reproducible. */
export declare const GZIP_LEVEL = 6;
export interface WrittenLayer {
    descriptor: Descriptor;
    /** sha256 of the uncompressed tar: the config's rootfs.diff_ids entry. */
    diffId: string;
    /** The compressed layer on disk. */
    file: string;
}
/** Streams the entries as a gzip'd tar into `dir`, named by its digest. */
export declare function writeLayer(entries: Iterable<TarEntry>, dir: string): Promise<WrittenLayer>;
