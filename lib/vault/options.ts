// From configuration and the entry point's environment to one Vault session per run: the common Vault
// parameters (Piper's names), the credentials (token, AppRole, JWT/OIDC), and `openVault`.
import type { Logger } from '../log';
import { ConfigError } from '../util/errors';
import { displayServerUrl } from '../util/url';
import { createVaultClient, type VaultAuth } from './client';
import { createDefaultTransport, type RetryOptions, type VaultTransport } from './http';
import { createVaultSession, type VaultSession } from './session';
import type { VaultPathConfig } from './types';

/** Vault settings read from resolved parameters. */
export interface VaultSettings {
  serverUrl?: string;
  namespace?: string;
  skip: boolean;
  disableOverwrite: boolean;
  paths: VaultPathConfig;
  jwtRole?: string;
  jwtMount: string;
  jwtAudience?: string;
  appRoleMount: string;
  caFile?: string;
}

function optString(values: Readonly<Record<string, unknown>>, name: string): string | undefined {
  const v = values[name];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string')
    throw new ConfigError(
      `${name}: expected a string, got ${Array.isArray(v) ? 'a list' : typeof v}. Set it to a string.`,
    );
  const trimmed = v.trim();
  return trimmed.length === 0 ? undefined : trimmed;
}

function optBoolean(values: Readonly<Record<string, unknown>>, name: string): boolean {
  const v = values[name];
  if (v === undefined || v === null) return false;
  if (typeof v === 'boolean') return v;
  if (v === 'true' || v === 'false') return v === 'true';
  throw new ConfigError(`${name}: expected true or false, got ${typeof v}. Set it to a boolean.`);
}

/** Reads the common Vault parameters from resolved configuration values (types checked). */
export function vaultOptionsFromParams(values: Readonly<Record<string, unknown>>): VaultSettings {
  const paths: VaultPathConfig = {};
  const vaultPath = optString(values, 'vaultPath');
  const vaultBasePath = optString(values, 'vaultBasePath');
  const vaultPipelineName = optString(values, 'vaultPipelineName');
  if (vaultPath !== undefined) paths.vaultPath = vaultPath;
  if (vaultBasePath !== undefined) paths.vaultBasePath = vaultBasePath;
  if (vaultPipelineName !== undefined) paths.vaultPipelineName = vaultPipelineName;
  const settings: VaultSettings = {
    skip: optBoolean(values, 'skipVault'),
    disableOverwrite: optBoolean(values, 'vaultDisableOverwrite'),
    paths,
    // lib/config's COMMON_PARAMS spell these with `…MountPath`; the shorter names are accepted too.
    jwtMount: optString(values, 'vaultJwtMountPath') ?? optString(values, 'vaultJwtMount') ?? 'jwt',
    appRoleMount:
      optString(values, 'vaultAppRoleMountPath') ?? optString(values, 'vaultAppRoleMount') ?? 'approle',
  };
  const set = <K extends keyof VaultSettings>(key: K, value: VaultSettings[K] | undefined): void => {
    if (value !== undefined) settings[key] = value;
  };
  set('serverUrl', optString(values, 'vaultServerUrl'));
  set('namespace', optString(values, 'vaultNamespace'));
  set('jwtRole', optString(values, 'vaultJwtRole'));
  set('jwtAudience', optString(values, 'vaultJwtAudience'));
  set('caFile', optString(values, 'vaultCaFile'));
  if (settings.serverUrl !== undefined && !/^https?:\/\/[^/]/i.test(settings.serverUrl)) {
    throw new ConfigError(
      `vaultServerUrl: '${displayServerUrl(settings.serverUrl)}' is not an http(s) URL. Use e.g. https://vault.example.com:8200.`,
    );
  }
  return settings;
}

/** Credentials the entry point found in its environment. Secrets; never printed. */
export interface VaultCredentials {
  token?: string;
  appRoleId?: string;
  appRoleSecretId?: string;
  /** A JWT given directly (`FERRY_VAULT_JWT`). */
  jwt?: string;
  /** GitHub Actions' OIDC token endpoint, when the job has `permissions: id-token: write`. */
  githubOidc?: { requestUrl: string; requestToken: string };
}

