import { type SourceTree } from './context.js';
export type ArchiveKind = 'tar' | 'gzip' | 'other-compression' | 'none';
/** What a file is, by its first bytes (Docker decides by content, not by name). */
export declare function archiveKind(file: string): Promise<ArchiveKind>;
/**
 * The tree of a local archive for ADD, or undefined when the file is not one (ADD then copies it as is).
 * gzip archives are decompressed into `workDir` first; bzip2, xz and zstd are refused with a hint.
 */
export declare function readArchive(file: string, label: string, workDir: string): Promise<SourceTree | undefined>;
