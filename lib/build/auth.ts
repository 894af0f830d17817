// Credentials for external builders, written to a 0600 temp file they read (`--authfile`, DOCKER_CONFIG)
// and never into argv; the derived base64 is registered as a secret the moment it exists.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../log';
import { credentialServerUrl } from '../oci/auth/keychain';
import { FerryError } from '../util/errors';
import type { RegistryLogin } from './types';
import { isRecord } from '../util/is-record';

/**
 * Docker/containers auth file content (`{"auths": {...}}`) for the logins, on top of a user's Docker
 * config.json (`base`, its credHelpers and credsStore kept) when given. Explicit logins win.
 */
export function authFileContent(logins: readonly RegistryLogin[], log?: Logger, base?: string): string {
  let config: Record<string, unknown> = {};
  if (base !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(base);
    } catch (error) {
      throw new FerryError('dockerConfigJSON is not valid JSON. Point it at a Docker config.json.', {
        code: 'CONFIG',
        usage: true,
        cause: error,
      });
    }
    if (!isRecord(parsed))
      throw new FerryError('dockerConfigJSON is not a JSON object. Point it at a Docker config.json.', {
        code: 'CONFIG',
        usage: true,
      });
    config = parsed;
  }
  const auths: Record<string, unknown> = isRecord(config.auths) ? { ...config.auths } : {};
  // The user's own credentials are secrets too, from the moment they are read.
  for (const entry of Object.values(auths)) {
    if (!isRecord(entry)) continue;
    for (const key of ['auth', 'password', 'identitytoken', 'registrytoken']) {
      const value = entry[key];
      if (typeof value !== 'string') continue;
      log?.addSecret(value);
      if (key === 'auth')
        log?.addSecret(Buffer.from(value, 'base64').toString('utf8').split(':').slice(1).join(':'));
    }
  }
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
  base?: string,
): Promise<string> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const file = join(dir, 'config.json');
  await writeFile(file, authFileContent(logins, log, base), { mode: 0o600 });
  return file;
}
