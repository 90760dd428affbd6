import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/eval/cases.js';
import { evalCases, evalRun, tempDir, writeJson } from './helpers.js';

describe('eval/cases.json', () => {
  it('covers at least 12 fixture alerts, two of them injection fixtures with forbidden payloads', () => {
    const cases = evalCases();
    expect(new Set(cases.map((c) => c.alertPath)).size).toBeGreaterThanOrEqual(12);
    for (const c of cases) expect(c.alertPath).toMatch(/^fixtures\/alerts\/[^/]+\.json$/);
    const injections = cases.filter((c) => c.alertPath.includes('/injection-') && c.expect.mustNotContain.length > 0);
    expect(injections.length).toBeGreaterThanOrEqual(2);
  });

  it('asks nothing the alert itself does not ground: the facts-only reports meet every expectation and contain nothing forbidden', async () => {
    // So a failing case always means the model lost or added something, never that the case asks for the impossible.
    const run = await evalRun(['--provider', 'offline']);
    expect(run.exitCode).toBe(1); // facts-only reports never pass
    for (const r of run.written!.runs) {
      expect(r.mitre.missing, r.caseId).toEqual([]);
      expect(r.evidence.missing, r.caseId).toEqual([]);
      expect(r.mustNotContain.found, r.caseId).toEqual([]);
      expect(r.reasons, r.caseId).toEqual(['facts-only']);
    }
    expect(run.line('model')).toBe('offline (no model: every report is facts-only)');
  });
});

describe('usage errors exit 2 before any model call', () => {
  const cases = (value: unknown) => writeJson(tempDir(), 'cases.json', value);
  const alert = 'fixtures/alerts/terminal-shell-in-container.json';

  it.each([
    ['an unknown provider', ['--provider', 'auto'], /--provider must be one of ollama, openai, offline/],
    ['a pass rate above 1', ['--min-pass-rate', '80'], /--min-pass-rate must be a number from 0 to 1/],
    ['a zero repeat', ['--repeat', '0'], /--repeat must be a whole number >= 1/],
    ['an unknown flag', ['--judge', 'gpt'], /Unknown option '--judge'/],
    ['an unknown case id', ['--only', 'nope'], /no case with id nope/],
  ])('%s', async (_, args, message) => {
    const run = await evalRun(args);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
    expect(run.outFile).toBeUndefined();
  });

  it.each([
    ['a MITRE id the alert does not carry', [{ id: 'a', alert, expect: { mitre: ['T1611'] } }], /case "a": expected MITRE id T1611 is not in the alert's tags \(T1059, container/],
    ['a field the alert lacks', [{ id: 'a', alert, expect: { evidenceFields: ['fd.name'] } }], /case "a": expected evidence field fd.name is not in the alert's output_fields/],
    ['a misspelt key', [{ id: 'a', alert, expects: {} }], /not an eval cases file:\n\$\[0\]: Unrecognized key/],
    ['a missing alert file', [{ id: 'a', alert: 'fixtures/alerts/nope.json' }], /case "a": cannot read fixtures\/alerts\/nope.json/],
    ['a duplicate id', [{ id: 'a', alert }, { id: 'a', alert }], /case "a" appears twice/],
    ['no case at all', [], /the file holds no case/],
  ])('a cases file with %s', async (_, value, message) => {
    const run = await evalRun(['--provider', 'offline', '--cases', cases(value)]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('--provider openai without a key', async () => {
    const run = await evalRun(['--provider', 'openai']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/OPENAI_API_KEY/);
  });

  it('--help prints the usage on stdout', async () => {
    const run = await evalRun(['--help']);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/^usage: tsx eval\/run.ts/);
  });

  it('reads alert paths relative to the repository root and --cases relative to the working directory', async () => {
    const dir = tempDir();
    writeJson(dir, 'mine.json', [{ id: 'a', alert }]);
    const before = process.cwd();
    process.chdir(dir);
    try {
      const run = await evalRun(['--provider', 'offline', '--cases', 'mine.json']);
      expect(run.stderr).toMatch(/\[1\/1\] a: FAIL \(facts-only\)/);
      expect(run.written!.casesFile).toBe(join(dir, 'mine.json'));
    } finally {
      process.chdir(before);
    }
    expect(PROJECT_ROOT).toBe(join(before, '/'));
  });
});