/**
 * Called by the CLI and action entry points with `process.env`: Piper's variables
 * (`PIPER_vaultToken`, `PIPER_vaultAppRoleID`, `PIPER_vaultAppRoleSecretID`) and ferry's
 * (`FERRY_VAULT_TOKEN`, `FERRY_VAULT_ROLE_ID`, `FERRY_VAULT_SECRET_ID`, `FERRY_VAULT_JWT`), plus
 * GitHub's `ACTIONS_ID_TOKEN_REQUEST_URL`/`_TOKEN`. A ferry name wins over Piper's.
 */
export function vaultCredentialsFromEnv(
  vars: Readonly<Record<string, string | undefined>>,
): VaultCredentials {
  const get = (...names: string[]): string | undefined => {
    for (const n of names) {
      const v = vars[n]?.trim();
      if (v) return v;
    }
    return undefined;
  };
  const creds: VaultCredentials = {};
  const token = get('FERRY_VAULT_TOKEN', 'PIPER_vaultToken');
  const roleId = get('FERRY_VAULT_ROLE_ID', 'PIPER_vaultAppRoleID');
  const secretId = get('FERRY_VAULT_SECRET_ID', 'PIPER_vaultAppRoleSecretID');
  const jwt = get('FERRY_VAULT_JWT');
  const requestUrl = get('ACTIONS_ID_TOKEN_REQUEST_URL');
  const requestToken = get('ACTIONS_ID_TOKEN_REQUEST_TOKEN');
  if (token) creds.token = token;
  if (roleId) creds.appRoleId = roleId;
  if (secretId) creds.appRoleSecretId = secretId;
  if (jwt) creds.jwt = jwt;
  if (requestUrl && requestToken) creds.githubOidc = { requestUrl, requestToken };
  return creds;
}

/**
 * Credentials that parameter resolution picked up as parameters (`vaultToken`, `vaultAppRoleID`,
 * `vaultAppRoleSecretID`, set through PIPER_<param>/FERRY_<param> or flags). Never from a file.
 */
export function vaultCredentialsFromParams(values: Readonly<Record<string, unknown>>): VaultCredentials {
  const creds: VaultCredentials = {};
  const token = optString(values, 'vaultToken');
  const roleId = optString(values, 'vaultAppRoleID');
  const secretId = optString(values, 'vaultAppRoleSecretID');
  if (token) creds.token = token;
  if (roleId) creds.appRoleId = roleId;
  if (secretId) creds.appRoleSecretId = secretId;
  return creds;
}

/** Fetches a GitHub Actions OIDC token (`{"value": "<jwt>"}`) for the given audience. */
export async function fetchGithubOidcToken(options: {
  requestUrl: string;
  requestToken: string;
  audience?: string;
  log: Logger;
  transport?: VaultTransport;
  /** Aborts the request (a cancelled run). */
  signal?: AbortSignal;
}): Promise<string> {
  options.log.addSecret(options.requestToken);
  const url = new URL(options.requestUrl);
  if (options.audience) url.searchParams.set('audience', options.audience);
  const { transport, close } = options.transport
    ? { transport: options.transport, close: () => Promise.resolve() }
    : await createDefaultTransport();
  try {
    const res = await transport({
      method: 'GET',
      url: url.toString(),
      headers: { Authorization: `bearer ${options.requestToken}`, Accept: 'application/json' },
      ...(options.signal ? { signal: options.signal } : {}),
    });
    let value: unknown;
    try {
      const parsed: unknown = JSON.parse(res.body);
      value = typeof parsed === 'object' && parsed !== null && 'value' in parsed ? parsed.value : undefined;
    } catch {
      value = undefined;
    }
    if (res.status !== 200 || typeof value !== 'string' || value.length === 0) {
      throw new Error(`the GitHub OIDC token endpoint answered HTTP ${res.status} without a token`);
    }
    options.log.addSecret(value);
    return value;
  } finally {
    await close();
  }
}

