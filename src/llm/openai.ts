import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError } from 'openai';
import type { ChatCompletion } from 'openai/resources/chat/completions';
import { LlmError } from './errors.js';
import {
  BadOutputError,
  HttpStatusError,
  connectionFailure,
  isTimeoutError,
  statusFailure,
  summarizeError,
  type AttemptFailure,
} from './failure.js';
import { lateBoundFetch, recordHttpError, withDeadline, withoutCredentials, type FetchLike } from './http.js';
import type { FailureContext } from './messages.js';
import type { GenerateRequest, GenerateResult, LlmProvider } from './provider.js';
import { parseRetryAfter, type RetryOptions } from './retry.js';
import { retryingGenerate } from './retrying-generate.js';
import { checkOutput, wireSchema } from './structured.js';

export interface OpenAIProviderOptions {
  /** Default: $OPENAI_API_KEY. Optional when baseURL points elsewhere (local servers rarely check it). */
  apiKey?: string;
  /** Default: $OPENAI_BASE_URL, else https://api.openai.com/v1. Any OpenAI-compatible server: vLLM, llama.cpp, LM Studio. */
  baseURL?: string;
  /** Default: gpt-4o-mini. */
  model?: string;
  /** Per attempt. */
  timeoutMs?: number;
  /** Replaces fetch (tests, proxies). Default: the global fetch, looked up at call time. */
  fetch?: FetchLike;
  retry?: RetryOptions;
  /** Where OPENAI_API_KEY / OPENAI_BASE_URL are read from. Default: process.env. */
  env?: Record<string, string | undefined>;
}

export const OPENAI_DEFAULTS = {
  baseURL: 'https://api.openai.com/v1',
  model: 'gpt-4o-mini',
  timeoutMs: 120_000,
} as const;

// The SDK logs through console.info/debug (stdout) when OPENAI_LOG asks for it; stdout carries our reports.
const toStderr = (message: string, ...rest: unknown[]) => console.error(message, ...rest);
const STDERR_LOGGER = { error: toStderr, warn: toStderr, info: toStderr, debug: toStderr };

// Local OpenAI-compatible servers ignore the key, but the client refuses to start without one.
const PLACEHOLDER_KEY = 'sk-no-key-required';

/** Throws LlmError (kind 'auth') when no API key is available for api.openai.com. */
export function createOpenAIProvider(options: OpenAIProviderOptions = {}): LlmProvider {
  const env = options.env ?? process.env;
  const baseURL = (options.baseURL ?? nonEmpty(env['OPENAI_BASE_URL']) ?? OPENAI_DEFAULTS.baseURL).replace(/\/+$/, '');
  const model = options.model ?? OPENAI_DEFAULTS.model;
  const timeoutMs = options.timeoutMs ?? OPENAI_DEFAULTS.timeoutMs;
  const baseFetch = options.fetch ?? lateBoundFetch;
  const endpoint = withoutCredentials(baseURL);
  const context: FailureContext = { provider: 'openai', endpoint, model, timeoutMs };
  const apiKey = options.apiKey ?? nonEmpty(env['OPENAI_API_KEY']) ?? (isOfficialApi(baseURL) ? undefined : PLACEHOLDER_KEY);
  if (apiKey === undefined) {
    throw new LlmError(
      `no API key for ${endpoint}: set OPENAI_API_KEY, or set OPENAI_BASE_URL to a local OpenAI-compatible server`,
      { kind: 'auth', provider: 'openai', endpoint, model, attempts: 0 },
    );
  }

  async function attempt(request: GenerateRequest): Promise<Omit<GenerateResult, 'latencyMs' | 'attempts'>> {
    let httpError: HttpStatusError | undefined;
    // A client per attempt (cheap) so this attempt's deadline and recorded error body stay its own.
    const client = new OpenAI({
      apiKey,
      baseURL,
      maxRetries: 0, // our retry policy runs instead (gotcha G6)
      timeout: timeoutMs,
      logger: STDERR_LOGGER,
      fetch: recordHttpError(withDeadline(baseFetch, timeoutMs, request.signal), (e) => (httpError = e)),
    });
    let completion: ChatCompletion;
    try {
      completion = await client.chat.completions.create(
        {
          model,
          messages: [
            { role: 'system', content: request.system },
            { role: 'user', content: request.prompt },
          ],
          response_format: {
            type: 'json_schema',
            json_schema: { name: request.schemaName, strict: true, schema: wireSchema(request.schema) },
          },
          ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
        },
        request.signal ? { signal: request.signal } : {},
      );
    } catch (error) {
      // Prefer our record of the answer: it has the server's full message, whatever its body shape.
      if (error instanceof APIError && typeof error.status === 'number' && httpError?.status === error.status) throw httpError;
      throw error;
    }
    return readCompletion(completion, request.validate);
  }

  return {
    name: 'openai',
    model,
    endpoint,
    generate: retryingGenerate(attempt, classifyOpenAIError, context, options.retry),
  };
}

