import type { MirrorRule } from './mirrors.js';
/** One build, as the step resolved it. Paths are absolute. */
export interface BuildRequest {
    dockerfile: string;
    context: string;
    buildArgs: Readonly<Record<string, string>>;
    target?: string;
    /** `os/arch[/variant]`; none means the builder's default (the host), several make an index. */
    platforms: readonly string[];
    labels: Readonly<Record<string, string>>;
    /** Full references to push (`host:port/name:tag`); the first is the one the digest is read for. */
    images: readonly string[];
    /** Passed to the builder as they are (the step's buildOptions). */
    extraOptions: readonly string[];
    /** Seconds since the epoch for reproducible timestamps, when known (SOURCE_DATE_EPOCH). */
    timestamp?: number;
    /** Mirrors to pull base images from before their own registry (registryMirrors). */
    registryMirrors?: readonly MirrorRule[];
}
/** What a builder reports after pushing. */
export interface BuildResult {
    /** Manifest digest (index digest for several platforms), from the builder's digest output. */
    digest: string;
    /** Platforms of an index; absent for a single-platform image. */
    platforms?: string[];
}
/** Registry credentials for the push (and for pulls of bases from the same registry). */
export interface RegistryLogin {
    /** host[:port] as in references. */
    registry: string;
    username: string;
    password: string;
}
