import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { LlmError } from '../../src/llm/errors.js';
import { OLLAMA_DEFAULTS, createOllamaProvider, resolveOllamaHost, type OllamaProviderOptions } from '../../src/llm/ollama.js';
import { captureStdout, failure, fastRetry, ollamaChat, request, sampleText } from './helpers.js';

const HOST = 'http://ollama.test:11434';

function provider(options: OllamaProviderOptions = {}) {
  const { retry, delays } = fastRetry(options.retry);
  return { provider: createOllamaProvider({ host: HOST, ...options, retry }), delays };
}

describe('Ollama provider: happy path', () => {
  it('sends a non-streaming chat with the schema as format, and returns text, usage, latency and attempts', async () => {
    let sent: Record<string, unknown> | undefined;
    const scope = nock(HOST)
      .post('/api/chat', (body) => {
        sent = body;
        return true;
      })
      .reply(200, ollamaChat(sampleText));
    const { provider: ollama } = provider({ model: 'qwen2.5:7b' });

    const result = await ollama.generate(request());

    expect(scope.isDone()).toBe(true);
    expect(sent).toMatchObject({
      model: 'qwen2.5:7b',
      stream: false,
      keep_alive: '10m',
      options: { temperature: 0.2 },
      messages: [
        { role: 'system', content: 'You write incident reports.' },
        { role: 'user', content: 'Alert: Terminal shell in container' },
      ],
    });
    const format = sent?.['format'] as Record<string, unknown>;
    expect(format).toMatchObject({ type: 'object', required: ['summary', 'severity', 'steps'], additionalProperties: false });
    expect(format).not.toHaveProperty('$schema');
    expect(result).toMatchObject({ text: sampleText, attempts: 1, finishReason: 'stop', usage: { inputTokens: 321, outputTokens: 54 } });
    expect(result.latencyMs).toEqual(expect.any(Number));
    expect(ollama).toMatchObject({ name: 'ollama', model: 'qwen2.5:7b', endpoint: HOST });
  });

  it('uses the defaults: llama3.1:8b, OLLAMA_HOST, keep_alive, no temperature unless asked', async () => {
    let sent: Record<string, unknown> | undefined;
    nock('http://gpu-box:11434')
      .post('/api/chat', (body) => {
        sent = body;
        return true;
      })
      .reply(200, ollamaChat(sampleText));
    const ollama = createOllamaProvider({ env: { OLLAMA_HOST: 'gpu-box' }, keepAlive: -1 });

    await ollama.generate(request({ temperature: undefined }));

    expect(ollama.endpoint).toBe('http://gpu-box:11434');
    expect(sent).toMatchObject({ model: OLLAMA_DEFAULTS.model, keep_alive: -1, options: {} });
  });

  it('passes a custom fetch through', async () => {
    const calls: string[] = [];
    nock(HOST).post('/api/chat').reply(200, ollamaChat(sampleText));
    const { provider: ollama } = provider({
      fetch: (input, init) => {
        calls.push(String(input));
        return globalThis.fetch(input, init);
      },
    });
    await ollama.generate(request());
    expect(calls).toEqual([`${HOST}/api/chat`]);
  });
});

