import { LlmError } from '../llm/errors.js';
import { withoutCredentials } from '../llm/http.js';
import { OLLAMA_DEFAULTS, resolveOllamaHost } from '../llm/ollama.js';
import { OPENAI_DEFAULTS } from '../llm/openai.js';
import { createProvider, resolveProviderChoice } from '../llm/probe.js';
import type { LlmProvider, ProviderName } from '../llm/provider.js';
import type { RetryOptions } from '../llm/retry.js';
import { redactionFor, type RedactChoice } from './generate-report.js';
import { isRemoteEndpoint } from './locality.js';
import { withStickyFailure } from './sticky-failure.js';

import type { ProviderFlag } from './provider-flags.js';

export type { ProviderFlag } from './provider-flags.js';

export interface ProviderSetupOptions {
  provider: ProviderFlag;
  model?: string;
  ollamaHost?: string;
  /** Per request. */
  timeoutMs?: number;
  retry?: RetryOptions;
  /** Only for the notice saying what is replaced before alerts are sent. */
  redact?: RedactChoice;
  env?: Record<string, string | undefined>;
}

export interface ProviderSetup {
  provider: LlmProvider | 'offline';
  /** For stderr: which model is used and where, or why none is. */
  notices: string[];
}

/** Parallel requests a provider takes well: a local Ollama runs one model on one GPU, a hosted API many. */
export function defaultConcurrency(provider: LlmProvider | 'offline'): number {
  if (provider === 'offline') return 4;
  return provider.name === 'ollama' ? 2 : 4;
}

/**
 * Builds the provider for a run. `auto` probes Ollama, then looks for OpenAI settings, and otherwise falls back
 * to offline (facts-only) reports with a notice saying how to get a model, so a fresh machine still gets reports.
 * An explicit provider that cannot be built (OpenAI without a key) throws its LlmError: that is a usage problem.
 */
export async function setupProvider(options: ProviderSetupOptions): Promise<ProviderSetup> {
  const env = options.env ?? process.env;
  if (options.provider === 'offline') return { provider: 'offline', notices: ['provider offline: facts-only reports built from the alerts alone, no model is used'] };
  let name: ProviderName;
  if (options.provider === 'auto') {
    try {
      name = await resolveProviderChoice('auto', { ...(options.ollamaHost ? { host: options.ollamaHost } : {}), env });
    } catch (error) {
      if (!(error instanceof LlmError)) throw error;
      return { provider: 'offline', notices: [noModelNotice(options, env)] };
    }
  } else {
    name = options.provider;
  }
  const provider = createProvider({
    provider: name,
    env,
    ...(options.model ? { model: options.model } : {}),
    ...(options.ollamaHost ? { host: options.ollamaHost } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.retry ? { retry: options.retry } : {}),
  });
  return { provider: withStickyFailure(provider), notices: [usingNotice(provider, options.redact)] };
}

export function usingNotice(provider: Pick<LlmProvider, 'name' | 'model' | 'endpoint'>, redact?: RedactChoice): string {
  const where = provider.endpoint ? ` at ${provider.endpoint}` : '';
  const remote = isRemoteEndpoint(provider.endpoint);
  const chosen = redactionFor(remote, redact);
  const replaced = [chosen.hosts && 'host names', chosen.users && 'user names', chosen.ips && 'IP addresses', remote && 'secrets'].filter(
    (x): x is string => typeof x === 'string',
  );
  const privacy = `${remote ? 'remote' : 'local'}: ${replaced.length > 0 ? `${listText(replaced)} are replaced before alerts are sent` : 'alerts are sent as they are'}`;
  return `using ${provider.name} model ${provider.model}${where} (${privacy})`;
}

function listText(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function noModelNotice(options: ProviderSetupOptions, env: Record<string, string | undefined>): string {
  const host = withoutCredentials(resolveOllamaHost(options.ollamaHost, env));
  const model = options.model ?? OLLAMA_DEFAULTS.model;
  return (
    `no model available: Ollama does not answer at ${host} and OPENAI_API_KEY is not set, so the reports are facts-only ` +
    `(built from the alerts alone). For model-written reports start a local model with \`ollama serve\` and ` +
    `\`ollama pull ${model}\`, or set OPENAI_API_KEY (or OPENAI_BASE_URL for an OpenAI-compatible server).`
  );
}

/**
 * Where a dry run's prompts would go, worked out without touching the network: `auto` is not probed (a probe is
 * a request, and a dry run sends none), so it shows Ollama, auto's first choice.
 */
export function dryRunTarget(options: ProviderSetupOptions): { target: Pick<LlmProvider, 'name' | 'model' | 'endpoint'> | 'offline'; notices: string[] } {
  const env = options.env ?? process.env;
  if (options.provider === 'offline') return { target: 'offline', notices: [] };
  const notices: string[] = [];
  let name: ProviderName;
  if (options.provider === 'auto') {
    name = 'ollama';
    notices.push('dry run: --provider auto is not probed; showing what Ollama (auto\u2019s first choice) would get. Pass --provider openai to see the redacted prompt a remote API would get');
  } else {
    name = options.provider;
  }
  if (name === 'ollama') {
    return { target: { name, model: options.model ?? OLLAMA_DEFAULTS.model, endpoint: withoutCredentials(resolveOllamaHost(options.ollamaHost, env)) }, notices };
  }
  const baseURL = (env['OPENAI_BASE_URL']?.trim() || OPENAI_DEFAULTS.baseURL).replace(/\/+$/, '');
  return { target: { name, model: options.model ?? OPENAI_DEFAULTS.model, endpoint: withoutCredentials(baseURL) }, notices };
}
