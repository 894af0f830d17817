import type { Readable } from 'node:stream';
export type TarWriteEntryType = 'file' | 'dir' | 'symlink';
export interface TarWriteEntry {
    /** Path inside the image, relative to `/`, no leading or trailing slash. */
    path: string;
    type: TarWriteEntryType;
    /** Permission bits (0o7777 range). */
    mode: number;
    uid: number;
    gid: number;
    /** Seconds since the epoch. */
    mtime: number;
    /** Bytes of a file's content (0 for others). */
    size: number;
    /** Target of a symlink. */
    linkTarget?: string;
    /** Opens a file's content; it must yield exactly `size` bytes. */
    open?: () => Readable;
}
/** The header block(s) of one entry: a PAX extended header first when ustar cannot hold it. */
export declare function entryHeader(entry: TarWriteEntry): Buffer;
/**
 * Yields the tar archive of `entries` in the order given, file contents streamed, then the two zero
 * blocks that end an archive. A file whose content is not `size` bytes fails (it changed during the build).
 */
export declare function tarStream(entries: Iterable<TarWriteEntry>): AsyncGenerator<Buffer>;
