// Piper's general-purpose and test credentials: `vaultCredentialPath` + `vaultCredentialKeys` become
// environment variables `<prefix><KEY>` and `<prefix><KEY>_BASE64` for the step's tools, and
// `vaultTestCredentialPath` + `…Keys` become `PIPER_TESTCREDENTIAL_<KEY>`; every value masked.
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

export const VAULT_TEST_CREDENTIAL_ENV_PREFIX = 'PIPER_TESTCREDENTIAL_';

/** Piper's two credential sets: general-purpose credentials and test credentials. */
export type CredentialKind = 'credential' | 'testCredential';

const KINDS: Readonly<
  Record<
    CredentialKind,
    { path: string; keys: string; prefix: string; defaultPrefix: string; base64: boolean }
  >
> = {
  credential: {
    path: 'vaultCredentialPath',
    keys: 'vaultCredentialKeys',
    prefix: 'vaultCredentialEnvPrefix',
    defaultPrefix: VAULT_CREDENTIAL_ENV_PREFIX,
    base64: true,
  },
  testCredential: {
    path: 'vaultTestCredentialPath',
    keys: 'vaultTestCredentialKeys',
    prefix: 'vaultTestCredentialEnvPrefix',
    defaultPrefix: VAULT_TEST_CREDENTIAL_ENV_PREFIX,
    base64: false,
  },
};

export interface VaultCredentialEnvOptions {
  session: Pick<VaultSession, 'readPath'>;
  log: Logger;
  paths: VaultPathConfig;
  /** Which set: `vaultCredential*` (default) or `vaultTestCredential*`. */
  kind?: CredentialKind;
  /** A secret name, looked up along the same candidate paths as parameters; or a list of them. */
  vaultCredentialPath: unknown;
  /** The fields to export: a list of strings; with a list of paths, one list of keys per path. */
  vaultCredentialKeys: unknown;
  /** Default by kind; with a list of paths, optionally one prefix per path. */
  prefix?: unknown;
}

interface CredentialGroup {
  path: string;
  keys: readonly string[];
  prefix: string | undefined;
}

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((v): v is string => typeof v === 'string') ? value : undefined;
}

/**
 * The groups to export, read as Piper's resolveVaultCredentialsWrapperBase does: a string path takes a
 * list of keys and a string prefix; a list of paths takes a list of key lists of the same length and,
 * optionally, a list of prefixes of that length. Anything else exports nothing (Piper logs it at debug
 * level; ferry says it in a warning, since the step would miss its credentials).
 */
function groups(options: VaultCredentialEnvOptions): CredentialGroup[] {
  const names = KINDS[options.kind ?? 'credential'];
  const { vaultCredentialPath: path, vaultCredentialKeys: keys, prefix } = options;
  const skip = (why: string): CredentialGroup[] => {
    options.log.warn(`Vault: ${names.path} is not used: ${why}`);
    return [];
  };
  const prefixText = (p: unknown): string | undefined => (typeof p === 'string' ? p : undefined);
  if (typeof path === 'string') {
    const list = stringList(keys);
    if (!list) return skip(`${names.keys} must be a list of strings for a single path. Fix its value.`);
    return [{ path, keys: list, prefix: prefixText(prefix) }];
  }
  const paths = stringList(path);
  if (!paths) return skip('it must be a string or a list of strings. Fix its value.');
  if (!Array.isArray(keys)) return skip(`${names.keys} must be a list with one list of keys per path.`);
  if (keys.length !== paths.length)
    return skip(
      `${names.path} lists ${paths.length} paths but ${names.keys} ${keys.length} entries. Give one list of keys per path.`,
    );
  const prefixes = Array.isArray(prefix) ? prefix : undefined;
  if (prefixes && prefixes.length !== paths.length)
    return skip(
      `${names.path} lists ${paths.length} paths but ${names.prefix} ${prefixes.length} prefixes. Give one per path, or one string.`,
    );
  const out: CredentialGroup[] = [];
  paths.forEach((p, i) => {
    const list = stringList(keys[i]);
    if (!list) {
      options.log.warn(
        `Vault: ${names.keys}[${i}] for '${p}' must be a list of strings; nothing is exported for it.`,
      );
      return;
    }
    out.push({ path: p, keys: list, prefix: prefixes ? prefixText(prefixes[i]) : prefixText(prefix) });
  });
  return out;
}

