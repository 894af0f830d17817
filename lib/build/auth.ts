// Credentials for external builders, written to a 0600 temp file they read (`--authfile`, DOCKER_CONFIG)
// and never into argv; the derived base64 is registered as a secret the moment it exists.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../log';
import { registerDockerConfigSecrets, type DockerConfig } from '../oci/auth/docker-config';
import { credentialServerUrl } from '../oci/auth/keychain';
import { isRecord } from '../util/is-record';
import type { RegistryLogin } from './types';

/**
 * Docker/containers auth file content (`{"auths": {...}}`) for the logins, on top of a user's Docker
 * config (`base`, read with lib/oci/auth/docker-config; its credHelpers and credsStore kept). Explicit
 * logins win.
 */
export function authFileContent(logins: readonly RegistryLogin[], log?: Logger, base?: DockerConfig): string {
  // The user's own credentials are secrets too, from the moment they are read.
  if (base && log) registerDockerConfigSecrets(base, log.secrets);
  const config = base?.content ?? {};
  const auths: Record<string, unknown> = isRecord(config.auths) ? { ...config.auths } : {};
  for (const login of logins) {
    log?.addSecret(login.password);
    log?.secrets.addBasicAuth(login.username, login.password);
    auths[credentialServerUrl(login.registry)] = {
      auth: Buffer.from(`${login.username}:${login.password}`, 'utf8').toString('base64'),
    };
  }
  return `${JSON.stringify({ ...config, auths }, null, 2)}\n`;
}

/**
 * Writes `<dir>/config.json` (0600, directory 0700) for the logins over an optional user config; the
 * directory serves as DOCKER_CONFIG and the file as --authfile.
 */
export async function writeAuthFile(
  dir: string,
  logins: readonly RegistryLogin[],
  log?: Logger,
  base?: DockerConfig,
): Promise<string> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const file = join(dir, 'config.json');
  await writeFile(file, authFileContent(logins, log, base), { mode: 0o600 });
  return file;
}
