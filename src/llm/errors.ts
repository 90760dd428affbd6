import type { ProviderName } from './provider.js';

/**
 * - unreachable: no HTTP answer at all (connection refused/reset, DNS failure).
 * - rate_limited: HTTP 429.
 * - server: HTTP 5xx.
 * - timeout: the server took longer than the timeout to answer.
 * - bad_response: an answer came but is unusable (malformed body, truncated output, output failing validation).
 * - auth: HTTP 401/403, or no API key where one is required.
 * - request: the server rejected the request itself (400, 404 unknown model, 422, ...); retrying cannot help.
 */
export type LlmErrorKind = 'unreachable' | 'rate_limited' | 'server' | 'timeout' | 'bad_response' | 'auth' | 'request';

export interface LlmErrorInit {
  kind: LlmErrorKind;
  provider: ProviderName;
  /** Ollama host or OpenAI base URL. */
  endpoint: string;
  model?: string;
  /** How many attempts were made (0 when the failure happened before any request). */
  attempts: number;
  /** HTTP status of the last failed attempt, if there was one. */
  status?: number;
  cause?: unknown;
}

/** A provider failure after our retry policy gave up. `message` is complete and meant for the user. */
export class LlmError extends Error {
  override readonly name = 'LlmError';
  readonly kind: LlmErrorKind;
  readonly provider: ProviderName;
  readonly endpoint: string;
  readonly model: string | undefined;
  readonly attempts: number;
  readonly status: number | undefined;

  constructor(message: string, init: LlmErrorInit) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.provider = init.provider;
    this.endpoint = init.endpoint;
    this.model = init.model;
    this.attempts = init.attempts;
    this.status = init.status;
  }

  /** Whether trying again later (not immediately) could succeed; useful for exit codes. */
  get transient(): boolean {
    return this.kind === 'unreachable' || this.kind === 'rate_limited' || this.kind === 'server' || this.kind === 'timeout';
  }
}
