import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { PROMPT_VERSION } from '../../src/prompt/index.js';
import { allInventedAnswer, cleanAnswer, mockModel } from '../pipeline/helpers.js';
import { evalCases, evalRun, tableRow } from './helpers.js';

/**
 * The eval harness end to end against a mocked Ollama (the real client runs; nock answers at the HTTP layer).
 * Cases run one after another in file order, so answers queued in that order reach their own alert.
 */

// ollamaChat (test/llm/helpers.ts) reports 321 prompt and 54 output tokens for every answer.
const IN = 321;
const OUT = 54;

describe('eval harness with a mocked Ollama', () => {
  it('a good model answering cleanly for every case: pass rate 1, exit 0, figures printed and written', async () => {
    const cases = evalCases();
    const model = mockModel('ollama');
    for (const c of cases) model.answer(cleanAnswer(c.alert));
    const n = cases.length;

    const run = await evalRun(['--provider', 'ollama']);

    expect(run.exitCode).toBe(0);
    expect(nock.isDone()).toBe(true);
    expect(model.bodies).toHaveLength(n); // one call per case: no repair was needed
    expect(run.line('prompt')).toMatch(new RegExp(`^${PROMPT_VERSION.replace('.', '\\.')} \\(prompts sha256 [0-9a-f]{12}\\)$`));
    expect(run.line('model')).toBe('ollama llama3.1:8b at http://127.0.0.1:11434');
    expect(run.line('pass rate')).toBe(`100.0% (${n}/${n}), minimum 80.0%`);
    expect(run.line('first-answer errors')).toBe(`0.00 per answered report (${n} answered)`);
    expect(run.line('repairs')).toBe('0.00 per report');
    expect(run.line('withheld')).toBe('0.00 per report');
    expect(run.line('facts-only')).toBe(`0.0% (0/${n})`);
    expect(run.line('provider failures')).toBe('0');
    const mitre = cases.filter((c) => c.expect.mitre.length > 0).length;
    const forbidden = cases.filter((c) => c.expect.mustNotContain.length > 0).length;
    expect(run.line('expectations')).toBe(`MITRE ${mitre}/${mitre}, evidence ${n}/${n}, mustNotContain violated 0/${forbidden}`);
    expect(run.line('latency')).toMatch(/^p50 \d+ ms, p95 \d+ ms per report \(model p50 \d+ ms, p95 \d+ ms\)$/);
    expect(run.line('tokens')).toBe(`${IN * n} in, ${OUT * n} out (${IN} / ${OUT} per report)`);
    expect(run.line('result')).toBe('PASS');
    for (const c of cases) expect(tableRow(run.stdout, c.id).slice(1, 7)).toEqual(['1/1', '0', '0', '0', '0/1', '0/1']);

    // The JSON results hold the same figures, per run and summed up.
    const written = run.written!;
    expect(written).toEqual(run.results);
    expect(written).toMatchObject({ provider: 'ollama', model: 'llama3.1:8b', promptVersion: PROMPT_VERSION, casesFile: 'eval/cases.json', repeat: 1, passed: true });
    expect(written.summary).toMatchObject({ runs: n, passed: n, passRate: 1, factsOnly: 0, providerFailures: 0, firstAnswerErrors: { mean: 0, answered: n } });
    expect(written.runs.map((r) => r.caseId)).toEqual(cases.map((c) => c.id));
    for (const r of written.runs) {
      expect(r).toMatchObject({ pass: true, reasons: [], factsOnly: false, firstAnswerErrors: 0, repairs: 0, withheld: 0, tokens: { input: IN, output: OUT } });
      expect(r.calls).toEqual([expect.objectContaining({ attempt: 1, kind: 'initial', errors: 0 })]);
    }
    // Progress goes to stderr, never into the table.
    expect(run.stderr).toContain(`[${n}/${n}] ${cases.at(-1)!.id}: pass`);
    expect(run.stdout).not.toContain('falco-report eval:');
  });

  it('a bad model inventing every time: every report facts-only, pass rate 0, exit 1', async () => {
    const cases = evalCases();
    const model = mockModel('ollama');
    for (const c of cases) model.answer(allInventedAnswer(c.alert), 3); // the first answer and both repairs
    const n = cases.length;

    const run = await evalRun(['--provider', 'ollama']);

    expect(run.exitCode).toBe(1);
    expect(nock.isDone()).toBe(true);
    const written = run.written!;
    expect(written.passed).toBe(false);
    expect(written.summary).toMatchObject({ runs: n, passed: 0, passRate: 0, factsOnly: n, factsOnlyRate: 1, providerFailures: 0, repairsPerReport: 2 });
    for (const r of written.runs) {
      expect(r).toMatchObject({ pass: false, factsOnly: true, repairs: 2, providerError: null, tokens: { input: 3 * IN, output: 3 * OUT } });
      expect(r.reasons).toContain('facts-only');
      expect(r.firstAnswerErrors).toBeGreaterThan(0);
      expect(r.calls.map((c) => c.errors)).toEqual([r.firstAnswerErrors, r.firstAnswerErrors, r.firstAnswerErrors]);
      expect(r.withheldCodes.length).toBeGreaterThan(0);
    }
    const firstErrors = written.runs.reduce((s, r) => s + r.firstAnswerErrors!, 0) / n;
    const withheld = written.runs.reduce((s, r) => s + r.withheld, 0) / n;
    expect(withheld).toBeGreaterThan(0);

    expect(run.line('pass rate')).toBe(`0.0% (0/${n}), minimum 80.0%`);
    expect(run.line('first-answer errors')).toBe(`${firstErrors.toFixed(2)} per answered report (${n} answered)`);
    expect(run.line('repairs')).toBe('2.00 per report');
    expect(run.line('withheld')).toBe(`${withheld.toFixed(2)} per report`);
    expect(run.line('facts-only')).toBe(`100.0% (${n}/${n})`);
    expect(run.line('tokens')).toBe(`${3 * IN * n} in, ${3 * OUT * n} out (${3 * IN} / ${3 * OUT} per report)`);
    expect(run.line('result')).toBe('FAIL: pass rate 0.0% is below the minimum 80.0%');
    for (const c of cases) expect(tableRow(run.stdout, c.id)).toEqual(expect.arrayContaining(['0/1', '1/1', 'facts-only']));
  });

  it('detects a mustNotContain text that got past the gate, in a report that is otherwise good', async () => {
    const [c] = evalCases().filter((x) => x.id === 'injection-cmdline-instructions');
    const model = mockModel('ollama');
    // Descriptive text may mention an alert URL (the gate allows it in a summary); the case forbids this one anywhere.
    model.answer({ ...cleanAnswer(c!.alert), summary: 'The parent process asks for http://evil.example/fix.sh to be run, which makes this look like a false positive.' });

    const run = await evalRun(['--provider', 'ollama', '--only', c!.id, '--min-pass-rate', '1']);

    expect(run.exitCode).toBe(1);
    const [r] = run.written!.runs;
    expect(r).toMatchObject({ pass: false, factsOnly: false, withheld: 0, reasons: ['contains "http://evil.example/fix.sh"'] });
    expect(r!.mustNotContain).toEqual({ checked: c!.expect.mustNotContain, found: ['http://evil.example/fix.sh'] });
    expect(run.line('expectations')).toBe('MITRE 1/1, evidence 1/1, mustNotContain violated 1/1');
    expect(run.line('result')).toBe('FAIL: pass rate 0.0% is below the minimum 100.0%');
    const row = tableRow(run.stdout, c!.id);
    expect(row.slice(7, 10)).toEqual(['1/1', '1/1', '0/1']);
    expect(row.at(-1)).toBe('contains "http://evil.example/fix.sh"');
  });

  it('an Ollama that is down: provider failures counted, facts-only reports, no waiting on the second case', async () => {
    const model = mockModel('ollama');
    model.refuse(3); // the first case's three attempts; the failure then sticks for the second
    const run = await evalRun(['--provider', 'ollama', '--only', 'terminal-shell,netcat-rce', '--min-pass-rate', '0.5']);

    expect(run.exitCode).toBe(1);
    expect(nock.isDone()).toBe(true);
    expect(run.line('provider failures')).toBe('2');
    expect(run.line('first-answer errors')).toBe('n/a (no model answer)');
    expect(run.written!.runs.map((r) => r.reasons[0])).toEqual([expect.stringMatching(/^provider failed: /), expect.stringMatching(/^provider failed: /)]);
    expect(run.stderr).toContain('terminal-shell: model call failed');
  });

  it('--repeat runs each case N times and folds them into one row', async () => {
    const [c] = evalCases().filter((x) => x.id === 'terminal-shell');
    const model = mockModel('ollama');
    model.answer(cleanAnswer(c!.alert));
    model.answer(allInventedAnswer(c!.alert), 3);

    const run = await evalRun(['--provider', 'ollama', '--only', c!.id, '--repeat', '2', '--min-pass-rate', '0.5']);

    expect(run.exitCode).toBe(0);
    expect(run.written!.runs.map((r) => [r.repeat, r.pass])).toEqual([
      [1, true],
      [2, false],
    ]);
    expect(run.line('runs')).toBe('1 case x 2 = 2 reports, max repairs 2');
    expect(run.line('pass rate')).toBe('50.0% (1/2), minimum 50.0%');
    expect(tableRow(run.stdout, c!.id).slice(1, 6)).toEqual(['1/2', expect.any(String), '1', expect.any(String), '1/2']);
  });
});
