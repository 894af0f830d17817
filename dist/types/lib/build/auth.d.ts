import type { Logger } from '../log/index.js';
import { type DockerConfig } from '../oci/auth/docker-config.js';
import type { RegistryLogin } from './types.js';
/**
 * Docker/containers auth file content (`{"auths": {...}}`) for the logins, on top of a user's Docker
 * config (`base`, read with lib/oci/auth/docker-config; its credHelpers and credsStore kept). Explicit
 * logins win.
 */
export declare function authFileContent(logins: readonly RegistryLogin[], log?: Logger, base?: DockerConfig): string;
/**
 * Writes `<dir>/config.json` (0600, directory 0700) for the logins over an optional user config; the
 * directory serves as DOCKER_CONFIG and the file as --authfile.
 */
export declare function writeAuthFile(dir: string, logins: readonly RegistryLogin[], log?: Logger, base?: DockerConfig): Promise<string>;
