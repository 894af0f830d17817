import type { Logger } from '../log/index.js';
import type { Exec } from '../util/exec.js';
import type { MirrorRule } from './mirrors.js';
import type { BuildRequest, BuildResult } from './types.js';
export interface BuildahOptions {
    /** Storage driver (default `vfs`: needs no kernel overlay or fuse). */
    storageDriver?: string;
    /** Storage root and run root; a private pair keeps builds apart from the host's images. */
    root?: string;
    runroot?: string;
    /** RUN isolation (default `chroot`: no user namespaces needed). */
    isolation?: 'chroot' | 'oci' | 'rootless';
    /** Cache intermediate layers (`--layers`, default true; never for several platforms). */
    layers?: boolean;
    /** containers-auth.json with the registry credentials (never --creds in argv). */
    authFile?: string;
}
/** Global flags that go before the buildah subcommand. */
export declare function buildahGlobalArgs(options: BuildahOptions): string[];
/** `buildah build` argv. Several platforms build into a local manifest list named after the first image. */
export declare function buildahBuildArgv(request: BuildRequest, options: BuildahOptions): string[];
export interface BuildahPushOptions {
    /** Local image or manifest list name. */
    local: string;
    /** Target reference (`host:port/name:tag`). */
    destination: string;
    digestFile: string;
    /** false only for loopback or insecure registries: `--tls-verify=false`. */
    tlsVerify: boolean;
    /** Push a manifest list with all its images (`buildah manifest push --all`). */
    manifestList?: boolean;
}
/** `buildah push` (or `buildah manifest push --all`) argv with `--digestfile`. */
export declare function buildahPushArgv(push: BuildahPushOptions, options: BuildahOptions): string[];
/** The digest a builder wrote to its digest file, checked to be one. */
export declare function parseDigestFile(text: string, what: string): string;
/**
 * registries.conf for the pulls during a build (CONTAINERS_REGISTRIES_CONF): registries marked plain-HTTP,
 * and each mirrored registry with its mirrors, tried in order before it (registryMirrors).
 */
export declare function registriesConf(insecureRegistries: readonly string[], mirrors?: readonly MirrorRule[]): string;
export interface BuildahRunOptions {
    exec: Exec;
    log: Logger;
    /** A private temp directory for the digest file, auth file and registries.conf. */
    tempDir: string;
    /** A config.json written by writeAuthFile (0600, in its own directory): --authfile or DOCKER_CONFIG. */
    authFile?: string;
    /** Registries reached over plain HTTP (loopback ones included by the caller). */
    insecureRegistries: readonly string[];
    /** The registry of `request.images` (host[:port]). */
    registry: string;
    buildah?: BuildahOptions;
}
/**
 * Builds with buildah and pushes every image, reading each digest from `--digestfile`. All tags must
 * give the same digest; the first image's is returned.
 */
export declare function buildWithBuildah(request: BuildRequest, run: BuildahRunOptions): Promise<BuildResult>;
