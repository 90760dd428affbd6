import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { LlmError } from '../../src/llm/errors.js';
import { createProvider, isOllamaReachable, resolveProviderChoice } from '../../src/llm/probe.js';

const HOST = 'http://ollama.test:11434';
const refused = () => Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });

describe('isOllamaReachable', () => {
  it('true when GET /api/version answers', async () => {
    const scope = nock(HOST).get('/api/version').reply(200, { version: '0.13.0' });
    expect(await isOllamaReachable(HOST, 500)).toBe(true);
    expect(scope.isDone()).toBe(true);
  });

  it('uses OLLAMA_HOST when no host is given', async () => {
    nock('http://10.1.2.3:11434').get('/api/version').reply(200, { version: '0.13.0' });
    expect(await isOllamaReachable(undefined, 500, { env: { OLLAMA_HOST: '10.1.2.3' } })).toBe(true);
  });

  it('false when the connection is refused', async () => {
    nock(HOST).get('/api/version').replyWithError(refused());
    expect(await isOllamaReachable(HOST, 500)).toBe(false);
  });

  it('false when something else answers with an error', async () => {
    nock(HOST).get('/api/version').reply(404, 'not found');
    expect(await isOllamaReachable(HOST, 500)).toBe(false);
  });

  it('false, quickly, when it does not answer in time', async () => {
    nock(HOST).get('/api/version').delay(2_000).reply(200, {});
    const started = Date.now();
    expect(await isOllamaReachable(HOST, 50)).toBe(false);
    expect(Date.now() - started).toBeLessThan(1_500);
  });
});

describe('resolveProviderChoice', () => {
  it('explicit choices need no probe', async () => {
    expect(await resolveProviderChoice('openai', { env: {} })).toBe('openai');
    expect(await resolveProviderChoice('ollama', { env: {} })).toBe('ollama');
  });

  it('auto → ollama when it answers', async () => {
    nock(HOST).get('/api/version').reply(200, { version: '0.13.0' });
    expect(await resolveProviderChoice('auto', { host: HOST, env: { OPENAI_API_KEY: 'sk' } })).toBe('ollama');
  });

  it('auto → openai when Ollama is down and OpenAI is configured', async () => {
    nock(HOST).get('/api/version').replyWithError(refused());
    expect(await resolveProviderChoice('auto', { host: HOST, env: { OPENAI_BASE_URL: 'http://vllm:8000/v1' } })).toBe('openai');
  });

  it('auto with nothing available explains both ways out', async () => {
    nock(HOST).get('/api/version').replyWithError(refused());
    const error = await resolveProviderChoice('auto', { host: HOST, env: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LlmError);
    expect(error).toMatchObject({ kind: 'unreachable', endpoint: HOST });
    expect((error as Error).message).toBe(
      `no model available: Ollama does not answer at ${HOST} and neither OPENAI_API_KEY nor OPENAI_BASE_URL is set: ` +
        'start Ollama with `ollama serve` (or set OLLAMA_HOST), or set OPENAI_API_KEY / OPENAI_BASE_URL',
    );
  });
});

describe('createProvider', () => {
  it('builds Ollama with its options', () => {
    const provider = createProvider({ provider: 'ollama', host: 'gpu:1234', model: 'mistral', env: {} });
    expect(provider).toMatchObject({ name: 'ollama', model: 'mistral', endpoint: 'http://gpu:1234' });
  });

  it('builds OpenAI with its options', () => {
    const provider = createProvider({ provider: 'openai', apiKey: 'sk', env: {} });
    expect(provider).toMatchObject({ name: 'openai', model: 'gpt-4o-mini', endpoint: 'https://api.openai.com/v1' });
  });

  it('hides credentials in the endpoint', () => {
    const provider = createProvider({ provider: 'ollama', host: 'https://user:secret@ollama.example.com', env: {} });
    expect(provider.endpoint).toBe('https://ollama.example.com:443');
  });

  it('builds no client and makes no request at creation', () => {
    createProvider({ provider: 'ollama', env: {} });
    createProvider({ provider: 'openai', apiKey: 'sk', env: {} });
    expect(nock.pendingMocks()).toEqual([]);
  });
});
