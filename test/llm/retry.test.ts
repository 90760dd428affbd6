import { describe, expect, it, vi } from 'vitest';
import { BadOutputError, connectionFailure, statusFailure, type AttemptFailure } from '../../src/llm/failure.js';
import {
  DEFAULT_RETRY_POLICY,
  LlmError,
  parseRetryAfter,
  retryDelayMs,
  sleep,
  withRetry,
  type RetryRun,
} from '../../src/llm/retry.js';
import { recordingSleep } from './helpers.js';

const retryable = (extra: Partial<AttemptFailure> = {}): AttemptFailure => ({
  kind: 'server',
  retryable: true,
  detail: 'HTTP 500',
  cause: undefined,
  ...extra,
});

function run(overrides: Partial<RetryRun> = {}): RetryRun & { delays: number[] } {
  const { sleep: recorded, delays } = recordingSleep();
  return {
    classify: (e) => (e instanceof BadOutputError ? retryable({ kind: 'bad_response', detail: e.message }) : { ...retryable(), retryable: false }),
    fail: (f, n) => new LlmError(`${f.kind} after ${n}`, { kind: f.kind, provider: 'ollama', endpoint: 'x', attempts: n }),
    sleep: recorded,
    random: () => 0,
    delays,
    ...overrides,
  };
}

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-22T10:00:00Z');
  it.each([
    [{ 'retry-after': '2' }, 2000],
    [{ 'retry-after': '0' }, 0],
    [{ 'retry-after': '1.5' }, 1500],
    [{ 'retry-after-ms': '250' }, 250],
    [{ 'retry-after-ms': '250', 'retry-after': '7' }, 250],
    [{ 'retry-after-ms': 'soon', 'retry-after': '7' }, 7000],
    [{ 'retry-after': 'Sun, 22 Nov 2026 10:00:30 GMT' }, 30_000],
    [{ 'retry-after': 'Sun, 22 Nov 2026 09:00:00 GMT' }, 0],
    [{ 'retry-after': 'whenever' }, undefined],
    [{ 'retry-after': '-5' }, undefined],
    [{}, undefined],
  ])('%j → %s', (headers, expected) => {
    expect(parseRetryAfter(new Headers(headers), now)).toBe(expected);
  });

  it('no headers → undefined', () => {
    expect(parseRetryAfter(undefined)).toBeUndefined();
  });
});

describe('retryDelayMs', () => {
  const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 100, maxDelayMs: 1_000, jitter: 0.5 };

  it('doubles per attempt, up to the cap', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => retryDelayMs(retryable(), n, policy, () => 0))).toEqual([100, 200, 400, 800, 1000, 1000]);
  });

  it('jitter takes up to `jitter` of the delay off', () => {
    expect(retryDelayMs(retryable(), 3, policy, () => 0.999)).toBe(200);
    expect(retryDelayMs(retryable(), 3, policy, () => 0.5)).toBe(300);
  });

  it("uses the server's Retry-After without jitter, capped", () => {
    expect(retryDelayMs(retryable({ retryAfterMs: 700 }), 1, policy, () => 0.9)).toBe(700);
    expect(retryDelayMs(retryable({ retryAfterMs: 3_600_000 }), 1, policy)).toBe(1_000);
    expect(retryDelayMs(retryable({ retryAfterMs: 0 }), 1, policy)).toBe(0);
  });
});

describe('withRetry', () => {
  it('returns the value and the attempt count', async () => {
    const attempt = vi.fn().mockRejectedValueOnce(new BadOutputError('truncated')).mockResolvedValueOnce('ok');
    const options = run();
    await expect(withRetry(attempt, options)).resolves.toEqual({ value: 'ok', attempts: 2 });
    expect(attempt.mock.calls.map((c) => c[0])).toEqual([1, 2]);
    expect(options.delays).toEqual([1000]);
  });

  it('stops at maxAttempts and throws what `fail` builds', async () => {
    const attempt = vi.fn().mockRejectedValue(new BadOutputError('truncated'));
    await expect(withRetry(attempt, run({ maxAttempts: 4 }))).rejects.toThrow('bad_response after 4');
    expect(attempt).toHaveBeenCalledTimes(4);
  });

  it('does not retry a non-retryable failure', async () => {
    const attempt = vi.fn().mockRejectedValue(new Error('401'));
    const options = run();
    await expect(withRetry(attempt, options)).rejects.toThrow('server after 1');
    expect(options.delays).toEqual([]);
  });

  it('reports each retry to onRetry', async () => {
    const events: unknown[] = [];
    const attempt = vi.fn().mockRejectedValueOnce(new BadOutputError('a')).mockRejectedValueOnce(new BadOutputError('b')).mockResolvedValue(1);
    await withRetry(attempt, run({ onRetry: (e) => events.push([e.attempt, e.delayMs, e.failure.detail]) }));
    expect(events).toEqual([
      [1, 1000, 'a'],
      [2, 2000, 'b'],
    ]);
  });

  it('an already aborted signal prevents any attempt', async () => {
    const attempt = vi.fn();
    await expect(withRetry(attempt, run({ signal: AbortSignal.abort(new Error('gone')) }))).rejects.toThrow('gone');
    expect(attempt).not.toHaveBeenCalled();
  });

  it('the real sleep rejects with the reason when aborted', async () => {
    const controller = new AbortController();
    const pending = sleep(60_000, controller.signal);
    controller.abort(new Error('stop'));
    await expect(pending).rejects.toThrow('stop');
    await expect(sleep(1)).resolves.toBeUndefined();
  });

  it('rejects a nonsensical policy', async () => {
    await expect(withRetry(vi.fn(), run({ maxAttempts: 0 }))).rejects.toThrow(RangeError);
  });
});

describe('failure classification helpers', () => {
  it.each([
    [400, 'request', false],
    [401, 'auth', false],
    [403, 'auth', false],
    [404, 'request', false],
    [408, 'timeout', true],
    [422, 'request', false],
    [429, 'rate_limited', true],
    [500, 'server', true],
    [503, 'server', true],
  ])('HTTP %i → %s (retryable: %s)', (status, kind, retry) => {
    expect(statusFailure(status, 'msg', undefined, null)).toMatchObject({ kind, retryable: retry, status, detail: `HTTP ${status}: msg` });
  });

  it('finds the socket error code down the cause chain of "fetch failed"', () => {
    const error = new TypeError('fetch failed', { cause: Object.assign(new Error('getaddrinfo ENOTFOUND x'), { code: 'ENOTFOUND' }) });
    expect(connectionFailure(error)).toMatchObject({ kind: 'unreachable', retryable: true, detail: 'host not found' });
    expect(connectionFailure(new TypeError('fetch failed'))).toMatchObject({ detail: 'fetch failed' });
    expect(connectionFailure(new Error('other'))).toBeUndefined();
  });
});
