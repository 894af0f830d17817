export * from './types.js';
export { createVaultClient, isVaultError, sanitizeVaultPath, VaultError, type KvMount, type VaultAuth, type VaultClient, type VaultClientOptions, type VaultErrorReason, } from './client.js';
export type { RetryOptions, VaultHttpRequest, VaultHttpResponse, VaultTransport } from './http.js';
export { candidatePaths, createVaultSession, vaultSecretNotFoundError, VAULT_ROOT_PATHS, type PathOutcome, type VaultSession, type VaultSessionOptions, } from './session.js';
export { convertEnvVar, vaultCredentialEnv, credentialEnvFromParams, VAULT_TEST_CREDENTIAL_ENV_PREFIX, VAULT_CREDENTIAL_ENV_PREFIX, type VaultCredentialEnvOptions, } from './credential-env.js';
export { fetchGithubOidcToken, openVault, vaultAuthFrom, vaultCredentialsFromEnv, vaultCredentialsFromParams, vaultOptionsFromParams, createVaultOpener, type OpenVaultOptions, type VaultCredentials, type VaultSettings, } from './options.js';
