import type { ProviderName } from '../llm/provider.js';

/** What `generate --provider` accepts. */
export type ProviderFlag = ProviderName | 'auto' | 'offline';
export const PROVIDER_FLAGS: readonly ProviderFlag[] = ['auto', 'ollama', 'openai', 'offline'];