/** Chooses the login: a token first (as Piper), then AppRole, then JWT when a role is configured. */
export function vaultAuthFrom(
  settings: VaultSettings,
  creds: VaultCredentials,
  log: Logger,
  transport?: VaultTransport,
): VaultAuth | undefined {
  if (creds.token) return { method: 'token', token: creds.token };
  if (creds.appRoleId && creds.appRoleSecretId) {
    return {
      method: 'approle',
      roleId: creds.appRoleId,
      secretId: creds.appRoleSecretId,
      mount: settings.appRoleMount,
    };
  }
  if (settings.jwtRole) {
    if (creds.jwt) return { method: 'jwt', role: settings.jwtRole, jwt: creds.jwt, mount: settings.jwtMount };
    const oidc = creds.githubOidc;
    if (oidc) {
      return {
        method: 'jwt',
        role: settings.jwtRole,
        mount: settings.jwtMount,
        jwt: (signal) =>
          fetchGithubOidcToken({
            ...oidc,
            log,
            ...(signal ? { signal } : {}),
            ...(settings.jwtAudience ? { audience: settings.jwtAudience } : {}),
            ...(transport ? { transport } : {}),
          }),
      };
    }
  }
  return undefined;
}

export interface OpenVaultOptions {
  settings: VaultSettings;
  credentials: VaultCredentials;
  log: Logger;
  transport?: VaultTransport;
  retry?: RetryOptions;
  /** Parent directory for file-valued secrets. Default: the OS temp dir. */
  tempRoot?: string;
  /** Aborts the login and reads (a cancelled run); the token is still revoked at close. */
  signal?: AbortSignal;
}

/**
 * Logs in once for the whole run and returns the session (close it in a `finally`), or `undefined`
 * when Vault is not configured (no vaultServerUrl), skipped (skipVault), or no credentials were given.
 */
export async function openVault(options: OpenVaultOptions): Promise<VaultSession | undefined> {
  const { settings, log } = options;
  if (!settings.serverUrl) {
    log.debug('Vault: not configured (no vaultServerUrl)');
    return undefined;
  }
  if (settings.skip) {
    log.info('Vault: skipped (skipVault: true)');
    return undefined;
  }
  const auth = vaultAuthFrom(settings, options.credentials, log, options.transport);
  if (!auth) {
    log.warn(
      settings.jwtRole
        ? `Vault: vaultJwtRole is set but there is no JWT: nothing is read from Vault. In GitHub Actions, give the job 'permissions: id-token: write'; elsewhere set FERRY_VAULT_JWT.`
        : `Vault: vaultServerUrl is set but no credentials were given, so nothing is read from Vault. Set PIPER_vaultToken (or FERRY_VAULT_TOKEN), PIPER_vaultAppRoleID + PIPER_vaultAppRoleSecretID, or vaultJwtRole with GitHub Actions 'permissions: id-token: write'.`,
    );
    return undefined;
  }
  const client = createVaultClient({
    serverUrl: settings.serverUrl,
    auth,
    log,
    ...(settings.namespace ? { namespace: settings.namespace } : {}),
    ...(settings.caFile ? { caFile: settings.caFile } : {}),
    ...(options.transport ? { transport: options.transport } : {}),
    ...(options.retry ? { retry: options.retry } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  try {
    await client.login();
  } catch (error) {
    await client.close().catch(() => undefined);
    throw error;
  }
  return createVaultSession({ client, log, ...(options.tempRoot ? { tempRoot: options.tempRoot } : {}) });
}

/**
 * What an entry point hands the runner: given the resolved common parameters, opens the run's Vault
 * session (or returns undefined). `vars` is the entry point's process environment.
 */
export function createVaultOpener(options: {
  vars: Readonly<Record<string, string | undefined>>;
  log: Logger;
  transport?: VaultTransport;
  retry?: RetryOptions;
  tempRoot?: string;
}): (
  params: Readonly<Record<string, unknown>>,
  context?: { signal?: AbortSignal },
) => Promise<VaultSession | undefined> {
  return (params, context) =>
    openVault({
      settings: vaultOptionsFromParams(params),
      credentials: { ...vaultCredentialsFromParams(params), ...vaultCredentialsFromEnv(options.vars) },
      log: options.log,
      ...(options.transport ? { transport: options.transport } : {}),
      ...(options.retry ? { retry: options.retry } : {}),
      ...(options.tempRoot ? { tempRoot: options.tempRoot } : {}),
      ...(context?.signal ? { signal: context.signal } : {}),
    });
}
