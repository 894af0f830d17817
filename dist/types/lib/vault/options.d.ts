import type { Logger } from '../log/index.js';
import { type VaultAuth } from './client.js';
import { type RetryOptions, type VaultTransport } from './http.js';
import { type VaultSession } from './session.js';
import type { VaultPathConfig } from './types.js';
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
/** Reads the common Vault parameters from resolved configuration values (types checked). */
export declare function vaultOptionsFromParams(values: Readonly<Record<string, unknown>>): VaultSettings;
/** Credentials the entry point found in its environment. Secrets; never printed. */
export interface VaultCredentials {
    token?: string;
    appRoleId?: string;
    appRoleSecretId?: string;
    /** A JWT given directly (`FERRY_VAULT_JWT`). */
    jwt?: string;
    /** GitHub Actions' OIDC token endpoint, when the job has `permissions: id-token: write`. */
    githubOidc?: {
        requestUrl: string;
        requestToken: string;
    };
}
/**
 * Called by the CLI and action entry points with `process.env`: Piper's variables
 * (`PIPER_vaultToken`, `PIPER_vaultAppRoleID`, `PIPER_vaultAppRoleSecretID`) and ferry's
 * (`FERRY_VAULT_TOKEN`, `FERRY_VAULT_ROLE_ID`, `FERRY_VAULT_SECRET_ID`, `FERRY_VAULT_JWT`), plus
 * GitHub's `ACTIONS_ID_TOKEN_REQUEST_URL`/`_TOKEN`. A ferry name wins over Piper's.
 */
export declare function vaultCredentialsFromEnv(vars: Readonly<Record<string, string | undefined>>): VaultCredentials;
/**
 * Credentials that parameter resolution picked up as parameters (`vaultToken`, `vaultAppRoleID`,
 * `vaultAppRoleSecretID`, set through PIPER_<param>/FERRY_<param> or flags). Never from a file.
 */
export declare function vaultCredentialsFromParams(values: Readonly<Record<string, unknown>>): VaultCredentials;
/** Fetches a GitHub Actions OIDC token (`{"value": "<jwt>"}`) for the given audience. */
export declare function fetchGithubOidcToken(options: {
    requestUrl: string;
    requestToken: string;
    audience?: string;
    log: Logger;
    transport?: VaultTransport;
    /** Aborts the request (a cancelled run). */
    signal?: AbortSignal;
}): Promise<string>;
/** Chooses the login: a token first (as Piper), then AppRole, then JWT when a role is configured. */
export declare function vaultAuthFrom(settings: VaultSettings, creds: VaultCredentials, log: Logger, transport?: VaultTransport): VaultAuth | undefined;
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
export declare function openVault(options: OpenVaultOptions): Promise<VaultSession | undefined>;
/**
 * What an entry point hands the runner: given the resolved common parameters, opens the run's Vault
 * session (or returns undefined). `vars` is the entry point's process environment.
 */
export declare function createVaultOpener(options: {
    vars: Readonly<Record<string, string | undefined>>;
    log: Logger;
    transport?: VaultTransport;
    retry?: RetryOptions;
    tempRoot?: string;
}): (params: Readonly<Record<string, unknown>>, context?: {
    signal?: AbortSignal;
}) => Promise<VaultSession | undefined>;
