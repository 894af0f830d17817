export interface BackoffOptions {
    /** Ceiling of the first delay; it doubles with every retry. */
    baseDelayMs: number;
    /** Upper bound of any one delay. */
    maxDelayMs: number;
    /**
     * Lowest share of the ceiling a delay takes: 0.5 (default) is "equal jitter", between half and all of
     * it; a smaller share spreads concurrent clients wider.
     */
    minShare?: number;
    /** Injected for tests; defaults to Math.random. */
    random?: () => number;
}
/** Delay before retry number `retry` (1 for the first retry): jittered within min(max, base·2^(retry-1)). */
export declare function backoffDelay(retry: number, options: BackoffOptions): number;
/** Waits `ms`; rejects with the signal's reason when it aborts first. */
export declare function sleep(ms: number, signal?: AbortSignal): Promise<void>;
