import type { Logger } from '../log/index.js';
import type { Exec } from '../util/exec.js';
import type { BuildRequest, BuildResult } from './types.js';
/** `docker buildx build --push` argv writing build metadata (with the pushed digest) to `metadataFile`. */
export declare function dockerBuildArgv(request: BuildRequest, metadataFile: string): string[];
/** The pushed digest from a buildx metadata file (`containerimage.digest`). */
export declare function parseDockerMetadata(text: string): string;
export interface DockerRunOptions {
    exec: Exec;
    log: Logger;
    tempDir: string;
    /** A config.json written by writeAuthFile (0600, in its own directory): --authfile or DOCKER_CONFIG. */
    authFile?: string;
}
/** Builds and pushes with docker buildx; credentials through a private DOCKER_CONFIG. */
export declare function buildWithDocker(request: BuildRequest, run: DockerRunOptions): Promise<BuildResult>;
