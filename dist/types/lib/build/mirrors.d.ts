import { ImageReference } from '../oci/reference.js';
/** Docker Hub, the registry a plain `registryMirrors` entry mirrors (kaniko's --registry-mirror). */
export declare const DOCKER_HUB_REGISTRY = "docker.io";
export interface RegistryMirror {
    /** `host[:port]` of the mirror. */
    host: string;
    /** Path below the host the mirrored repositories sit under (`mirror.example/v2/proxy` → `proxy`). */
    path?: string;
    /** false when written as http:// (plain HTTP: loopback, or listed in insecureRegistries). */
    secure?: boolean;
}
/** The mirrors of one registry, in the order they are tried. */
export interface MirrorRule {
    /** `host[:port]` of the registry mirrored (`docker.io` for Docker Hub). */
    registry: string;
    mirrors: RegistryMirror[];
}
/**
 * Reads `registryMirrors`: `mirror.example[:port][/path]` mirrors Docker Hub (kaniko's
 * --registry-mirror); `registry.example=mirror.example[/path]` mirrors that registry (kaniko's
 * --registry-map); several `;`-separated pairs may share one entry, as in kaniko. Several mirrors of one
 * registry are tried in the order written.
 */
export declare function parseRegistryMirrors(entries: readonly string[]): MirrorRule[];
/** The references to try for `ref` before its own registry: one per mirror of that registry, in order. */
export declare function mirrorReferences(ref: ImageReference, rules: readonly MirrorRule[]): ImageReference[];
/** Every mirror host, for the plain-HTTP allowance (loopback, http://) and the builders' registry config. */
export declare function mirrorHosts(rules: readonly MirrorRule[]): RegistryMirror[];
/** kaniko's flags: --registry-mirror for Docker Hub's mirrors, --registry-map for the others. */
export declare function kanikoMirrorArgs(rules: readonly MirrorRule[]): string[];
