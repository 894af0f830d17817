export interface RetryOptions {
    /** Total attempts including the first. Default 5. */
    attempts?: number;
    /** First backoff delay. Default 200 ms. */
    baseDelayMs?: number;
    /** Upper bound of one computed backoff delay. Default 10 s. */
    maxDelayMs?: number;
    /** Upper bound of a delay asked for by Retry-After; a longer ask is capped. Default 60 s. */
    maxRetryAfterMs?: number;
    /** Injected for tests; defaults to setTimeout. */
    sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
    /** Injected for tests; defaults to Math.random. */
    random?: () => number;
}
export type ResolvedRetryOptions = Required<RetryOptions>;
export declare const DEFAULT_RETRY: ResolvedRetryOptions;
/** Every default in one place: an option left undefined takes its default. */
export declare function resolveRetryOptions(options: RetryOptions | undefined): ResolvedRetryOptions;
/**
 * Delay before retry number `retry` (1 for the first retry): "equal jitter" between half and all of
 * base·2^(retry-1), capped; a Retry-After from the server wins when given.
 */
export declare function backoffDelay(retry: number, options: ResolvedRetryOptions, retryAfterMs?: number): number;
/** Retry-After as seconds or an HTTP date; undefined when absent or unparseable. */
export declare function parseRetryAfter(value: string | undefined, now?: number): number | undefined;
