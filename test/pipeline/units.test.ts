import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRedact } from '../../src/cli/options.js';
import { LlmError } from '../../src/llm/errors.js';
import type { LlmProvider } from '../../src/llm/provider.js';
import { isRemoteEndpoint } from '../../src/pipeline/locality.js';
import { NameAllocator, reportBaseName, writeFileAtomic } from '../../src/pipeline/report-files.js';
import { withStickyFailure } from '../../src/pipeline/sticky-failure.js';
import { fixtureAlert } from './helpers.js';

describe('isRemoteEndpoint', () => {
  it.each([
    ['http://127.0.0.1:11434', false],
    ['http://localhost:8000/v1', false],
    ['http://[::1]:1234/v1', false],
    ['https://api.openai.com/v1', true],
    ['http://gpu-box:11434', true],
    ['http://192.168.1.20:11434', true],
    [undefined, true],
  ])('%s → remote %s', (endpoint, remote) => {
    expect(isRemoteEndpoint(endpoint)).toBe(remote);
  });
});

describe('report file names', () => {
  it('rule slug + time + short hash; stable; unique within a run', () => {
    const alert = fixtureAlert('terminal-shell-in-container.json');
    expect(reportBaseName(alert)).toMatch(/^terminal-shell-in-container-\d{8}T\d{6}Z-[0-9a-f]{8}$/);
    expect(reportBaseName(structuredClone(alert))).toBe(reportBaseName(alert));
    expect(reportBaseName({ ...alert, time: '2030-01-01T00:00:00Z' })).not.toBe(reportBaseName(alert));
    const names = new NameAllocator();
    const first = names.allocate(alert);
    expect(names.allocate(alert)).toBe(`${first}-2`);
  });

  it('writes atomically and cleans up after a failure', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'falco-report-atomic-'));
    try {
      await writeFileAtomic(dir, 'a.md', 'hello\n');
      expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('hello\n');
      await expect(writeFileAtomic(join(dir, 'missing'), 'b.md', 'x')).rejects.toThrow();
      expect(readdirSync(dir)).toEqual(['a.md']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('withStickyFailure', () => {
  function failing(kind: LlmError['kind'], status?: number): { provider: LlmProvider; calls: () => number } {
    let calls = 0;
    return {
      calls: () => calls,
      provider: {
        name: 'ollama',
        model: 'm',
        endpoint: 'http://127.0.0.1:11434',
        generate: async () => {
          calls++;
          throw new LlmError(`failed: ${kind}`, { kind, provider: 'ollama', endpoint: 'x', attempts: 1, ...(status ? { status } : {}) });
        },
      },
    };
  }
  const request = { system: '', prompt: '', schema: {}, schemaName: 's' };

  it('remembers a lasting failure (down, auth, missing model) and fails later calls at once', async () => {
    for (const [kind, status] of [['unreachable'], ['auth'], ['request', 404]] as const) {
      const { provider, calls } = failing(kind, status);
      const sticky = withStickyFailure(provider);
      await expect(sticky.generate(request)).rejects.toThrow(kind);
      await expect(sticky.generate(request)).rejects.toThrow(kind);
      expect(calls()).toBe(1);
    }
  });

  it('keeps trying after transient failures', async () => {
    const { provider, calls } = failing('timeout');
    const sticky = withStickyFailure(provider);
    await expect(sticky.generate(request)).rejects.toThrow();
    await expect(sticky.generate(request)).rejects.toThrow();
    expect(calls()).toBe(2);
  });
});

describe('--redact values', () => {
  it('parses lists, all and none, and rejects unknown kinds', () => {
    expect(parseRedact('hosts,ips')).toEqual({ hosts: true, users: false, ips: true });
    expect(parseRedact('all')).toEqual({ hosts: true, users: true, ips: true });
    expect(parseRedact('none')).toEqual({ hosts: false, users: false, ips: false });
    expect(() => parseRedact('hosts,emails')).toThrow(/expected a comma list/);
  });
});
