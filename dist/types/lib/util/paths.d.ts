export interface ResolveInsideOptions {
    /** How the path is named in messages, e.g. `dockerfilePath 'Dockerfile'`. */
    what: string;
    /** How the directory is named in messages, e.g. `the workspace`. */
    where: string;
}
/** True when `candidate` is `root` or below it, compared as written (no links followed). */
export declare function isInside(candidate: string, root: string): boolean;
/**
 * The absolute path of `path` (relative to `root`, or absolute) when it stays inside `root`, also
 * after following symbolic links; the file need not exist yet (its nearest existing parent is
 * checked). Refused with a PATH usage error that says what to give instead.
 */
export declare function resolveInside(root: string, path: string, options: ResolveInsideOptions): Promise<string>;
