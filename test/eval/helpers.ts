import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { loadCases, type EvalCase } from '../../src/eval/cases.js';
import { runEvalCli } from '../../src/eval/cli.js';
import type { EvalOptions, EvalOutcome, EvalResults } from '../../src/eval/run-eval.js';
import { fastRetry } from '../llm/helpers.js';

export const CASES_FILE = 'eval/cases.json';

export function evalCases(): EvalCase[] {
  return loadCases(CASES_FILE);
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh directory removed after the test: results files never land in eval/results during tests. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'falco-report-eval-'));
  dirs.push(dir);
  return dir;
}

export function writeJson(dir: string, name: string, value: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(value));
  return file;
}

export interface EvalRun extends EvalOutcome {
  stdout: string;
  stderr: string;
  /** The results file as written. */
  written?: EvalResults;
  /** The summary line of the printed summary whose label is `label` ("pass rate" -> "100.0% (19/19), ..."). */
  line: (label: string) => string;
}

/**
 * The harness the way `tsx eval/run.ts ARGS` runs it, in process: an empty environment (so a developer's
 * OLLAMA_HOST cannot redirect the mocked server) and retries that do not wait.
 */
export async function evalRun(args: string[], overrides: Partial<EvalOptions> = {}): Promise<EvalRun> {
  let stdout = '';
  let stderr = '';
  const out = join(tempDir(), 'results.json');
  const outcome = await runEvalCli(
    ['--out', out, ...args],
    { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) },
    { env: {}, retry: fastRetry().retry, ...overrides },
  );
  let written: EvalResults | undefined;
  if (outcome.outFile) written = JSON.parse(readFileSync(outcome.outFile, 'utf8')) as EvalResults;
  const line = (label: string) => {
    const found = stdout.split('\n').find((l) => l.startsWith(`${label}  `));
    if (found === undefined) throw new Error(`no "${label}" line in:\n${stdout}`);
    return found.slice(label.length).trim();
  };
  return { ...outcome, stdout, stderr, ...(written ? { written } : {}), line };
}

/** The printed table row of case `id`, split into its cells. */
export function tableRow(stdout: string, id: string): string[] {
  const row = stdout.split('\n').find((l) => l.startsWith(`${id} `));
  if (row === undefined) throw new Error(`no row for ${id} in:\n${stdout}`);
  return row.split(/ {2,}/);
}
