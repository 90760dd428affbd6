import { HttpStatusError } from './failure.js';

/**
 * fetch wrappers the providers compose. Each provider builds them per attempt, so per-attempt state (deadline,
 * the error body of this attempt) never leaks between concurrent calls.
 */

export type FetchLike = typeof fetch;

/**
 * The global fetch, looked up at call time rather than captured: clients keep the fetch they were built with,
 * so a captured reference would bypass anything installed later (nock in tests; gotcha G4).
 */
export const lateBoundFetch: FetchLike = (input, init) => globalThis.fetch(input, init);

/**
 * Adds a deadline (and the caller's signal) to every request. The signal also covers reading the body, which
 * the clients do after fetch resolves: ollama-js has no timeout at all, and openai's own timer stops at headers.
 */
export function withDeadline(base: FetchLike, timeoutMs: number, signal?: AbortSignal): FetchLike {
  return (input, init) => {
    const signals = [AbortSignal.timeout(timeoutMs)];
    if (signal) signals.push(signal);
    if (init?.signal) signals.push(init.signal);
    return base(input, { ...init, signal: AbortSignal.any(signals) });
  };
}

/**
 * Turns a non-2xx answer into an HttpStatusError before the client sees it. Used for ollama-js, whose error path
 * console.log()s to stdout on non-JSON bodies (gotcha G7; our stdout carries reports) and whose ResponseError
 * drops the headers (Retry-After).
 */
export function throwOnHttpError(base: FetchLike): FetchLike {
  return async (input, init) => {
    const response = await base(input, init);
    if (response.ok) return response;
    throw new HttpStatusError(response.status, serverMessage(await readText(response), response), response.headers);
  };
}

/**
 * Lets a non-2xx answer through unchanged (the openai client builds its typed errors from it) but hands the
 * server's error text to `record` first. openai keeps only the body's `error` field, so the message of servers
 * that put it elsewhere (vLLM: {"object":"error","message":...}) would otherwise be lost.
 */
export function recordHttpError(base: FetchLike, record: (error: HttpStatusError) => void): FetchLike {
  return async (input, init) => {
    const response = await base(input, init);
    if (response.ok) return response;
    const text = await readText(response);
    record(new HttpStatusError(response.status, serverMessage(text, response), response.headers));
    return new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}

async function readText(response: Response): Promise<string> {
  try {
    return await response.text();
  } catch {
    return ''; // the body could not be read (connection dropped); the status alone still says enough
  }
}

/**
 * The server's own error text: `error` (Ollama, LM Studio), `error.message` (OpenAI, llama.cpp) or `message`
 * (vLLM) of a JSON body; else the plain body (a proxy's text page); else the status text.
 */
function serverMessage(body: string, response: Response): string {
  try {
    const parsed = JSON.parse(body) as { error?: unknown; message?: unknown } | null;
    const error = parsed?.error;
    if (typeof error === 'string') return error;
    const nested = (error as { message?: unknown } | null | undefined)?.message;
    if (typeof nested === 'string') return nested;
    if (typeof parsed?.message === 'string') return parsed.message;
  } catch {
    // not JSON: use the text as is
  }
  return body.trim() || response.statusText || `HTTP ${response.status}`;
}

/** A URL fit for messages and logs: user name and password removed. */
export function withoutCredentials(url: string): string {
  try {
    const parsed = new URL(url);
    if (!parsed.username && !parsed.password) return url;
    return url.replace(`${parsed.username}${parsed.password ? `:${parsed.password}` : ''}@`, '');
  } catch {
    return url;
  }
}
