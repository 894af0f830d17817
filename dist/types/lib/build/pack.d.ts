import type { Logger } from '../log/index.js';
import type { Exec } from '../util/exec.js';
import type { BuildResult } from './types.js';
export interface PackRequest {
    /** Images to publish; the first is the name, the others go as --tag. */
    images: readonly string[];
    /** Source directory or archive. */
    path: string;
    /** Builder image (`--builder`); pack's default when absent. */
    builder?: string;
    buildpacks: readonly string[];
    env: Readonly<Record<string, string>>;
    /** project.toml (`--descriptor`), when present. */
    descriptor?: string;
    platform?: string;
    extraOptions: readonly string[];
}
/** `pack build --publish` argv writing report.toml into `reportDir`. */
export declare function packBuildArgv(request: PackRequest, reportDir: string): string[];
/** `digest` of the `[image]` table of pack's report.toml. */
export declare function parsePackReport(text: string): string;
export interface PackRunOptions {
    exec: Exec;
    log: Logger;
    tempDir: string;
    /** A config.json written by writeAuthFile (0600, in its own directory): --authfile or DOCKER_CONFIG. */
    authFile?: string;
}
/** Builds and publishes with pack; credentials through a private DOCKER_CONFIG. */
export declare function buildWithPack(request: PackRequest, run: PackRunOptions): Promise<BuildResult>;
