import nock from 'nock';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LlmError } from '../../src/llm/errors.js';
import { OPENAI_DEFAULTS, createOpenAIProvider, type OpenAIProviderOptions } from '../../src/llm/openai.js';
import { captureStdout, failure, fastRetry, openaiCompletion, request, sampleText } from './helpers.js';

const ORIGIN = 'https://api.openai.test';
const BASE = `${ORIGIN}/v1`;
const PATH = '/v1/chat/completions';

afterEach(() => {
  vi.unstubAllEnvs();
});

function provider(options: OpenAIProviderOptions = {}) {
  const { retry, delays } = fastRetry(options.retry);
  return { provider: createOpenAIProvider({ apiKey: 'sk-test', baseURL: BASE, env: {}, ...options, retry }), delays };
}

describe('OpenAI provider: happy path', () => {
  it('sends a strict json_schema response_format and returns text, usage, latency and attempts', async () => {
    let sent: Record<string, unknown> | undefined;
    const scope = nock(ORIGIN)
      .post(PATH, (body) => {
        sent = body;
        return true;
      })
      .matchHeader('authorization', 'Bearer sk-test')
      .reply(200, openaiCompletion(sampleText));
    const { provider: openai } = provider({ model: 'gpt-4.1-mini' });

    const result = await openai.generate(request());

    expect(scope.isDone()).toBe(true);
    expect(sent).toMatchObject({
      model: 'gpt-4.1-mini',
      temperature: 0.2,
      messages: [
        { role: 'system', content: 'You write incident reports.' },
        { role: 'user', content: 'Alert: Terminal shell in container' },
      ],
      response_format: {
        type: 'json_schema',
        json_schema: {
          name: 'incident_report',
          strict: true,
          schema: { type: 'object', required: ['summary', 'severity', 'steps'], additionalProperties: false },
        },
      },
    });
    expect(sent).not.toHaveProperty('stream');
    expect((sent?.['response_format'] as { json_schema: { schema: object } }).json_schema.schema).not.toHaveProperty('$schema');
    expect(result).toMatchObject({ text: sampleText, attempts: 1, finishReason: 'stop', usage: { inputTokens: 400, outputTokens: 60 } });
    expect(result.latencyMs).toEqual(expect.any(Number));
    expect(openai).toMatchObject({ name: 'openai', model: 'gpt-4.1-mini', endpoint: BASE });
  });

  it('reads OPENAI_API_KEY and OPENAI_BASE_URL (vLLM, llama.cpp, LM Studio), default model gpt-4o-mini', async () => {
    let sent: Record<string, unknown> | undefined;
    nock('http://vllm.local:8000')
      .post('/v1/chat/completions', (body) => {
        sent = body;
        return true;
      })
      .matchHeader('authorization', 'Bearer from-env')
      .reply(200, openaiCompletion(sampleText));
    const openai = createOpenAIProvider({ env: { OPENAI_API_KEY: 'from-env', OPENAI_BASE_URL: 'http://vllm.local:8000/v1/' } });

    await openai.generate(request({ temperature: undefined }));

    expect(openai.endpoint).toBe('http://vllm.local:8000/v1');
    expect(sent).toMatchObject({ model: OPENAI_DEFAULTS.model });
    expect(sent).not.toHaveProperty('temperature');
  });

  it('a local server needs no key; api.openai.com without a key fails at creation', async () => {
    nock('http://127.0.0.1:8080').post('/v1/chat/completions').matchHeader('authorization', /^Bearer .+/).reply(200, openaiCompletion(sampleText));
    const local = createOpenAIProvider({ baseURL: 'http://127.0.0.1:8080/v1', env: {} });
    expect((await local.generate(request())).text).toBe(sampleText);

    const noKey = () => createOpenAIProvider({ env: {} });
    expect(noKey).toThrow(LlmError);
    expect(noKey).toThrow('no API key for https://api.openai.com/v1: set OPENAI_API_KEY, or set OPENAI_BASE_URL to a local OpenAI-compatible server');
    const blank = () => createOpenAIProvider({ env: { OPENAI_API_KEY: '  ' } });
    expect(blank).toThrow(expect.objectContaining({ kind: 'auth', provider: 'openai', endpoint: OPENAI_DEFAULTS.baseURL, attempts: 0 }));
  });

  it('usage is optional', async () => {
    nock(ORIGIN).post(PATH).reply(200, openaiCompletion(sampleText, { usage: null }));
    const { provider: openai } = provider();
    const result = await openai.generate(request());
    expect(result.usage).toBeUndefined();
  });
});

