import type { Readable } from 'node:stream';
export type TarEntryType = 'file' | 'dir' | 'symlink';
export interface TarEntry {
    /** Path inside the image, relative to `/`, no leading or trailing slash. */
    path: string;
    type: TarEntryType;
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
export declare function entryHeader(entry: TarEntry): Buffer;
/**
 * Yields the tar archive of `entries` in the order given, file contents streamed, then the two zero
 * blocks that end an archive. A file whose content is not `size` bytes fails (it changed during the build).
 */
export declare function tarStream(entries: Iterable<TarEntry>): AsyncGenerator<Buffer>;
