import type { Logger } from '../log/index.js';
import { type VaultSession } from './session.js';
import type { VaultPathConfig } from './types.js';
export declare const VAULT_CREDENTIAL_ENV_PREFIX = "PIPER_VAULTCREDENTIAL_";
/**
 * Piper's `ConvertEnvVar`: upper case, `-` becomes `_`, any other character outside `[A-Za-z0-9_]` is
 * dropped (not replaced): `docker.password-1` → `DOCKERPASSWORD_1`.
 */
export declare function convertEnvVar(key: string): string;
export declare const VAULT_TEST_CREDENTIAL_ENV_PREFIX = "PIPER_TESTCREDENTIAL_";
/** Piper's two credential sets: general-purpose credentials and test credentials. */
export type CredentialKind = 'credential' | 'testCredential';
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
/**
 * Reads each credential group at the first candidate path that holds any of its keys (Piper's rule)
 * and returns the variables to add to the step's environment. General credentials are also exported
 * `_BASE64`, and under the default prefix when a custom one is set, as Piper does; test credentials
 * (PIPER_TESTCREDENTIAL_) are exported once, without `_BASE64`, and an empty prefix means the default.
 */
export declare function vaultCredentialEnv(options: VaultCredentialEnvOptions): Promise<Record<string, string>>;
/** Both credential sets from resolved parameters (test credentials first, as Piper resolves them). */
export declare function credentialEnvFromParams(options: {
    session: Pick<VaultSession, 'readPath'>;
    log: Logger;
    values: Readonly<Record<string, unknown>>;
}): Promise<Record<string, string>>;