describe('Ollama provider: retries', () => {
  it('429 with Retry-After: waits what the server asked, then succeeds', async () => {
    nock(HOST).post('/api/chat').reply(429, { error: 'busy' }, { 'Retry-After': '2' });
    nock(HOST).post('/api/chat').reply(200, ollamaChat(sampleText));
    const { provider: ollama, delays } = provider();

    const result = await ollama.generate(request());

    expect(result.attempts).toBe(2);
    expect(delays).toEqual([2000]);
  });

  it('caps a long Retry-After at maxDelayMs', async () => {
    nock(HOST).post('/api/chat').reply(429, { error: 'busy' }, { 'Retry-After': '3600' });
    nock(HOST).post('/api/chat').reply(200, ollamaChat(sampleText));
    const { provider: ollama, delays } = provider({ retry: { maxDelayMs: 5_000 } });

    await ollama.generate(request());

    expect(delays).toEqual([5_000]);
  });

  it('gives up on repeated 429 with a rate_limited error', async () => {
    nock(HOST).post('/api/chat').times(3).reply(429, { error: 'too many requests' });
    const { provider: ollama, delays } = provider();

    const error = await failure(ollama.generate(request()));

    expect(error).toMatchObject({ kind: 'rate_limited', provider: 'ollama', endpoint: HOST, attempts: 3, status: 429 });
    expect(error.message).toBe(
      `Ollama at ${HOST} is rate limiting requests (HTTP 429: too many requests, 3 attempts): wait and try again, or lower the concurrency`,
    );
    expect(delays).toEqual([1000, 2000]); // exponential backoff (jitter disabled)
  });

  it('500 then success', async () => {
    nock(HOST).post('/api/chat').reply(500, { error: 'llama runner process has terminated' });
    nock(HOST).post('/api/chat').reply(200, ollamaChat(sampleText));
    const { provider: ollama, delays } = provider();

    const result = await ollama.generate(request());

    expect(result).toMatchObject({ text: sampleText, attempts: 2 });
    expect(delays).toEqual([1000]);
  });

  it('a 5xx with a text body keeps stdout clean (ollama-js would console.log) and reports the body', async () => {
    nock(HOST).post('/api/chat').times(2).reply(502, 'Bad Gateway from proxy', { 'Content-Type': 'text/plain' });
    const { provider: ollama } = provider({ retry: { maxAttempts: 2 } });

    const { result, stdout } = await captureStdout(() => ollama.generate(request()));

    expect(stdout).toBe('');
    expect(result.status).toBe('rejected');
    const error = (result as PromiseRejectedResult).reason as LlmError;
    expect(error).toMatchObject({ kind: 'server', status: 502, attempts: 2 });
    expect(error.message).toBe(`Ollama at ${HOST} failed (HTTP 502: Bad Gateway from proxy, 2 attempts)`);
  });

  it('times out a slow answer (per attempt), retries, and reports the timeout', async () => {
    nock(HOST).post('/api/chat').times(2).delay(1_000).reply(200, ollamaChat(sampleText));
    const { provider: ollama } = provider({ timeoutMs: 50, retry: { maxAttempts: 2 } });

    const started = Date.now();
    const error = await failure(ollama.generate(request()));

    expect(Date.now() - started).toBeLessThan(900);
    expect(error).toMatchObject({ kind: 'timeout', attempts: 2 });
    expect(error.message).toMatch(/^Ollama at http:\/\/ollama\.test:11434 did not answer within 50 ms \(model llama3\.1:8b, 2 attempts\): /);
  });

  it('a timeout followed by a quick answer succeeds', async () => {
    nock(HOST).post('/api/chat').delay(1_000).reply(200, ollamaChat(sampleText));
    nock(HOST).post('/api/chat').reply(200, ollamaChat(sampleText));
    const { provider: ollama } = provider({ timeoutMs: 50 });

    expect((await ollama.generate(request())).attempts).toBe(2);
  });

  it('a malformed JSON body is a failed attempt', async () => {
    nock(HOST).post('/api/chat').reply(200, '{"model":"llama3.1:8b","message":{"role":', { 'Content-Type': 'application/json' });
    nock(HOST).post('/api/chat').reply(200, ollamaChat(sampleText));
    const { provider: ollama } = provider();

    expect((await ollama.generate(request())).attempts).toBe(2);
  });

  it('truncated model output (not JSON) is retried, and reported if it persists', async () => {
    const truncated = sampleText.slice(0, 40);
    nock(HOST).post('/api/chat').times(3).reply(200, ollamaChat(truncated));
    const { provider: ollama } = provider();

    const error = await failure(ollama.generate(request()));

    expect(error).toMatchObject({ kind: 'bad_response', attempts: 3 });
    expect(error.message).toMatch(/gave an unusable answer \(model llama3\.1:8b, 3 attempts\): the model output is not valid JSON .*it may be truncated$/);
  });

  it('output that fails validate is retried; the next good one is returned', async () => {
    nock(HOST).post('/api/chat').reply(200, ollamaChat(JSON.stringify({ summary: 'x', severity: 'apocalyptic', steps: [] })));
    nock(HOST).post('/api/chat').reply(200, ollamaChat(sampleText));
    const { provider: ollama } = provider();

    expect((await ollama.generate(request())).attempts).toBe(2);
  });

  it('reports what validate said when every attempt fails it', async () => {
    nock(HOST).post('/api/chat').times(2).reply(200, ollamaChat(JSON.stringify({ summary: 'x', severity: 'apocalyptic', steps: [] })));
    const { provider: ollama } = provider({ retry: { maxAttempts: 2 } });

    const error = await failure(ollama.generate(request()));

    expect(error.message).toMatch(/the model output failed validation: severity: Invalid option/);
  });

  it('done_reason "length" (hit num_predict) is a truncated, failed attempt', async () => {
    nock(HOST).post('/api/chat').reply(200, ollamaChat('{"summary":"x"}', { done_reason: 'length' }));
    nock(HOST).post('/api/chat').reply(200, ollamaChat(sampleText));
    const { provider: ollama } = provider();

    expect((await ollama.generate(request())).attempts).toBe(2);
  });
});

