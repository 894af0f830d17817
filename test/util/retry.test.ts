// The shared backoff and errno classification: delays grow, stay within their jitter band and cap;
// only temporary connection failures count as temporary.
import { describe, expect, it } from 'vitest';
import { errnoOf, isNotSentErrno, isTemporaryErrno, networkErrorKind } from '../../lib/util/errno';
import { backoffDelay, sleep } from '../../lib/util/retry';

describe('backoffDelay', () => {
  it('doubles from the base, is capped, and keeps within [share, 1] of its ceiling', () => {
    const low = { baseDelayMs: 100, maxDelayMs: 1000, random: () => 0 };
    const high = { baseDelayMs: 100, maxDelayMs: 1000, random: () => 1 };
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, low))).toEqual([50, 100, 200, 400, 500, 500]);
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, high))).toEqual([100, 200, 400, 800, 1000]);
    expect(backoffDelay(3, { ...low, minShare: 0.2 })).toBe(80);
  });
});

describe('sleep', () => {
  it('rejects with the reason when aborted', async () => {
    const controller = new AbortController();
    const waiting = sleep(60_000, controller.signal);
    controller.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
  });
});

describe('errno classification', () => {
  it('finds the code through causes and AggregateError', () => {
    const inner = Object.assign(new Error('refused'), { code: 'ECONNREFUSED' });
    expect(errnoOf(new TypeError('fetch failed', { cause: new AggregateError([inner]) }))).toBe(
      'ECONNREFUSED',
    );
    expect(errnoOf(new Error('plain'))).toBeUndefined();
  });

  it.each([
    ['ECONNRESET', true, false, 'reset'],
    ['ECONNREFUSED', true, true, 'refused'],
    ['UND_ERR_CONNECT_TIMEOUT', true, true, 'timeout'],
    ['ENOTFOUND', false, false, 'dns'],
    ['CERT_HAS_EXPIRED', false, false, 'tls'],
    [undefined, false, false, 'other'],
  ])('%s: temporary %s, never sent %s, kind %s', (errno, temporary, notSent, kind) => {
    expect(isTemporaryErrno(errno)).toBe(temporary);
    expect(isNotSentErrno(errno)).toBe(notSent);
    expect(networkErrorKind(errno)).toBe(kind);
  });
});
