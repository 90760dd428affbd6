import { Ollama, type ChatResponse } from 'ollama';
import {
  BadOutputError,
  HttpStatusError,
  connectionFailure,
  isTimeoutError,
  statusFailure,
  summarizeError,
  type AttemptFailure,
} from './failure.js';
import { lateBoundFetch, throwOnHttpError, withDeadline, withoutCredentials, type FetchLike } from './http.js';
import type { FailureContext } from './messages.js';
import type { GenerateRequest, GenerateResult, LlmProvider } from './provider.js';
import { parseRetryAfter, type RetryOptions } from './retry.js';
import { retryingGenerate } from './retrying-generate.js';
import { checkOutput, wireSchema } from './structured.js';

export interface OllamaProviderOptions {
  /** Default: $OLLAMA_HOST, else http://127.0.0.1:11434. Accepts ollama's short forms ("host", ":port", "host:port"). */
  host?: string;
  /** Default: llama3.1:8b. */
  model?: string;
  /** Per attempt, body included. Long by default: the first call may have to load the model. */
  timeoutMs?: number;
  /** How long Ollama keeps the model loaded after a call, e.g. "10m" (default), or seconds; -1 = forever. */
  keepAlive?: string | number;
  /** Replaces fetch (tests, proxies). Default: the global fetch, looked up at call time. */
  fetch?: FetchLike;
  retry?: RetryOptions;
  /** Where OLLAMA_HOST is read from. Default: process.env. */
  env?: Record<string, string | undefined>;
}

export const OLLAMA_DEFAULTS = {
  host: 'http://127.0.0.1:11434',
  model: 'llama3.1:8b',
  timeoutMs: 300_000,
  keepAlive: '10m',
} as const;

export function createOllamaProvider(options: OllamaProviderOptions = {}): LlmProvider {
  const host = resolveOllamaHost(options.host, options.env);
  const model = options.model ?? OLLAMA_DEFAULTS.model;
  const timeoutMs = options.timeoutMs ?? OLLAMA_DEFAULTS.timeoutMs;
  const keepAlive = options.keepAlive ?? OLLAMA_DEFAULTS.keepAlive;
  const baseFetch = options.fetch ?? lateBoundFetch;
  const endpoint = withoutCredentials(host);
  const context: FailureContext = { provider: 'ollama', endpoint, model, timeoutMs };

  async function attempt(request: GenerateRequest): Promise<Omit<GenerateResult, 'latencyMs' | 'attempts'>> {
    // A client per attempt is cheap, and it lets this attempt's deadline and the caller's signal live in its fetch.
    const fetch = throwOnHttpError(withDeadline(baseFetch, timeoutMs, request.signal));
    const client = new Ollama({ host, fetch });
    const response = await client.chat({
      model,
      messages: [
        { role: 'system', content: request.system },
        { role: 'user', content: request.prompt },
      ],
      format: wireSchema(request.schema),
      stream: false,
      keep_alive: keepAlive,
      options: request.temperature === undefined ? {} : { temperature: request.temperature },
    });
    const text = outputText(response);
    checkOutput(text, request.validate);
    const usage = {
      ...(typeof response.prompt_eval_count === 'number' ? { inputTokens: response.prompt_eval_count } : {}),
      ...(typeof response.eval_count === 'number' ? { outputTokens: response.eval_count } : {}),
    };
    return {
      text,
      ...(Object.keys(usage).length > 0 ? { usage } : {}),
      ...(typeof response.done_reason === 'string' ? { finishReason: response.done_reason } : {}),
    };
  }

  return {
    name: 'ollama',
    model,
    endpoint,
    generate: retryingGenerate(attempt, classifyOllamaError, context, options.retry),
  };
}

/** The message text of a non-streaming chat answer; a truncated or empty answer is a bad (retryable) attempt. */
function outputText(response: ChatResponse): string {
  const content: unknown = response?.message?.content;
  if (typeof content !== 'string') throw new BadOutputError('the response has no message content');
  if (response.done_reason === 'length') {
    throw new BadOutputError('the output was truncated at the token limit (done_reason "length")');
  }
  return content;
}

export function classifyOllamaError(error: unknown): AttemptFailure {
  if (error instanceof HttpStatusError) {
    return statusFailure(error.status, error.serverMessage, parseRetryAfter(error.headers), error);
  }
  if (error instanceof BadOutputError) return { kind: 'bad_response', retryable: true, detail: error.message, cause: error };
  if (isTimeoutError(error)) return { kind: 'timeout', retryable: true, detail: 'timed out', cause: error };
  const connection = connectionFailure(error);
  if (connection) return connection;
  if (error instanceof SyntaxError) {
    return { kind: 'bad_response', retryable: true, detail: `the response body is not valid JSON (${summarizeError(error)})`, cause: error };
  }
  // ollama-js's own ResponseError (only if a non-2xx slipped past throwOnHttpError) carries the status.
  const status = (error as { status_code?: unknown } | null)?.status_code;
  if (typeof status === 'number') return statusFailure(status, summarizeError(error), undefined, error);
  return { kind: 'bad_response', retryable: false, detail: summarizeError(error), cause: error };
}

/**
 * The Ollama base URL, normalised the way ollama-js does it (so messages show the URL really used):
 * no scheme → http and port 11434; ":1234" → 127.0.0.1:1234; no trailing slash.
 */
export function resolveOllamaHost(host?: string, env: Record<string, string | undefined> = process.env): string {
  const raw = (host ?? env['OLLAMA_HOST'] ?? '').trim();
  if (raw === '') return OLLAMA_DEFAULTS.host;
  let value = raw;
  let explicitScheme = value.includes('://');
  if (value.startsWith(':')) {
    value = `http://127.0.0.1${value}`;
    explicitScheme = true;
  }
  if (!explicitScheme) value = `http://${value}`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TypeError(`invalid Ollama host "${raw}" (expected e.g. http://127.0.0.1:11434)`);
  }
  const port = url.port || (explicitScheme ? (url.protocol === 'https:' ? '443' : '80') : '11434');
  const auth = url.username ? `${url.username}${url.password ? `:${url.password}` : ''}@` : '';
  return `${url.protocol}//${auth}${url.hostname}:${port}${url.pathname}`.replace(/\/+$/, '');
}
