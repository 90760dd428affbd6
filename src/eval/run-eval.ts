import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { LlmError } from '../llm/errors.js';
import type { RetryOptions } from '../llm/retry.js';
import { generateReportOutcome } from '../pipeline/generate-report.js';
import { setupProvider } from '../pipeline/provider-setup.js';
import { writeFileAtomic } from '../pipeline/report-files.js';
import { PROMPT_VERSION } from '../prompt/index.js';
import { EvalCasesError, loadCases, PROJECT_ROOT, type EvalCase } from './cases.js';
import { formatSummary, formatTable, type RunHeader } from './format.js';
import { scoreError, scoreOutcome, type RunScore } from './score.js';
import { summarize, type EvalSummary } from './summary.js';

/**
 * Prompt regression evals: every case (x repeat) goes through the real pipeline (generateReportOutcome) with the
 * chosen provider, is scored deterministically, and the run fails (exit 1) when too few reports pass, so a prompt
 * edit or a model switch can be gated in CI. The table and summary go to stdout, progress to stderr, and every
 * figure to a JSON results file that two runs can be compared with.
 */

export type EvalProvider = 'ollama' | 'openai' | 'offline';
export const EVAL_PROVIDERS: readonly EvalProvider[] = ['ollama', 'openai', 'offline'];

export const EVAL_EXIT = {
  /** The pass rate reached --min-pass-rate. */
  pass: 0,
  /** The pass rate is below --min-pass-rate. */
  belowMinimum: 1,
  /** Bad usage, an unusable cases file, a provider that cannot be built, or results that could not be written. */
  usage: 2,
} as const;

export interface EvalOptions {
  /** No `auto`: an eval must measure the model it names, not silently fall back to facts-only reports. */
  provider: EvalProvider;
  model?: string;
  /** Cases file (relative to the working directory); the alert paths inside it are relative to the repository root. */
  cases: string;
  repeat: number;
  /** Results file (relative to the working directory); default eval/results/<timestamp>.json in the repository. */
  out?: string;
  minPassRate: number;
  maxRepairs: number;
  /** Run only these case ids. */
  only?: string[];
  /** Provider settings (OLLAMA_HOST, OPENAI_API_KEY, OPENAI_BASE_URL); default process.env. */
  env?: Record<string, string | undefined>;
  retry?: RetryOptions;
  timeoutMs?: number;
  now?: () => Date;
}

export interface EvalIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export interface EvalResults {
  tool: 'falco-report eval';
  formatVersion: 1;
  startedAt: string;
  finishedAt: string;
  casesFile: string;
  promptVersion: string;
  /** sha256 of prompts/*.md: tells two runs apart when the prompt text changed but PROMPT_VERSION did not. */
  promptHash: string;
  provider: string;
  model: string;
  endpoint: string | null;
  repeat: number;
  maxRepairs: number;
  minPassRate: number;
  passed: boolean;
  summary: EvalSummary;
  runs: RunScore[];
}

export interface EvalOutcome {
  exitCode: number;
  results?: EvalResults;
  outFile?: string;
}

