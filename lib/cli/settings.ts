// Process settings the two entry points derive from the environment and hand down as options, so
// nothing below lib/cli/main.ts and lib/action/main.ts reads process.env.
import { join } from 'node:path';
import type { KeychainOptions } from '../oci/auth';

/** Where registry credentials are looked for, as docker, skopeo and podman do. */
export type DockerConfigSearch = Pick<KeychainOptions, 'dockerConfigDir' | 'dockerConfigFiles' | 'authFiles'>;

/**
 * The Docker config search: `$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`; and podman's
 * `$REGISTRY_AUTH_FILE`, else `$XDG_RUNTIME_DIR/containers/auth.json`.
 */
export function dockerConfigSearch(vars: Readonly<Record<string, string | undefined>>): DockerConfigSearch {
  const search: DockerConfigSearch = {};
  if (vars.DOCKER_CONFIG) search.dockerConfigDir = vars.DOCKER_CONFIG;
  else if (vars.HOME) search.dockerConfigFiles = [join(vars.HOME, '.docker', 'config.json')];
  if (vars.REGISTRY_AUTH_FILE) search.authFiles = [vars.REGISTRY_AUTH_FILE];
  else if (vars.XDG_RUNTIME_DIR) search.authFiles = [join(vars.XDG_RUNTIME_DIR, 'containers', 'auth.json')];
  return search;
}
