import type { AttemptFailure } from './failure.js';
import { toLlmError, type FailureContext } from './messages.js';
import type { GenerateRequest, GenerateResult } from './provider.js';
import { withRetry, type RetryOptions } from './retry.js';

/** One HTTP attempt of a provider: the answer, before retries and timing are added. */
export type Attempt = (request: GenerateRequest) => Promise<Omit<GenerateResult, 'latencyMs' | 'attempts'>>;

/**
 * A provider's generate(): our retry policy around its single attempt, timed end to end (retry waits included),
 * with failures turned into an LlmError that names the provider, endpoint and model.
 */
export function retryingGenerate(
  attempt: Attempt,
  classify: (error: unknown) => AttemptFailure,
  context: FailureContext,
  retry: RetryOptions | undefined,
): (request: GenerateRequest) => Promise<GenerateResult> {
  return async (request) => {
    const started = performance.now();
    const { value, attempts } = await withRetry(() => attempt(request), {
      ...retry,
      classify,
      fail: (failure, n) => toLlmError(failure, n, context),
      ...(request.signal ? { signal: request.signal } : {}),
    });
    return { ...value, attempts, latencyMs: Math.round(performance.now() - started) };
  };
}
