import { LlmError } from './errors.js';
import { lateBoundFetch, withoutCredentials, type FetchLike } from './http.js';
import { createOllamaProvider, resolveOllamaHost } from './ollama.js';
import { createOpenAIProvider } from './openai.js';
import type { LlmProvider, ProviderName } from './provider.js';
import type { RetryOptions } from './retry.js';

export type ProviderChoice = ProviderName | 'auto';

/** Everything either provider accepts; each takes what applies to it. */
export interface CreateProviderOptions {
  provider: ProviderName;
  model?: string;
  timeoutMs?: number;
  /** Ollama only. */
  host?: string;
  /** Ollama only. */
  keepAlive?: string | number;
  /** OpenAI only. */
  apiKey?: string;
  /** OpenAI only. */
  baseURL?: string;
  fetch?: FetchLike;
  retry?: RetryOptions;
  env?: Record<string, string | undefined>;
}

export const DEFAULT_PROBE_TIMEOUT_MS = 1_500;

/** Builds a provider. Throws LlmError (kind 'auth') for OpenAI without a key; see createOpenAIProvider. */
export function createProvider(options: CreateProviderOptions): LlmProvider {
  const common = {
    ...(options.model !== undefined ? { model: options.model } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.fetch !== undefined ? { fetch: options.fetch } : {}),
    ...(options.retry !== undefined ? { retry: options.retry } : {}),
    ...(options.env !== undefined ? { env: options.env } : {}),
  };
  switch (options.provider) {
    case 'ollama':
      return createOllamaProvider({
        ...common,
        ...(options.host !== undefined ? { host: options.host } : {}),
        ...(options.keepAlive !== undefined ? { keepAlive: options.keepAlive } : {}),
      });
    case 'openai':
      return createOpenAIProvider({
        ...common,
        ...(options.apiKey !== undefined ? { apiKey: options.apiKey } : {}),
        ...(options.baseURL !== undefined ? { baseURL: options.baseURL } : {}),
      });
  }
}

/**
 * Whether an Ollama server answers at `host` (default $OLLAMA_HOST, else 127.0.0.1:11434) within `timeoutMs`.
 * Uses GET /api/version: cheap, and it does not load a model. Never throws.
 */
export async function isOllamaReachable(
  host?: string,
  timeoutMs: number = DEFAULT_PROBE_TIMEOUT_MS,
  options: { fetch?: FetchLike; env?: Record<string, string | undefined> } = {},
): Promise<boolean> {
  try {
    const base = resolveOllamaHost(host, options.env);
    const response = await (options.fetch ?? lateBoundFetch)(`${base}/api/version`, { signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel(); // free the connection; the status is all we need
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * Resolves `--provider auto`: Ollama when it answers, else OpenAI when OPENAI_API_KEY or OPENAI_BASE_URL is set,
 * else an LlmError (kind 'unreachable') that explains both ways out. Explicit choices are returned as is.
 */
export async function resolveProviderChoice(
  choice: ProviderChoice,
  options: { host?: string; probeTimeoutMs?: number; fetch?: FetchLike; env?: Record<string, string | undefined> } = {},
): Promise<ProviderName> {
  if (choice !== 'auto') return choice;
  const env = options.env ?? process.env;
  const probe = { env, ...(options.fetch ? { fetch: options.fetch } : {}) };
  if (await isOllamaReachable(options.host, options.probeTimeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS, probe)) return 'ollama';
  if (env['OPENAI_API_KEY']?.trim() || env['OPENAI_BASE_URL']?.trim()) return 'openai';
  const host = withoutCredentials(resolveOllamaHost(options.host, env));
  throw new LlmError(
    `no model available: Ollama does not answer at ${host} and neither OPENAI_API_KEY nor OPENAI_BASE_URL is set: ` +
      'start Ollama with `ollama serve` (or set OLLAMA_HOST), or set OPENAI_API_KEY / OPENAI_BASE_URL',
    { kind: 'unreachable', provider: 'ollama', endpoint: host, attempts: 1 },
  );
}