/** Takes the output text out of a completion; anything but a complete, non-refused answer is a bad attempt. */
function readCompletion(completion: unknown, validate?: (text: string) => void): Omit<GenerateResult, 'latencyMs' | 'attempts'> {
  // With a non-JSON content type the client hands back the body as a string; never trust the shape.
  const choices = (completion as Partial<ChatCompletion> | null)?.choices;
  if (!Array.isArray(choices)) throw new BadOutputError('the response is not a chat completion');
  const choice = choices[0];
  if (!choice) throw new BadOutputError('the response has no choices');
  if (choice.finish_reason === 'length') {
    throw new BadOutputError('the output was truncated at the token limit (finish_reason "length")');
  }
  if (choice.message?.refusal) throw new BadOutputError(`the model refused: ${choice.message.refusal}`);
  const text = choice.message?.content;
  if (typeof text !== 'string') throw new BadOutputError(`the response has no message content (finish_reason "${choice.finish_reason}")`);
  checkOutput(text, validate);
  const usage = (completion as ChatCompletion).usage;
  return {
    text,
    ...(usage ? { usage: { inputTokens: usage.prompt_tokens, outputTokens: usage.completion_tokens } } : {}),
    ...(typeof choice.finish_reason === 'string' ? { finishReason: choice.finish_reason } : {}),
  };
}

export function classifyOpenAIError(error: unknown): AttemptFailure {
  if (error instanceof HttpStatusError) {
    return statusFailure(error.status, error.serverMessage, parseRetryAfter(error.headers), error);
  }
  if (error instanceof BadOutputError) return { kind: 'bad_response', retryable: true, detail: error.message, cause: error };
  if (error instanceof APIConnectionTimeoutError || isTimeoutError(error)) {
    return { kind: 'timeout', retryable: true, detail: 'timed out', cause: error };
  }
  if (error instanceof APIConnectionError) {
    return connectionFailure(error) ?? { kind: 'unreachable', retryable: true, detail: summarizeError(error.cause ?? error), cause: error };
  }
  if (error instanceof APIError && typeof error.status === 'number') {
    const body = error.error as { message?: unknown } | undefined;
    const message = typeof body?.message === 'string' ? body.message : error.message;
    return statusFailure(error.status, message, parseRetryAfter(error.headers), error);
  }
  const connection = connectionFailure(error);
  if (connection) return connection;
  if (error instanceof SyntaxError) {
    return { kind: 'bad_response', retryable: true, detail: `the response body is not valid JSON (${summarizeError(error)})`, cause: error };
  }
  return { kind: 'bad_response', retryable: false, detail: summarizeError(error), cause: error };
}

function isOfficialApi(baseURL: string): boolean {
  try {
    return new URL(baseURL).hostname === 'api.openai.com';
  } catch {
    return false;
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  return value && value.trim() !== '' ? value.trim() : undefined;
}