describe('OpenAI provider: retries', () => {
  it('429: retry-after-ms wins over retry-after, and is waited exactly', async () => {
    nock(ORIGIN)
      .post(PATH)
      .reply(429, { error: { message: 'Rate limit reached for gpt-4o-mini', type: 'requests' } }, { 'retry-after-ms': '250', 'retry-after': '7' });
    nock(ORIGIN).post(PATH).reply(200, openaiCompletion(sampleText));
    const { provider: openai, delays } = provider();

    const result = await openai.generate(request());

    expect(result.attempts).toBe(2);
    expect(delays).toEqual([250]);
  });

  it('429 with Retry-After in seconds', async () => {
    nock(ORIGIN).post(PATH).reply(429, { error: { message: 'slow down' } }, { 'retry-after': '0' });
    nock(ORIGIN).post(PATH).reply(200, openaiCompletion(sampleText));
    const { provider: openai, delays } = provider();

    await openai.generate(request());

    expect(delays).toEqual([0]);
  });

  it('caps a long Retry-After at maxDelayMs (openai 6.x alone would sleep the full 65 s)', async () => {
    nock(ORIGIN).post(PATH).reply(429, { error: { message: 'slow down' } }, { 'retry-after': '65' });
    nock(ORIGIN).post(PATH).reply(200, openaiCompletion(sampleText));
    const { provider: openai, delays } = provider({ retry: { maxDelayMs: 4_000 } });

    await openai.generate(request());

    expect(delays).toEqual([4_000]);
  });

  it('gives up on repeated 429 with the server message', async () => {
    nock(ORIGIN).post(PATH).times(3).reply(429, { error: { message: 'You exceeded your current quota' } });
    const { provider: openai } = provider();

    const error = await failure(openai.generate(request()));

    expect(error).toMatchObject({ kind: 'rate_limited', provider: 'openai', endpoint: BASE, attempts: 3, status: 429 });
    expect(error.message).toBe(
      `the OpenAI-compatible API at ${BASE} is rate limiting requests (HTTP 429: You exceeded your current quota, 3 attempts): wait and try again, or lower the concurrency`,
    );
  });

  it('500 then success', async () => {
    nock(ORIGIN).post(PATH).reply(500, { error: { message: 'The server had an error' } });
    nock(ORIGIN).post(PATH).reply(200, openaiCompletion(sampleText));
    const { provider: openai, delays } = provider();

    const result = await openai.generate(request());

    expect(result.attempts).toBe(2);
    expect(delays).toEqual([1000]);
  });

  it('times out a slow answer per attempt and reports it', async () => {
    nock(ORIGIN).post(PATH).times(2).delay(1_000).reply(200, openaiCompletion(sampleText));
    const { provider: openai } = provider({ timeoutMs: 50, retry: { maxAttempts: 2 } });

    const started = Date.now();
    const error = await failure(openai.generate(request()));

    expect(Date.now() - started).toBeLessThan(900);
    expect(error).toMatchObject({ kind: 'timeout', attempts: 2 });
    expect(error.message).toBe(
      `the OpenAI-compatible API at ${BASE} did not answer within 50 ms (model gpt-4o-mini, 2 attempts): raise the timeout or use a smaller model`,
    );
  });

  it('a timeout followed by a quick answer succeeds', async () => {
    nock(ORIGIN).post(PATH).delay(1_000).reply(200, openaiCompletion(sampleText));
    nock(ORIGIN).post(PATH).reply(200, openaiCompletion(sampleText));
    const { provider: openai } = provider({ timeoutMs: 50 });

    expect((await openai.generate(request())).attempts).toBe(2);
  });

  it('a malformed JSON body is a failed attempt (the SDK would not retry it)', async () => {
    nock(ORIGIN).post(PATH).reply(200, '{"id":"chatcmpl-1","choices":[{"index":0,', { 'Content-Type': 'application/json' });
    nock(ORIGIN).post(PATH).reply(200, openaiCompletion(sampleText));
    const { provider: openai } = provider();

    expect((await openai.generate(request())).attempts).toBe(2);
  });

  it('a 200 that is not a chat completion (e.g. an HTML page) is a failed attempt', async () => {
    nock(ORIGIN).post(PATH).times(2).reply(200, '<html>captive portal</html>', { 'Content-Type': 'text/html' });
    const { provider: openai } = provider({ retry: { maxAttempts: 2 } });

    const error = await failure(openai.generate(request()));

    expect(error).toMatchObject({ kind: 'bad_response', attempts: 2 });
    expect(error.message).toContain('the response is not a chat completion');
  });

  it('finish_reason "length" is a truncated, failed attempt', async () => {
    nock(ORIGIN).post(PATH).reply(200, openaiCompletion(sampleText.slice(0, 30), { finish_reason: 'length' }));
    nock(ORIGIN).post(PATH).reply(200, openaiCompletion(sampleText));
    const { provider: openai } = provider();

    expect((await openai.generate(request())).attempts).toBe(2);
  });

  it('persistent truncation is reported as such', async () => {
    nock(ORIGIN).post(PATH).times(3).reply(200, openaiCompletion(sampleText.slice(0, 30), { finish_reason: 'length' }));
    const { provider: openai } = provider();

    const error = await failure(openai.generate(request()));

    expect(error.message).toBe(
      `the OpenAI-compatible API at ${BASE} gave an unusable answer (model gpt-4o-mini, 3 attempts): the output was truncated at the token limit (finish_reason "length")`,
    );
  });

  it('a refusal and output failing validate are failed attempts', async () => {
    nock(ORIGIN).post(PATH).reply(200, openaiCompletion(null, { refusal: "I can't help with that." }));
    nock(ORIGIN).post(PATH).reply(200, openaiCompletion('{"summary":"only"}'));
    nock(ORIGIN).post(PATH).reply(200, openaiCompletion(sampleText));
    const { provider: openai } = provider();

    expect((await openai.generate(request())).attempts).toBe(3);
  });
});

