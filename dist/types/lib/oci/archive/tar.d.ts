import { FerryError } from '../../util/errors.js';
export interface TarEntry {
    /** The name as written, after pax/GNU long names (not normalised: callers decide what '..' means). */
    rawName: string;
    name: string;
    /** '0' file, '1' hard link, '2' symlink, '5' directory, other types kept as read. */
    type: string;
    /** Byte offset of the entry's data in the tar file. */
    offset: number;
    size: number;
    linkname: string;
    mode: number;
    uid: number;
    gid: number;
}
/** True when a 512-byte header's checksum is right (how a tar is told from other data). */
export declare function tarChecksumOk(header: Buffer): boolean;
export interface ReadTarOptions {
    /** Makes the error for a damaged archive (default: a docker-archive message). */
    error?: (why: string) => FerryError;
}
/** Reads the headers of `file` and returns its entries in archive order (metadata entries folded in). */
export declare function readTarEntries(file: string, options?: ReadTarOptions): Promise<TarEntry[]>;
/** The entries of `file` by normalised name (the last one of a name wins). */
export declare function indexTar(file: string): Promise<Map<string, TarEntry>>;
/** Follows hard and symbolic links (as `docker save` and skopeo write them) to a regular file entry. */
export declare function resolveEntry(entries: Map<string, TarEntry>, name: string): TarEntry | undefined;
