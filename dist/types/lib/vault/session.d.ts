import type { Logger } from '../log/index.js';
import { FerryError } from '../util/errors.js';
import { type VaultClient } from './client.js';
import type { VaultLookupAttempt, VaultLookupWithReport, VaultPathConfig, VaultSecretRequest } from './types.js';
/** Piper's lookup roots, in order; a root whose variables are unset (or empty) is skipped. */
export declare const VAULT_ROOT_PATHS: readonly (readonly (keyof VaultPathConfig | 'GROUP-SECRETS')[])[];
/** The paths a secret is looked up at, in Piper's order, without duplicates. */
export declare function candidatePaths(secretName: string, paths: VaultPathConfig): string[];
type PathOutcome = {
    kind: 'found';
    data: Readonly<Record<string, string>>;
} | {
    kind: 'not-found';
} | {
    kind: 'denied';
};
export interface VaultSessionOptions {
    client: VaultClient;
    log: Logger;
    /** Where the private directory for file-valued secrets is made. Default: the OS temp dir. */
    tempRoot?: string;
}
export interface VaultSession extends VaultLookupWithReport {
    readonly client: VaultClient;
    /** Reads one path (cached for the session). A 403 reads as `denied`, so the caller can try the next path. */
    readPath(path: string): Promise<PathOutcome>;
    /** Removes secret files and revokes the login token. Never throws: a failure is a warning. Idempotent. */
    close(): Promise<void>;
}
export type { PathOutcome };
/** The error for a mandatory parameter Vault did not have: lists every path tried and what was there. */
export declare function vaultSecretNotFoundError(request: Pick<VaultSecretRequest, 'param' | 'fields' | 'secretName'>, attempts: readonly VaultLookupAttempt[]): FerryError;
export declare function createVaultSession(options: VaultSessionOptions): VaultSession;