describe('Ollama provider: failures that are not retried or that say what to do', () => {
  it('unreachable: retries, then says how to start Ollama', async () => {
    nock(OLLAMA_DEFAULTS.host)
      .post('/api/chat')
      .times(3)
      .replyWithError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:11434'), { code: 'ECONNREFUSED' }));
    const { retry } = fastRetry();
    const ollama = createOllamaProvider({ env: {}, retry });

    const error = await failure(ollama.generate(request()));

    expect(error).toMatchObject({ kind: 'unreachable', attempts: 3, endpoint: 'http://127.0.0.1:11434' });
    expect(error.message).toBe(
      'cannot reach Ollama at http://127.0.0.1:11434 (connection refused, 3 attempts): start it with `ollama serve` or set OLLAMA_HOST',
    );
  });

  it('401 is not retried', async () => {
    const scope = nock(HOST).post('/api/chat').reply(401, { error: 'unauthorized' });
    const { provider: ollama, delays } = provider();

    const error = await failure(ollama.generate(request()));

    expect(scope.isDone()).toBe(true);
    expect(error).toMatchObject({ kind: 'auth', attempts: 1, status: 401 });
    expect(delays).toEqual([]);
  });

  it('404 unknown model says to pull it', async () => {
    nock(HOST).post('/api/chat').reply(404, { error: 'model "llama3.1:8b" not found, try pulling it first' });
    const { provider: ollama } = provider();

    const error = await failure(ollama.generate(request()));

    expect(error).toMatchObject({ kind: 'request', attempts: 1 });
    expect(error.message).toContain('run `ollama pull llama3.1:8b`');
  });

  it('400 is not retried', async () => {
    nock(HOST).post('/api/chat').reply(400, { error: 'invalid format' });
    const { provider: ollama, delays } = provider();

    const error = await failure(ollama.generate(request()));

    expect(error).toMatchObject({ kind: 'request', attempts: 1 });
    expect(error.message).toBe(`Ollama at ${HOST} rejected the request (HTTP 400: invalid format)`);
    expect(delays).toEqual([]);
  });

  it("the caller's abort stops a retry wait and rejects with the abort reason", async () => {
    nock(HOST).post('/api/chat').reply(500, { error: 'boom' });
    const controller = new AbortController();
    const ollama = createOllamaProvider({
      host: HOST,
      retry: { baseDelayMs: 60_000, onRetry: () => controller.abort(new Error('user pressed Ctrl-C')) },
    });

    await expect(ollama.generate(request({ signal: controller.signal }))).rejects.toThrow('user pressed Ctrl-C');
  });

  it("the caller's abort cancels a request in flight", async () => {
    nock(HOST).post('/api/chat').delay(5_000).reply(200, ollamaChat(sampleText));
    const { provider: ollama } = provider();
    const signal = AbortSignal.timeout(50);

    await expect(ollama.generate(request({ signal }))).rejects.toMatchObject({ name: 'TimeoutError' });
  });
});

describe('resolveOllamaHost', () => {
  it.each([
    [undefined, {}, 'http://127.0.0.1:11434'],
    [undefined, { OLLAMA_HOST: '' }, 'http://127.0.0.1:11434'],
    [undefined, { OLLAMA_HOST: '0.0.0.0' }, 'http://0.0.0.0:11434'],
    [undefined, { OLLAMA_HOST: '10.0.0.5:8080' }, 'http://10.0.0.5:8080'],
    ['ollama.local', { OLLAMA_HOST: 'ignored' }, 'http://ollama.local:11434'],
    [':1234', {}, 'http://127.0.0.1:1234'],
    ['https://ollama.example.com', {}, 'https://ollama.example.com:443'],
    ['http://proxy.example.com/ollama/', {}, 'http://proxy.example.com:80/ollama'],
  ])('%s with env %j → %s', (host, env, expected) => {
    expect(resolveOllamaHost(host, env)).toBe(expected);
  });

  it('rejects an unusable host', () => {
    expect(() => resolveOllamaHost('http://[bad', {})).toThrow('invalid Ollama host "http://[bad"');
  });
});
