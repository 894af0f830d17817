export type VaultHttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';
export interface VaultHttpRequest {
    method: VaultHttpMethod;
    url: string;
    headers: Readonly<Record<string, string>>;
    body?: string;
    /** Aborts the request (and the waits between retries). */
    signal?: AbortSignal;
}
export interface VaultHttpResponse {
    status: number;
    body: string;
}
/** Sends one request. Rejects only when no response arrived (connection refused, reset, timeout). */
export type VaultTransport = (req: VaultHttpRequest) => Promise<VaultHttpResponse>;
export interface RetryOptions {
    /** Total tries, the first included. Default 3. */
    attempts?: number;
    /** First backoff; doubled per try, with jitter. Default 200 ms. */
    baseDelayMs?: number;
}
export interface TransportOptions {
    /** PEM bundle of CAs to trust for an https Vault with a private CA. */
    caFile?: string;
    /** Per-request timeout for headers and body. Default 30 s. */
    timeoutMs?: number;
    /** Largest response body read (limited while it streams). Default 4 MiB. */
    maxResponseBytes?: number;
}
/** Vault answers are small JSON documents (a secret, a token); 4 MiB is far above any real one. */
export declare const DEFAULT_MAX_VAULT_RESPONSE_BYTES: number;
/** The default transport: undici with keep-alive, and the CA bundle when given. */
export declare function createDefaultTransport(options?: TransportOptions): Promise<{
    transport: VaultTransport;
    close(): Promise<void>;
}>;
/**
 * Wraps a transport with retries. Reads and revocation are idempotent and retried on any temporary
 * failure; a login (`idempotent: false`) only when the request never left this machine, so a
 * single-use AppRole secret_id is not spent twice.
 */
export declare function sendWithRetry(transport: VaultTransport, req: VaultHttpRequest, options: {
    idempotent: boolean;
    retry?: RetryOptions;
}): Promise<VaultHttpResponse>;
