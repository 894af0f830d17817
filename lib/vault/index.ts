// Vault for ferry, the way Piper reads it. Public API:
//   openVault({ settings, credentials, log }) → VaultSession | undefined   one login per run; close() in finally
//   vaultOptionsFromParams(values) → VaultSettings      Piper's vault* parameters, type-checked
//   vaultCredentialsFromEnv(process.env) → VaultCredentials   entry points only (token, AppRole, JWT/OIDC)
//   createVaultOpener({ vars, log }) → (params) => Promise<VaultSession | undefined>   for the runner
//   vaultCredentialsFromParams(values)                  vaultToken / vaultAppRoleID / vaultAppRoleSecretID
//   createVaultClient({ serverUrl, namespace?, caFile?, auth, log, transport? })  login, read, revoke
//   createVaultSession({ client, log }) → VaultSession  lookup(requests, paths), triedPaths(param), close()
//   candidatePaths(secretName, paths)                   Piper's lookup order
//   vaultSecretNotFoundError(request, attempts)         the error for a mandatory parameter Vault lacks
//   vaultCredentialEnv({ session, log, paths, vaultCredentialPath, vaultCredentialKeys, prefix? })
//   convertEnvVar(key)                                  Piper's KEY → env var name rule
export * from './types';
export {
  createVaultClient,
  isVaultError,
  sanitizeVaultPath,
  VaultError,
  type KvMount,
  type VaultAuth,
  type VaultClient,
  type VaultClientOptions,
  type VaultErrorReason,
} from './client';
export type { RetryOptions, VaultHttpRequest, VaultHttpResponse, VaultTransport } from './http';
export {
  candidatePaths,
  createVaultSession,
  vaultSecretNotFoundError,
  VAULT_ROOT_PATHS,
  type PathOutcome,
  type VaultSession,
  type VaultSessionOptions,
} from './session';
export {
  convertEnvVar,
  vaultCredentialEnv,
  credentialEnvFromParams,
  VAULT_TEST_CREDENTIAL_ENV_PREFIX,
  VAULT_CREDENTIAL_ENV_PREFIX,
  type VaultCredentialEnvOptions,
} from './credential-env';
export {
  fetchGithubOidcToken,
  openVault,
  vaultAuthFrom,
  vaultCredentialsFromEnv,
  vaultCredentialsFromParams,
  vaultOptionsFromParams,
  createVaultOpener,
  type OpenVaultOptions,
  type VaultCredentials,
  type VaultSettings,
} from './options';
