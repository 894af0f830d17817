// Retry policy of the transport: bounded attempts with jittered exponential backoff, honouring a
// server's Retry-After. Only temporary failures are retried; the caller decides what is temporary.
import { backoffDelay as jitteredBackoff, sleep } from '../../util/retry';

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

export const DEFAULT_RETRY: ResolvedRetryOptions = {
  attempts: 5,
  baseDelayMs: 200,
  maxDelayMs: 10_000,
  maxRetryAfterMs: 60_000,
  sleep,
  random: Math.random,
};

/** Every default in one place: an option left undefined takes its default. */
export function resolveRetryOptions(options: RetryOptions | undefined): ResolvedRetryOptions {
  return {
    attempts: Math.max(1, options?.attempts ?? DEFAULT_RETRY.attempts),
    baseDelayMs: options?.baseDelayMs ?? DEFAULT_RETRY.baseDelayMs,
    maxDelayMs: options?.maxDelayMs ?? DEFAULT_RETRY.maxDelayMs,
    maxRetryAfterMs: options?.maxRetryAfterMs ?? DEFAULT_RETRY.maxRetryAfterMs,
    sleep: options?.sleep ?? DEFAULT_RETRY.sleep,
    random: options?.random ?? DEFAULT_RETRY.random,
  };
}

/**
 * Delay before retry number `retry` (1 for the first retry): "equal jitter" between half and all of
 * base·2^(retry-1), capped; a Retry-After from the server wins when given.
 */
export function backoffDelay(retry: number, options: ResolvedRetryOptions, retryAfterMs?: number): number {
  if (retryAfterMs !== undefined) return Math.min(Math.max(retryAfterMs, 0), options.maxRetryAfterMs);
  return jitteredBackoff(retry, options);
}

/** Retry-After as seconds or an HTTP date; undefined when absent or unparseable. */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}
