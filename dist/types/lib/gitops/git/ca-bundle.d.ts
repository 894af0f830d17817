export interface GitCaBundleOptions {
    /** PEM files (relative to `workspace`) or http(s) URLs. */
    links: readonly string[];
    workspace: string;
    /** A private directory to write the bundle into. */
    dir: string;
    signal?: AbortSignal;
    /** Where the system roots are; default: the usual Debian, Red Hat and Alpine paths. */
    systemBundles?: readonly string[];
}
/** Writes the bundle and returns its path, or undefined when there are no links (git keeps its defaults). */
export declare function createGitCaBundle(options: GitCaBundleOptions): Promise<string | undefined>;
