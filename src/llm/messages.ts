import { LlmError } from './errors.js';
import type { AttemptFailure } from './failure.js';
import type { ProviderName } from './provider.js';

/** What a message needs to know about the provider that failed. */
export interface FailureContext {
  provider: ProviderName;
  endpoint: string;
  model: string;
  timeoutMs: number;
}

const SERVICE: Record<ProviderName, string> = { ollama: 'Ollama', openai: 'the OpenAI-compatible API' };

/** Builds the LlmError for a failure we gave up on, with a message that says what happened and what to do. */
export function toLlmError(failure: AttemptFailure, attempts: number, ctx: FailureContext): LlmError {
  return new LlmError(describeFailure(failure, attempts, ctx), {
    kind: failure.kind,
    provider: ctx.provider,
    endpoint: ctx.endpoint,
    model: ctx.model,
    attempts,
    ...(failure.status === undefined ? {} : { status: failure.status }),
    cause: failure.cause,
  });
}

export function describeFailure(failure: AttemptFailure, attempts: number, ctx: FailureContext): string {
  const where = `${SERVICE[ctx.provider]} at ${ctx.endpoint}`;
  const ollama = ctx.provider === 'ollama';
  // "(connection refused, 3 attempts)": what went wrong last, and how hard we tried.
  const why = (detail: string) => `(${detail}${attempts > 1 ? `, ${attempts} attempts` : ''})`;
  switch (failure.kind) {
    case 'unreachable':
      return ollama
        ? `cannot reach ${where} ${why(failure.detail)}: start it with \`ollama serve\` or set OLLAMA_HOST`
        : `cannot reach ${where} ${why(failure.detail)}: check that the server is running and that OPENAI_BASE_URL is right`;
    case 'timeout':
      return (
        `${where} did not answer within ${formatDuration(ctx.timeoutMs)} ${why(`model ${ctx.model}`)}: ` +
        `${ollama ? 'the model may still be loading or be too slow for this machine; ' : ''}raise the timeout or use a smaller model`
      );
    case 'rate_limited':
      return `${where} is rate limiting requests ${why(failure.detail)}: wait and try again, or lower the concurrency`;
    case 'server':
      return `${where} failed ${why(failure.detail)}`;
    case 'bad_response':
      return `${where} gave an unusable answer ${why(`model ${ctx.model}`)}: ${failure.detail}`;
    case 'auth':
      return ollama
        ? `${where} refused access ${why(failure.detail)}`
        : `${where} rejected the credentials ${why(failure.detail)}: set OPENAI_API_KEY to a valid key`;
    case 'request':
      if (failure.status === 404 && /model/i.test(failure.detail)) {
        return ollama
          ? `${where} has no model "${ctx.model}" ${why(failure.detail)}: run \`ollama pull ${ctx.model}\` or choose another model`
          : `${where} does not offer model "${ctx.model}" ${why(failure.detail)}: choose a model the server offers`;
      }
      return `${where} rejected the request ${why(failure.detail)}`;
  }
}

function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