export async function runEval(options: EvalOptions, io: EvalIO): Promise<EvalOutcome> {
  const now = options.now ?? (() => new Date());
  const say = (text: string) => io.stderr(`falco-report eval: ${text}\n`);
  const startedAt = now();

  let cases: EvalCase[];
  try {
    cases = selectCases(loadCases(resolve(options.cases)), options.only);
  } catch (error) {
    if (!(error instanceof EvalCasesError)) throw error;
    say(error.message);
    return { exitCode: EVAL_EXIT.usage };
  }

  let setup;
  try {
    setup = await setupProvider({
      provider: options.provider,
      env: options.env ?? process.env,
      ...(options.model ? { model: options.model } : {}),
      ...(options.retry ? { retry: options.retry } : {}),
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    });
  } catch (error) {
    // OpenAI without a key: nothing could be measured, so it is a usage problem, as in `generate`.
    if (!(error instanceof LlmError)) throw error;
    say(error.message);
    return { exitCode: EVAL_EXIT.usage };
  }
  for (const notice of setup.notices) say(notice);
  const provider = setup.provider;

  const total = cases.length * options.repeat;
  const runs: RunScore[] = [];
  // Sequential on purpose: latency then measures the model, not a queue in front of it, and a local Ollama
  // serves one request at a time anyway.
  for (const evalCase of cases) {
    for (let repeat = 1; repeat <= options.repeat; repeat++) {
      const started = performance.now();
      let score: RunScore;
      try {
        const outcome = await generateReportOutcome(evalCase.alert, {
          provider,
          maxRepairs: options.maxRepairs,
          file: `${evalCase.id}.md`,
          onProgress: (event) => {
            if (event.type === 'provider-error') say(`${evalCase.id}: model call failed: ${event.error.message}`);
          },
        });
        score = scoreOutcome(evalCase, repeat, outcome);
      } catch (error) {
        // A pipeline bug must not hide the other cases' figures: this run fails and the eval goes on.
        score = scoreError(evalCase, repeat, error, Math.round(performance.now() - started));
      }
      runs.push(score);
      say(`[${runs.length}/${total}] ${evalCase.id}${options.repeat > 1 ? ` #${repeat}` : ''}: ${progressText(score)}`);
    }
  }

  const summary = summarize(runs);
  const passed = summary.passRate >= options.minPassRate;
  const promptVersion = provider === 'offline' ? 'none' : PROMPT_VERSION;
  const header: RunHeader = {
    promptVersion,
    promptHash: await promptHash(),
    provider: provider === 'offline' ? 'offline' : provider.name,
    model: provider === 'offline' ? 'none' : provider.model,
    ...(provider !== 'offline' && provider.endpoint ? { endpoint: provider.endpoint } : {}),
    cases: cases.length,
    repeat: options.repeat,
    maxRepairs: options.maxRepairs,
    minPassRate: options.minPassRate,
  };
  io.stdout(`${formatTable(runs)}\n${formatSummary(header, summary, passed)}`);

  const results: EvalResults = {
    tool: 'falco-report eval',
    formatVersion: 1,
    startedAt: startedAt.toISOString(),
    finishedAt: now().toISOString(),
    casesFile: displayPath(resolve(options.cases)),
    promptVersion,
    promptHash: header.promptHash,
    provider: header.provider,
    model: header.model,
    endpoint: header.endpoint ?? null,
    repeat: options.repeat,
    maxRepairs: options.maxRepairs,
    minPassRate: options.minPassRate,
    passed,
    summary,
    runs,
  };
  const outFile = options.out ? resolve(options.out) : join(PROJECT_ROOT, 'eval', 'results', `${stampOf(startedAt)}.json`);
  try {
    await mkdir(dirname(outFile), { recursive: true });
    await writeFileAtomic(dirname(outFile), basename(outFile), `${JSON.stringify(results, null, 2)}\n`);
  } catch (error) {
    // Without the file the run cannot be compared later; the printed figures are still there.
    say(`cannot write the results to ${outFile}: ${(error as Error).message}`);
    return { exitCode: EVAL_EXIT.usage, results };
  }
  say(`results written to ${outFile}`);
  return { exitCode: passed ? EVAL_EXIT.pass : EVAL_EXIT.belowMinimum, results, outFile };
}

function selectCases(cases: EvalCase[], only: readonly string[] | undefined): EvalCase[] {
  if (!only || only.length === 0) return cases;
  const unknown = only.filter((id) => !cases.some((c) => c.id === id));
  if (unknown.length > 0) throw new EvalCasesError(`no case with id ${unknown.join(', ')} (known: ${cases.map((c) => c.id).join(', ')})`);
  return cases.filter((c) => only.includes(c.id));
}

function progressText(score: RunScore): string {
  const parts = [score.pass ? 'pass' : `FAIL (${score.reasons.join('; ')})`];
  if (score.calls.length > 0) parts.push(`${score.calls.length} call${score.calls.length === 1 ? '' : 's'}`);
  if (score.withheld > 0) parts.push(`${score.withheld} withheld`);
  parts.push(`${(score.latency.totalMs / 1000).toFixed(1)} s`);
  return parts.join(', ');
}

/** A file name that sorts by time and is valid everywhere (no colons). */
function stampOf(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/** Paths inside the repository are shown relative to it, so results files do not carry one machine's layout. */
function displayPath(path: string): string {
  const inside = relative(PROJECT_ROOT, path);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : path;
}

/** sha256 over every prompts/*.md (name and text) the pipeline loads its templates from, first 12 hex digits. */
export async function promptHash(): Promise<string> {
  const dir = join(PROJECT_ROOT, 'prompts');
  const hash = createHash('sha256');
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.md')).sort()) {
    hash.update(`${name}\0${await readFile(join(dir, name), 'utf8')}\0`);
  }
  return hash.digest('hex').slice(0, 12);
}
