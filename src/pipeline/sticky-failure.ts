import { LlmError } from '../llm/errors.js';
import type { LlmProvider } from '../llm/provider.js';

/**
 * Remembers a failure that will not go away between alerts (the server is down, the key is wrong, the model is
 * not installed) and fails later calls at once with the same error. Without it a batch of 500 alerts against a
 * stopped Ollama would spend its whole retry budget 500 times before writing the facts-only reports.
 * Transient failures (timeout, 429, 5xx, a bad answer) and requests one alert's prompt made bad stay per call.
 */
export function withStickyFailure(provider: LlmProvider): LlmProvider {
  let lasting: LlmError | undefined;
  return {
    name: provider.name,
    model: provider.model,
    ...(provider.endpoint !== undefined ? { endpoint: provider.endpoint } : {}),
    async generate(request) {
      if (lasting) throw lasting;
      try {
        return await provider.generate(request);
      } catch (error) {
        if (isLasting(error)) lasting = error;
        throw error;
      }
    },
  };
}

/** Down, refused credentials, or no such model (404): the next alert would meet the same wall. */
function isLasting(error: unknown): error is LlmError {
  if (!(error instanceof LlmError)) return false;
  return error.kind === 'unreachable' || error.kind === 'auth' || (error.kind === 'request' && error.status === 404);
}
