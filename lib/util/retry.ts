// The one backoff of ferry's retry loops (registry transport, Vault, git push): jittered exponential
// delays with a ceiling, and an abortable sleep. What is worth retrying is each caller's decision.

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
export function backoffDelay(retry: number, options: BackoffOptions): number {
  const share = options.minShare ?? 0.5;
  const random = options.random ?? Math.random;
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.round(ceiling * share + random() * ceiling * (1 - share));
}

/** Waits `ms`; rejects with the signal's reason when it aborts first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
