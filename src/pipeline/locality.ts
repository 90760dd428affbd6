import type { LlmProvider } from '../llm/provider.js';

/**
 * Whether a provider sends the alert off this machine. Alerts carry host names, user names and IP addresses, so a
 * remote model gets them redacted by default. Only loopback counts as local: a LAN Ollama box or a company vLLM
 * server is someone else's machine as far as the alert is concerned.
 */
export function isRemoteProvider(provider: Pick<LlmProvider, 'name' | 'endpoint'>): boolean {
  return isRemoteEndpoint(provider.endpoint);
}

export function isRemoteEndpoint(endpoint: string | undefined): boolean {
  if (endpoint === undefined) return true; // unknown: assume the worst
  let host: string;
  try {
    host = new URL(endpoint).hostname.toLowerCase();
  } catch {
    return true;
  }
  host = host.replace(/^\[|\]$/g, '');
  return !(host === 'localhost' || host.endsWith('.localhost') || /^127\.\d+\.\d+\.\d+$/.test(host) || host === '::1' || host === '0.0.0.0');
}
