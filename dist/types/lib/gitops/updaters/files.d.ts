import { globToRegExp, hasGlobMagic } from '../../util/glob.js';
/**
 * The real path of `p` (relative to root), refused when it leaves the root (lib/util/paths, links
 * followed) or does not exist.
 */
export declare function realPathInside(root: string, p: string): Promise<string>;
export { globToRegExp, hasGlobMagic };
/** A path a directory walk passed over, and why. */
export interface SkippedPath {
    /** The path as found (not resolved). */
    path: string;
    reason: string;
}
export interface FileSelection {
    root: string;
    files?: readonly string[] | undefined;
    globs?: readonly string[] | undefined;
    /**
     * Files and directories named in `files` may lie outside the root (the CLI: a user naming
     * `/elsewhere/k8s/` means it). A walk of such a directory still refuses links that leave it.
     * Globs always stay relative to the root. Off for the step, which edits only inside its clone.
     */
    allowOutside?: boolean | undefined;
}
/**
 * The files to update, as real paths, each once. Directories give their YAML files; globs match
 * paths relative to the root (`deploy/**\/*.yaml`).
 */
export declare function selectFiles(selection: FileSelection): Promise<{
    realRoot: string;
    files: string[];
    named: Set<string>;
    skipped: SkippedPath[];
}>;
