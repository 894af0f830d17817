import { Readable, type Writable } from 'node:stream';
import type { Logger } from '../../log/index.js';
import { FerryError } from '../../util/errors.js';
import { hostnameOf, isLoopbackHost } from '../../util/url.js';
import { type RawGetResult } from './raw-get.js';
import { type RetryOptions } from './retry.js';
export type HttpMethod = 'GET' | 'HEAD' | 'PUT' | 'POST' | 'PATCH' | 'DELETE';
/**
 * Writes a request body into the request itself (with backpressure) instead of piping a stream: the
 * cheapest way to stream a blob. Resolves with the bytes written; the transport ends the request, or
 * fails it when that is not the declared Content-Length. `destroy` stops it when the request fails.
 */
export interface BodyWriter {
    writeTo(request: Writable): Promise<number>;
    destroy(error?: Error): void;
    /**
     * True while the writer waits for its own source (a blob streamed from another registry), not for the
     * server to take what was written: a pause then is the source's, and the source's own limit ends it.
     */
    waitingOnSource?(): boolean;
}
/**
 * A request body: bytes, text, or a function that opens a fresh stream or writer (called again on
 * every retry).
 */
export type RequestBody = Uint8Array | string | (() => Promise<Readable | BodyWriter>);
export interface HttpRequest {
    method: HttpMethod;
    url: string;
    headers?: Record<string, string>;
    body?: RequestBody;
    /** Retry temporary failures here (default true). False when the caller retries a larger unit itself. */
    retry?: boolean;
    /** Follow redirects (default true); Authorization is dropped when a redirect leaves the origin. */
    followRedirects?: boolean;
    /** Read the whole body inside the retry loop, so a reset mid-body is retried too (small bodies only). */
    buffer?: boolean;
    /** Upper bound of a buffered body (default 4 MiB); a longer one fails as it streams, naming the host. */
    maxBytes?: number;
    signal?: AbortSignal;
}
export interface TransportOptions {
    /** PEM file of extra CA certificates, trusted in addition to the system roots. */
    caFile?: string;
    /** PEM text of extra CA certificates (same as caFile, for library callers). */
    ca?: string;
    /** `host[:port]` allowed over plain HTTP and with unverified TLS (as skopeo's --tls-verify=false). */
    insecureRegistries?: readonly string[];
    retry?: RetryOptions;
    /** Time to wait for response headers. Default 60 s. */
    headersTimeoutMs?: number;
    /** Longest pause between body chunks. Default 120 s. */
    bodyTimeoutMs?: number;
    /** Connection set-up time limit. Default 15 s. */
    connectTimeoutMs?: number;
    /** Parallel connections per origin. Default 16. */
    connections?: number;
    userAgent?: string;
    log?: Logger;
    /** Aborts every request of this transport (a cancelled run), in addition to each request's own signal. */
    signal?: AbortSignal;
}
/** Largest buffered body by default (the distribution spec's manifest limit). */
export declare const DEFAULT_MAX_BODY_BYTES: number;
/**
 * A response body over its limit, or longer than the length the server declared: the server at fault
 * is named (its origin), never the query of the URL.
 */
export declare class ResponseSizeError extends FerryError {
    readonly url: string;
    /** What was wrong, in a few words ("it sent more than the limit of 4194304 bytes"). */
    readonly why: string;
    constructor(url: string, 
    /** What was wrong, in a few words ("it sent more than the limit of 4194304 bytes"). */
    why: string);
}
/**
 * Reads a stream whole, failing as soon as it passes `limit` bytes (the stream is destroyed, so an
 * endless body stops there) or passes the Content-Length the server declared.
 */
