import { setTimeout as delay } from 'node:timers/promises';
import type { AttemptFailure } from './failure.js';

export { LlmError, type LlmErrorKind } from './errors.js';

/**
 * Our own retry policy, shared by both providers. The SDKs' built-in retries are off (openai `maxRetries: 0`;
 * ollama-js has none) because openai 6.x obeys any Retry-After uncapped, ignores the abort signal while it
 * waits, and does not retry malformed bodies, and we want the same behaviour for both providers.
 */
export interface RetryPolicy {
  /** Total attempts, including the first. */
  maxAttempts: number;
  /** Backoff before the 2nd attempt; doubles each time. */
  baseDelayMs: number;
  /** Upper bound for any wait, including a server's Retry-After. */
  maxDelayMs: number;
  /** Fraction (0..1) of the backoff that is randomised, so parallel workers do not retry in lockstep. */
  jitter: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 3, baseDelayMs: 1_000, maxDelayMs: 30_000, jitter: 0.25 };

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export interface RetryEvent {
  /** The attempt that just failed (1-based). */
  attempt: number;
  /** How long we wait before the next attempt. */
  delayMs: number;
  failure: AttemptFailure;
}

/** Knobs callers (and tests) may set; everything has a default. */
export interface RetryOptions extends Partial<RetryPolicy> {
  /** Injectable for tests; must reject when `signal` aborts. */
  sleep?: Sleep;
  /** Injectable for tests; returns [0, 1). */
  random?: () => number;
  /** Called before each wait, e.g. to print "rate limited, retrying in 2 s" on stderr. */
  onRetry?: (event: RetryEvent) => void;
}

export interface RetryRun extends RetryOptions {
  /** Turns any error thrown by an attempt into an AttemptFailure. */
  classify: (error: unknown) => AttemptFailure;
  /** Builds the error to throw once we give up. */
  fail: (failure: AttemptFailure, attempts: number) => Error;
  /** Aborting rejects with the signal's reason, between, during or instead of attempts. */
  signal?: AbortSignal;
}

/** Sleeps `ms`, rejecting with the signal's reason if it aborts first. */
export const sleep: Sleep = async (ms, signal) => {
  try {
    await delay(ms, undefined, signal ? { signal } : {});
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw error;
  }
};

/** Runs `attempt` until it succeeds, the failure is not retryable, or attempts run out. */
export async function withRetry<T>(attempt: (n: number) => Promise<T>, run: RetryRun): Promise<{ value: T; attempts: number }> {
  const policy = resolvePolicy(run);
  const wait = run.sleep ?? sleep;
  const random = run.random ?? Math.random;
  for (let n = 1; ; n++) {
    run.signal?.throwIfAborted();
    try {
      return { value: await attempt(n), attempts: n };
    } catch (error) {
      // A caller's abort is not a provider failure: surface it as is, like fetch does.
      if (run.signal?.aborted) throw run.signal.reason;
      const failure = run.classify(error);
      if (!failure.retryable || n >= policy.maxAttempts) throw run.fail(failure, n);
      const delayMs = retryDelayMs(failure, n, policy, random);
      run.onRetry?.({ attempt: n, delayMs, failure });
      await wait(delayMs, run.signal);
    }
  }
}

export function resolvePolicy(options: Partial<RetryPolicy>): RetryPolicy {
  const policy = {
    maxAttempts: options.maxAttempts ?? DEFAULT_RETRY_POLICY.maxAttempts,
    baseDelayMs: options.baseDelayMs ?? DEFAULT_RETRY_POLICY.baseDelayMs,
    maxDelayMs: options.maxDelayMs ?? DEFAULT_RETRY_POLICY.maxDelayMs,
    jitter: options.jitter ?? DEFAULT_RETRY_POLICY.jitter,
  };
  if (!Number.isInteger(policy.maxAttempts) || policy.maxAttempts < 1) throw new RangeError('maxAttempts must be an integer >= 1');
  if (policy.jitter < 0 || policy.jitter > 1) throw new RangeError('jitter must be between 0 and 1');
  return policy;
}

/**
 * The wait after failed attempt `attempt` (1-based): the server's Retry-After when it sent one (it knows best,
 * but capped so a "Retry-After: 3600" cannot stall a run), otherwise exponential backoff with jitter.
 */
export function retryDelayMs(failure: AttemptFailure, attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  if (failure.retryAfterMs !== undefined) return Math.min(Math.max(0, failure.retryAfterMs), policy.maxDelayMs);
  const exponential = Math.min(policy.baseDelayMs * 2 ** (attempt - 1), policy.maxDelayMs);
  return Math.round(exponential * (1 - policy.jitter * random()));
}

/**
 * Reads the wait a server asked for: `retry-after-ms` (OpenAI, milliseconds) first, then `retry-after`
 * (seconds, or an HTTP date). Undefined when absent or unparseable.
 */
export function parseRetryAfter(headers: Headers | undefined, now: number = Date.now()): number | undefined {
  if (!headers) return undefined;
  const ms = headers.get('retry-after-ms');
  if (ms !== null && ms.trim() !== '') {
    const value = Number(ms);
    if (Number.isFinite(value) && value >= 0) return value;
  }
  const after = headers.get('retry-after');
  if (after === null || after.trim() === '') return undefined;
  const seconds = Number(after);
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds * 1000 : undefined;
  const date = Date.parse(after);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
