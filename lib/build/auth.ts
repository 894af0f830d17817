// Credentials for external builders, written to a 0600 temp file they read (`--authfile`, DOCKER_CONFIG)
// and never into argv; the derived base64 is registered as a secret the moment it exists.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../log';
import { credentialServerUrl } from '../oci/auth/keychain';
import type { RegistryLogin } from './types';

/** Docker/containers auth file content (`{"auths": {...}}`) for the logins. */
export function authFileContent(logins: readonly RegistryLogin[], log?: Logger): string {
  const auths: Record<string, { auth: string }> = {};
  for (const login of logins) {
    log?.addSecret(login.password);
    log?.secrets.addBasicAuth(login.username, login.password);
    auths[credentialServerUrl(login.registry)] = {
      auth: Buffer.from(`${login.username}:${login.password}`, 'utf8').toString('base64'),
    };
  }
  return `${JSON.stringify({ auths }, null, 2)}\n`;
}

/** Writes `<dir>/config.json` (0600) for the logins; the directory serves as DOCKER_CONFIG and the file as --authfile. */
export async function writeAuthFile(
  dir: string,
  logins: readonly RegistryLogin[],
  log?: Logger,
): Promise<string> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const file = join(dir, 'config.json');
  await writeFile(file, authFileContent(logins, log), { mode: 0o600 });
  return file;
}
