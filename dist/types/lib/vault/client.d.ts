import { FerryError } from '../util/errors.js';
import type { Logger } from '../log/index.js';
import { type RetryOptions, type VaultTransport } from './http.js';
/** How to obtain a token. A JWT may be given as a string or fetched on demand (GitHub Actions OIDC). */
export type VaultAuth = {
    method: 'token';
    token: string;
} | {
    method: 'approle';
    roleId: string;
    secretId: string; /** Default `approle`. */
    mount?: string;
} | {
    method: 'jwt';
    role: string;
    /** A function is called at login with the client's abort signal (a cancelled run stops it). */
    jwt: string | ((signal?: AbortSignal) => Promise<string>);
    /** Default `jwt`. */
    mount?: string;
};
export interface VaultClientOptions {
    /** `https://vault.example.com:8200`; a path prefix (behind a proxy) is kept. */
    serverUrl: string;
    /** Vault Enterprise namespace, sent as `X-Vault-Namespace` on every request, logins included. */
    namespace?: string;
    /** PEM bundle to trust (ignored when `transport` is given). */
    caFile?: string;
    auth: VaultAuth;
    log: Logger;
    /** Replaces the HTTP layer (tests, proxies). */
    transport?: VaultTransport;
    retry?: RetryOptions;
    /**
     * When the preflight endpoint `sys/internal/ui/mounts/<path>` is missing (Vault < 0.10) or refuses,
     * ask `sys/mounts` instead (needs read on `sys/mounts`). Default true.
     */
    sysMountsFallback?: boolean;
    /**
     * Aborts logins and reads (a cancelled run). Revocation does not take it: a cancelled run still
     * revokes its token, within REVOKE_TIMEOUT_MS.
     */
    signal?: AbortSignal;
}
export interface KvMount {
    /** The mount path with its trailing slash, e.g. `secret/`. */
    mount: string;
    version: 1 | 2;
}
export interface VaultClient {
    readonly serverUrl: string;
    /** Logs in once; later calls return the same promise (and the same failure). */
    login(): Promise<void>;
    /** Reads a KV secret at `<mount>/<path>`. `undefined` when there is none. Every value is masked first. */
    read(path: string): Promise<Record<string, string> | undefined>;
    /** The KV mount holding `path` and its version; `undefined` when no mount holds it. Cached per mount. */
    kvMount(path: string): Promise<KvMount | undefined>;
    /** Revokes the token this client obtained by login; a token the caller supplied is left alone. */
    revoke(): Promise<void>;
    /** True when the token came from a login made here (and so is ours to revoke). */
    readonly ownsToken: boolean;
    /** Releases connections. Does not revoke. */
    close(): Promise<void>;
}
export type VaultErrorReason = 'unreachable' | 'login-refused' | 'denied' | 'server' | 'protocol' | 'closed';
/** A Vault failure; `reason` says which, so callers branch on it and never on the message. */
export declare class VaultError extends FerryError {
    readonly reason: VaultErrorReason;
    readonly status: number | undefined;
    constructor(message: string, options: {
        reason: VaultErrorReason;
        status?: number;
        cause?: unknown;
    });
}
export declare function isVaultError(error: unknown, reason?: VaultErrorReason): error is VaultError;
/** Piper's path clean-up: trimmed, no leading/trailing or doubled slashes. */
export declare function sanitizeVaultPath(path: string): string;
export declare function createVaultClient(options: VaultClientOptions): VaultClient;
