import type { Readable } from 'node:stream';
export interface SourceEntry {
    type: 'file' | 'dir' | 'symlink';
    /** Permission bits. */
    mode: number;
    size: number;
    uid: number;
    gid: number;
    linkTarget?: string;
    open?: () => Readable;
    /** The file on disk, for a build-context file (ADD reads archives from it). */
    hostPath?: string;
}
/** Files by path relative to a root (`a/b.txt`, no leading slash; the root itself is ''). */
export type SourceTree = Map<string, SourceEntry>;
/** Converts a Docker/Go glob (`*`, `?`, `[a-z]`, `[^a]`, `\x`, `**`) to an anchored RegExp over `/` paths. */
export declare function globToRegExp(pattern: string): RegExp;
export declare function hasGlob(text: string): boolean;
/** Cleans a path as Go's filepath.Clean would, relative, without a leading `/` ('' for the root). */
export declare function cleanRelative(path: string): string;
/** `.dockerignore` rules: last match wins; a rule matching a parent directory matches what it holds. */
export declare class DockerIgnore {
    private readonly rules;
    constructor(text: string);
    get hasExceptions(): boolean;
    /** True when the relative path is excluded from the context. */
    excludes(path: string): boolean;
}
/** Reads `<dockerfile>.dockerignore` (preferred, as BuildKit does) or `<context>/.dockerignore`. */
export declare function loadDockerIgnore(contextDir: string, dockerfilePath?: string): Promise<DockerIgnore>;
/** Walks the context directory into a tree, leaving out what `.dockerignore` excludes. */
export declare function readContext(contextDir: string, ignore: DockerIgnore): Promise<SourceTree>;
/** Adds a plain 0755 directory for every parent a path in the tree has but the tree lacks. */
export declare function addMissingParents(tree: SourceTree): void;
/** Paths in the tree the COPY source names: one exact path, or every glob match, sorted. */
export declare function matchSources(tree: SourceTree, source: string): string[];
/** Follows symlinks inside the tree (a COPY source that is a link copies what it points at). */
export declare function resolveInTree(tree: SourceTree, path: string): {
    path: string;
    entry: SourceEntry;
} | undefined;
/** Paths under `dir` (exclusive), sorted. */
export declare function descendants(tree: SourceTree, dir: string): string[];
