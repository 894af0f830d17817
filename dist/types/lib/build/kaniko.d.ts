import type { Logger } from '../log/index.js';
import type { Exec } from '../util/exec.js';
import type { BuildRequest, BuildResult } from './types.js';
export declare const KANIKO_EXECUTOR = "/kaniko/executor";
export interface KanikoFiles {
    digestFile: string;
    imageNameWithDigestFile: string;
    /** Registries reached over plain HTTP (`--insecure-registry`). */
    insecureRegistries: readonly string[];
}
/** `/kaniko/executor` argv: one --destination per image. */
export declare function kanikoArgv(request: BuildRequest, files: KanikoFiles): string[];
/** `reference@digest` lines of kaniko's --image-name-with-digest-file. */
export declare function parseImageNameWithDigest(text: string): {
    reference: string;
    digest: string;
}[];
export interface KanikoRunOptions {
    exec: Exec;
    log: Logger;
    tempDir: string;
    /** A config.json written by writeAuthFile (0600, in its own directory): --authfile or DOCKER_CONFIG. */
    authFile?: string;
    insecureRegistries: readonly string[];
    executor?: string;
}
/** Builds and pushes with the kaniko executor; credentials through a private DOCKER_CONFIG. */
export declare function buildWithKaniko(request: BuildRequest, run: KanikoRunOptions): Promise<BuildResult>;
