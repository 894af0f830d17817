// Piper's general-purpose credentials: `vaultCredentialPath` + `vaultCredentialKeys` become environment
// variables `<prefix><KEY>` and `<prefix><KEY>_BASE64` for the step's tools, every value masked.
import { ConfigError } from '../util/errors';
import type { Logger } from '../log';
import { candidatePaths, type VaultSession } from './session';
import type { VaultPathConfig } from './types';

export const VAULT_CREDENTIAL_ENV_PREFIX = 'PIPER_VAULTCREDENTIAL_';

/**
 * Piper's `ConvertEnvVar`: upper case, `-` becomes `_`, any other character outside `[A-Za-z0-9_]` is
 * dropped (not replaced): `docker.password-1` → `DOCKERPASSWORD_1`.
 */
export function convertEnvVar(key: string): string {
  return key
    .toUpperCase()
    .replace(/-/g, '_')
    .replace(/[^A-Za-z0-9_]/g, '');
}

export interface VaultCredentialEnvOptions {
  session: Pick<VaultSession, 'readPath'>;
  log: Logger;
  paths: VaultPathConfig;
  /** A secret name, looked up along the same candidate paths as parameters; or one per group. */
  vaultCredentialPath: string | readonly string[];
  /** The fields to export; with a list of paths, one list of keys per path. */
  vaultCredentialKeys: readonly string[] | readonly (readonly string[])[];
  /** Default `PIPER_VAULTCREDENTIAL_`; with a list of paths, optionally one prefix per path. */
  prefix?: string | readonly string[];
}

interface CredentialGroup {
  path: string;
  keys: readonly string[];
  prefix: string | undefined;
}

function isStringList(value: readonly unknown[]): value is readonly string[] {
  return value.every((v) => typeof v === 'string');
}

function isListOfLists(value: readonly unknown[]): value is readonly (readonly string[])[] {
  return value.every((v) => Array.isArray(v) && isStringList(v));
}

function groups(options: VaultCredentialEnvOptions): CredentialGroup[] {
  const { vaultCredentialPath: path, vaultCredentialKeys: keys, prefix } = options;
  if (typeof path === 'string') {
    if (!isStringList(keys)) {
      throw new ConfigError(
        `vaultCredentialKeys: expected a list of strings for the single vaultCredentialPath '${path}', got a list of lists. Give one list of keys, or make vaultCredentialPath a list too.`,
      );
    }
    if (Array.isArray(prefix)) {
      throw new ConfigError(
        `vaultCredentialEnvPrefix: expected one string for a single vaultCredentialPath, got a list.`,
      );
    }
    return [{ path, keys, prefix: typeof prefix === 'string' ? prefix : undefined }];
  }
  if (keys.length !== path.length || !isListOfLists(keys)) {
    throw new ConfigError(
      `vaultCredentialKeys: vaultCredentialPath lists ${path.length} paths, so vaultCredentialKeys must be a list of ${path.length} lists of keys (one per path). Align the two lists.`,
    );
  }
  if (Array.isArray(prefix) && prefix.length !== path.length) {
    throw new ConfigError(
      `vaultCredentialEnvPrefix: vaultCredentialPath lists ${path.length} paths but vaultCredentialEnvPrefix lists ${prefix.length} prefixes. Give one prefix per path, or a single string.`,
    );
  }
  return path.map((p, i) => ({
    path: p,
    keys: keys[i] ?? [],
    prefix: typeof prefix === 'string' ? prefix : prefix?.[i],
  }));
}

/**
 * Reads each credential group at the first candidate path that holds any of its keys (Piper's rule)
 * and returns the variables to add to the step's environment. With a custom prefix the variables are
 * also exported under the default prefix, as Piper does, so steps can rely on that name.
 */
export async function vaultCredentialEnv(
  options: VaultCredentialEnvOptions,
): Promise<Record<string, string>> {
  const { session, log } = options;
  const env: Record<string, string> = {};
  await Promise.all(
    groups(options).map(async (group) => {
      if (group.path.trim().length === 0 || group.keys.length === 0) return;
      const prefixes = [group.prefix ?? VAULT_CREDENTIAL_ENV_PREFIX];
      if (group.prefix !== undefined && group.prefix !== VAULT_CREDENTIAL_ENV_PREFIX)
        prefixes.push(VAULT_CREDENTIAL_ENV_PREFIX);
      const tried: string[] = [];
      for (const path of candidatePaths(group.path, options.paths)) {
        tried.push(path);
        const outcome = await session.readPath(path);
        if (outcome.kind !== 'found') continue;
        const present = group.keys.filter((k) => outcome.data[k] !== undefined);
        if (present.length === 0) continue;
        for (const key of present) {
          const value = outcome.data[key] ?? '';
          const encoded = Buffer.from(value, 'utf8').toString('base64');
          log.addSecret(value);
          log.addSecret(encoded);
          for (const prefix of prefixes) {
            const name = prefix + convertEnvVar(key);
            env[name] = value;
            env[`${name}_BASE64`] = encoded;
            log.debug(`Vault: exposing credential '${key}' as ${name} and ${name}_BASE64`);
          }
        }
        return;
      }
      log.warn(
        `Vault: none of the keys ${group.keys.join(', ')} of vaultCredentialPath '${group.path}' found at ${tried.join(', ') || 'any path (set vaultPath or vaultBasePath + vaultPipelineName)'}.`,
      );
    }),
  );
  return env;
}