describe('OpenAI provider: failures that are not retried or that say what to do', () => {
  it('unreachable: retries, then names the base URL', async () => {
    nock(ORIGIN)
      .post(PATH)
      .times(3)
      .replyWithError(Object.assign(new Error('connect ECONNREFUSED 10.0.0.1:443'), { code: 'ECONNREFUSED' }));
    const { provider: openai } = provider();

    const error = await failure(openai.generate(request()));

    expect(error).toMatchObject({ kind: 'unreachable', attempts: 3 });
    expect(error.message).toBe(
      `cannot reach the OpenAI-compatible API at ${BASE} (connection refused, 3 attempts): check that the server is running and that OPENAI_BASE_URL is right`,
    );
  });

  it('ECONNRESET is retried', async () => {
    nock(ORIGIN).post(PATH).replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
    nock(ORIGIN).post(PATH).reply(200, openaiCompletion(sampleText));
    const { provider: openai } = provider();

    expect((await openai.generate(request())).attempts).toBe(2);
  });

  it('401 is not retried and says to set OPENAI_API_KEY', async () => {
    const scope = nock(ORIGIN)
      .post(PATH)
      .reply(401, { error: { message: 'Incorrect API key provided: sk-test.', type: 'invalid_request_error', code: 'invalid_api_key' } });
    const { provider: openai, delays } = provider();

    const error = await failure(openai.generate(request()));

    expect(scope.isDone()).toBe(true);
    expect(delays).toEqual([]);
    expect(error).toMatchObject({ kind: 'auth', attempts: 1, status: 401 });
    expect(error.message).toBe(
      `the OpenAI-compatible API at ${BASE} rejected the credentials (HTTP 401: Incorrect API key provided: sk-test.): set OPENAI_API_KEY to a valid key`,
    );
  });

  it('400 from vLLM keeps its message (which the SDK would drop) and is not retried', async () => {
    nock(ORIGIN)
      .post(PATH)
      .reply(400, { object: 'error', message: 'guided_json is not supported for this model', type: 'BadRequestError', code: 400 });
    const { provider: openai, delays } = provider();

    const error = await failure(openai.generate(request()));

    expect(delays).toEqual([]);
    expect(error).toMatchObject({ kind: 'request', attempts: 1, status: 400 });
    expect(error.message).toBe(`the OpenAI-compatible API at ${BASE} rejected the request (HTTP 400: guided_json is not supported for this model)`);
  });

  it('404 unknown model says so', async () => {
    nock(ORIGIN).post(PATH).reply(404, { error: { message: 'The model `gpt-9` does not exist', code: 'model_not_found' } });
    const { provider: openai } = provider({ model: 'gpt-9' });

    const error = await failure(openai.generate(request()));

    expect(error.message).toContain('does not offer model "gpt-9"');
  });

  it('nothing reaches stdout on failures, even with OPENAI_LOG=debug', async () => {
    vi.stubEnv('OPENAI_LOG', 'debug');
    nock(ORIGIN).post(PATH).reply(503, 'upstream unavailable', { 'Content-Type': 'text/plain' });
    const { provider: openai } = provider({ retry: { maxAttempts: 1 } });

    const { result, stdout } = await captureStdout(() => openai.generate(request()));

    expect(stdout).toBe('');
    expect((result as PromiseRejectedResult).reason).toMatchObject({ kind: 'server', message: expect.stringContaining('HTTP 503: upstream unavailable') });
  });

  it("the caller's abort stops a retry wait and rejects with the abort reason", async () => {
    nock(ORIGIN).post(PATH).reply(500, { error: { message: 'boom' } });
    const controller = new AbortController();
    const openai = createOpenAIProvider({
      apiKey: 'sk-test',
      baseURL: BASE,
      retry: { baseDelayMs: 60_000, onRetry: () => controller.abort(new Error('cancelled')) },
    });

    await expect(openai.generate(request({ signal: controller.signal }))).rejects.toThrow('cancelled');
  });
});
