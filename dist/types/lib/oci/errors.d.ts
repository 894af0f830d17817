import { type NetworkErrorKind } from '../util/errno.js';
import { FerryError } from '../util/errors.js';
export type { NetworkErrorKind } from '../util/errno.js';
export { redactUrl } from '../util/url.js';
/** 408, 429 and 5xx are worth retrying; everything else says something about the request. */
export declare function isTemporaryStatus(status: number): boolean;
export interface OciErrorEntry {
    code: string;
    message?: string;
    detail?: unknown;
}
/** Parses `{errors:[{code,message,detail}]}`; returns [] for anything else. */
export declare function parseOciErrors(body: string): OciErrorEntry[];
export interface RegistryErrorOptions {
    method: string;
    /** Any URL; it is redacted before it is kept. */
    url: string;
    status: number;
    /** Response body text (OCI error JSON or anything else). */
    body?: string;
    /** What the caller was doing, e.g. `push blob sha256:… to r.io/app`. */
    action?: string;
    /** Overrides the fix hint chosen from the status. */
    hint?: string;
    /** The server's Retry-After, in milliseconds, for a caller that retries a larger unit itself. */
    retryAfterMs?: number;
    cause?: unknown;
}
/** An HTTP-level failure from a registry, with the OCI error codes it sent. */
export declare class RegistryError extends FerryError {
    readonly method: string;
    readonly status: number;
    /** OCI error codes from the body, e.g. ['MANIFEST_UNKNOWN']. */
    readonly codes: readonly string[];
    readonly errors: readonly OciErrorEntry[];
    /** The request URL with credentials and token query values removed. */
    readonly url: string;
    /** True when retrying could help: 408, 429, 5xx. */
    readonly temporary: boolean;
    /** The server's Retry-After in milliseconds, when it sent one. */
    readonly retryAfterMs: number | undefined;
    constructor(options: RegistryErrorOptions);
}
/** A connection-level failure (reset, refused, timeout, TLS, DNS): temporary unless it is TLS or DNS. */
export declare class NetworkError extends FerryError {
    readonly method: string;
    readonly url: string;
    readonly temporary: boolean;
    /** The system error code, e.g. ECONNRESET, UND_ERR_SOCKET, CERT_HAS_EXPIRED. */
    readonly errno: string | undefined;
    /** What kind of failure, from the errno; front ends map it to their own flags (a CA bundle for 'tls'). */
    readonly kind: NetworkErrorKind;
    constructor(options: {
        method: string;
        url: string;
        cause: unknown;
        temporary: boolean;
        errno?: string;
        hint?: string;
    });
}
/** The NetworkError behind an error (itself or a cause), so a front end can add its own hint. */
export declare function findNetworkError(error: unknown): NetworkError | undefined;
/** True for errors worth retrying: temporary registry statuses and connection failures. */
export declare function isTemporaryError(error: unknown): boolean;
