export interface CaBundleOptions {
    /** PEM files (relative to `workspace`) or http(s) URLs. */
    links: readonly string[];
    workspace: string;
    /** A private directory to write the bundle into. */
    dir: string;
    /** File name inside `dir`. */
    fileName: string;
    /** Put the system roots first (for programs whose CA option replaces the system store). */
    includeSystemRoots?: boolean;
    /** Where the system roots are; default: the usual Debian, Red Hat and Alpine paths. */
    systemBundles?: readonly string[];
    signal?: AbortSignal;
}
/** Writes the bundle and returns its path, or undefined when there are no links (defaults apply). */
export declare function createCaBundle(options: CaBundleOptions): Promise<string | undefined>;
