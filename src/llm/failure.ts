import type { LlmErrorKind } from './errors.js';

/** One failed attempt, normalised across clients so the retry policy and messages need not know either SDK. */
export interface AttemptFailure {
  kind: LlmErrorKind;
  retryable: boolean;
  /** Short description for the user, e.g. "connection refused", "HTTP 500: out of memory". */
  detail: string;
  status?: number;
  /** Wait the server asked for (Retry-After / retry-after-ms), in ms. */
  retryAfterMs?: number;
  cause: unknown;
}

/** The server answered, but the answer cannot be used (truncated, not JSON, failed validation). Always retryable. */
export class BadOutputError extends Error {
  override readonly name = 'BadOutputError';
}

/** A non-2xx HTTP answer, raised by our own fetch wrapper (see http.ts) so the server's headers stay available. */
export class HttpStatusError extends Error {
  override readonly name = 'HttpStatusError';
  constructor(
    readonly status: number,
    /** The server's own error text (the `error` field of a JSON body, or the plain-text body). */
    readonly serverMessage: string,
    readonly headers: Headers,
  ) {
    super(`HTTP ${status}: ${serverMessage}`);
  }
}

/** Maps an HTTP status to what it means for us; `retryAfterMs` comes from the response headers. */
export function statusFailure(status: number, serverMessage: string, retryAfterMs: number | undefined, cause: unknown): AttemptFailure {
  const detail = serverMessage ? `HTTP ${status}: ${oneLine(serverMessage)}` : `HTTP ${status}`;
  const withWait = retryAfterMs === undefined ? {} : { retryAfterMs };
  if (status === 429) return { kind: 'rate_limited', retryable: true, detail, status, ...withWait, cause };
  if (status === 408) return { kind: 'timeout', retryable: true, detail, status, cause };
  if (status >= 500) return { kind: 'server', retryable: true, detail, status, ...withWait, cause };
  if (status === 401 || status === 403) return { kind: 'auth', retryable: false, detail, status, cause };
  return { kind: 'request', retryable: false, detail, status, cause };
}

const CONNECTION_CODES: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'DNS lookup failed',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'connection timed out',
  EPIPE: 'connection closed',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  UND_ERR_SOCKET: 'connection closed unexpectedly',
  UND_ERR_CLOSED: 'connection closed',
};

/**
 * Recognises "no HTTP answer at all". Native fetch reports it as TypeError("fetch failed") with the socket error
 * (carrying `code`) somewhere down the `cause` chain; openai wraps that once more in APIConnectionError.
 */
export function connectionFailure(error: unknown): AttemptFailure | undefined {
  const code = findCode(error);
  if (code && code in CONNECTION_CODES) {
    return { kind: 'unreachable', retryable: true, detail: CONNECTION_CODES[code] as string, cause: error };
  }
  if (error instanceof TypeError && error.message === 'fetch failed') {
    return { kind: 'unreachable', retryable: true, detail: code ? `fetch failed (${code})` : 'fetch failed', cause: error };
  }
  return undefined;
}

function findCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current !== null && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && code in CONNECTION_CODES) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** An abort by our per-attempt deadline (AbortSignal.timeout gives a DOMException named TimeoutError). */
export function isTimeoutError(error: unknown): boolean {
  return error !== null && typeof error === 'object' && (error as { name?: unknown }).name === 'TimeoutError';
}

/** Flattens and shortens text from servers and validators so it fits in a one-line message. */
export function oneLine(text: string, max = 300): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 3)}...` : flat;
}

/** A readable summary of whatever `validate` threw (zod errors list their issues, not a JSON dump). */
export function summarizeError(error: unknown): string {
  const issues = (error as { issues?: unknown } | null)?.issues;
  if (Array.isArray(issues) && issues.length > 0) {
    return oneLine(
      issues
        .slice(0, 5)
        .map((i: { path?: unknown; message?: unknown }) => {
          const path = Array.isArray(i.path) && i.path.length > 0 ? i.path.join('.') : '(root)';
          return `${path}: ${String(i.message)}`;
        })
        .join('; '),
    );
  }
  return oneLine(error instanceof Error ? error.message : String(error));
}