/**
 * Reads each credential group at the first candidate path that holds any of its keys (Piper's rule)
 * and returns the variables to add to the step's environment. General credentials are also exported
 * `_BASE64`, and under the default prefix when a custom one is set, as Piper does; test credentials
 * (PIPER_TESTCREDENTIAL_) are exported once, without `_BASE64`, and an empty prefix means the default.
 */
export async function vaultCredentialEnv(
  options: VaultCredentialEnvOptions,
): Promise<Record<string, string>> {
  const { session, log } = options;
  const names = KINDS[options.kind ?? 'credential'];
  const env: Record<string, string> = {};
  await Promise.all(
    groups(options).map(async (group) => {
      if (group.path.trim().length === 0 || group.keys.length === 0) return;
      const own =
        group.prefix === undefined || (!names.base64 && group.prefix === '')
          ? names.defaultPrefix
          : group.prefix;
      const prefixes = [own];
      if (names.base64 && own !== names.defaultPrefix) prefixes.push(names.defaultPrefix);
      const tried: string[] = [];
      for (const path of candidatePaths(group.path, options.paths)) {
        tried.push(path);
        const outcome = await session.readPath(path);
        if (outcome.kind !== 'found') continue;
        const present = group.keys.filter((k) => outcome.data[k] !== undefined);
        if (present.length === 0) continue;
        for (const key of present) {
          const value = outcome.data[key] ?? '';
          log.addSecret(value);
          const encoded = Buffer.from(value, 'utf8').toString('base64');
          if (names.base64) log.addSecret(encoded);
          for (const prefix of prefixes) {
            const name = prefix + convertEnvVar(key);
            env[name] = value;
            if (names.base64) env[`${name}_BASE64`] = encoded;
            log.debug(
              `Vault: exposing ${names.path} key '${key}' as ${name}${names.base64 ? ` and ${name}_BASE64` : ''}`,
            );
          }
        }
        return;
      }
      log.warn(
        `Vault: none of the keys ${group.keys.join(', ')} of ${names.path} '${group.path}' found at ${tried.join(', ') || 'any path (set vaultPath or vaultBasePath + vaultPipelineName)'}.`,
      );
    }),
  );
  return env;
}

/** Both credential sets from resolved parameters (test credentials first, as Piper resolves them). */
export async function credentialEnvFromParams(options: {
  session: Pick<VaultSession, 'readPath'>;
  log: Logger;
  values: Readonly<Record<string, unknown>>;
}): Promise<Record<string, string>> {
  const { values } = options;
  const text = (name: string): string | undefined => {
    const v = values[name];
    return typeof v === 'string' && v !== '' ? v : undefined;
  };
  const paths: VaultPathConfig = {};
  const vaultPath = text('vaultPath');
  const vaultBasePath = text('vaultBasePath');
  const vaultPipelineName = text('vaultPipelineName');
  if (vaultPath !== undefined) paths.vaultPath = vaultPath;
  if (vaultBasePath !== undefined) paths.vaultBasePath = vaultBasePath;
  if (vaultPipelineName !== undefined) paths.vaultPipelineName = vaultPipelineName;
  const env: Record<string, string> = {};
  for (const kind of ['testCredential', 'credential'] as const) {
    const names = KINDS[kind];
    if (values[names.path] === undefined || values[names.path] === null) continue;
    Object.assign(
      env,
      await vaultCredentialEnv({
        session: options.session,
        log: options.log,
        paths,
        kind,
        vaultCredentialPath: values[names.path],
        vaultCredentialKeys: values[names.keys],
        prefix: values[names.prefix],
      }),
    );
  }
  return env;
}
