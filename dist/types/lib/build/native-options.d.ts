export interface NativeBuildOptionValues {
    buildArgs: Record<string, string>;
    labels: Record<string, string>;
    target?: string;
    /** `--platform a,b` / kaniko's `--custom-platform`. */
    platforms: string[];
    /** `--insecure-registry` hosts (kaniko): pulled over plain HTTP, as insecureRegistries. */
    insecureRegistries: string[];
    /** Options accepted without effect: the native builder has no such machinery. */
    ignored: string[];
}
/**
 * Reads buildOptions for the native builder. Refused (one usage error naming every such option): an
 * option that changes where or what is pushed (`--destination`, `--no-push`, `--tar-path`), or one the
 * native builder does not know; set `builder` to the builder those options are written for.
 */
export declare function nativeBuildOptions(options: readonly string[]): NativeBuildOptionValues;