export declare function readBounded(stream: Readable, options: {
    limit: number;
    url: string;
    declaredLength?: number | undefined;
}): Promise<Buffer>;
/** The Content-Length a response declares, when it is a plain number. */
export declare function declaredLengthOf(headers: ResponseHeaders): number | undefined;
/** Response headers with case-insensitive lookup. */
export declare class ResponseHeaders {
    private readonly map;
    constructor(raw: Record<string, string | string[] | undefined>);
    get(name: string): string | undefined;
    getAll(name: string): string[];
}
/** A response. The body is streamed unless the request asked for `buffer`. */
export declare class HttpResponse {
    readonly status: number;
    readonly headers: ResponseHeaders;
    /** The final URL after redirects (keep it out of messages; use redactUrl). */
    readonly url: string;
    private readonly stream;
    private buffered;
    constructor(status: number, headers: ResponseHeaders, 
    /** The final URL after redirects (keep it out of messages; use redactUrl). */
    url: string, stream: Readable);
    /** The body as a stream (once). */
    get body(): Readable;
    /** The whole body, read with a byte limit while it streams (default 4 MiB). */
    bytes(limit?: number): Promise<Buffer>;
    text(limit?: number): Promise<string>;
    /**
     * At most `limit` bytes of the body as text (an error body, for a message); the rest is not read
     * and the connection is dropped, so a huge or endless body costs nothing.
     */
    head(limit: number): Promise<string>;
    /** Reads and discards a small body so the connection goes back to the pool; drops a large one. */
    dump(): Promise<void>;
}
export { hostnameOf, isLoopbackHost };
/**
 * The one refusal of plain HTTP to a registry that is neither loopback nor marked insecure: an
 * `http://` URL alone does not send credentials (or images) in clear text across a network.
 */
export declare function plainHttpRefused(registry: string): FerryError;
/** Throws plainHttpRefused unless `registry` is loopback or listed in `insecureRegistries`. */
export declare function assertPlainHttpAllowed(registry: string, insecureRegistries: readonly string[]): void;
/** The API host of a registry: Docker Hub's canonical name maps to registry-1.docker.io. */
export declare function apiHost(registry: string): string;
/** Wraps a connection-level failure; FerryErrors (e.g. a digest check on the request body) pass through. */
export declare function toNetworkError(error: unknown, method: string, url: string): FerryError;
export declare class Transport {
    private readonly options;
    private readonly agents;
    private readonly schemes;
    private readonly redirecting;
    private readonly insecure;
    private readonly extraCa;
    private readonly retry;
    private readonly log;
    private httpsModule;
    private tlsContext;
    constructor(options?: TransportOptions);
    /** True when the user marked `host` insecure (plain HTTP allowed, TLS not verified). */
    isInsecure(host: string): boolean;
    /**
     * `http://host` when plain HTTP is tried first for this registry (loopback and insecure hosts, no
     * scheme forced), else undefined: where a request may go before the scheme probe has answered.
     */
    plainFirstBase(registry: string, secure?: boolean): string | undefined;
    /**
     * `https://host` or `http://host` for a registry. Plain HTTP only for loopback and insecure hosts.
     * There, plain HTTP is tried first (a TLS server refuses it at once, or answers 400) and HTTPS is
     * used when it does not answer as a registry; the answer is kept per host. `secure` forces a scheme.
     */
    baseUrl(registry: string, secure?: boolean): Promise<string>;
    /**
     * `GET /v2/` of a registry (its body read and dropped), after choosing its scheme as baseUrl does.
     * Where plain HTTP is tried first, that try is the ping, so a loopback registry costs one round trip.
     */
    ping(registry: string, secure?: boolean): Promise<{
        base: string;
        response: HttpResponse;
    }>;
    private probe;
    /**
     * The system roots and the extra CA certificates, parsed once for the transport. Handing the agent
     * the certificates themselves (`ca`) made Node parse all of them again for every connection and
     * join them into the pool key of every request: ~0.4 s of CPU in a copy of 4 blobs over TLS.
     */
    private secureContext;
    private agentFor;
    /**
     * Sends a request, retrying temporary failures (408, 429, 5xx, resets, timeouts) with jittered
     * backoff and Retry-After. Non-2xx responses are returned, not thrown: the caller knows what they mean.
     * Throws NetworkError when the connection fails for good.
     */
    request(original: HttpRequest): Promise<HttpResponse>;
    private followRedirects;
    private once;
    /**
     * A GET on a connection of its own, for a blob body from a plain-HTTP origin (loopback or marked
     * insecure): its body is a feed read into one reused buffer (see raw-get.ts). Anything but a plain
     * 200/206 with Content-Length is `unusual` and is to be sent again with `request`, as is a failure
     * before the answer; no retries or redirects here. Same rules for credentials as `request`.
     */
    fastGet(url: string, headers: Record<string, string>): Promise<RawGetResult>;
    /** True when the transport's own signal was aborted (a cancelled run). */
    get aborted(): boolean;
    /** True when `base` answered a blob GET with a redirect: its blobs go through `request` only. */
    redirectsBlobs(base: string): boolean;
    markRedirectsBlobs(base: string): void;
    /** Closes every pooled connection. */
    close(): Promise<void>;
}
export declare function createTransport(options?: TransportOptions): Transport;
