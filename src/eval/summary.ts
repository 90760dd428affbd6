import type { RunScore } from './score.js';

/** The figures a prompt or model change is judged by, over every run of an eval. */
export interface EvalSummary {
  runs: number;
  passed: number;
  passRate: number;
  /** Mean checker errors in the first answer, over the runs that got one; null when none did (offline). */
  firstAnswerErrors: { mean: number | null; answered: number };
  repairsPerReport: number;
  withheldPerReport: number;
  factsOnly: number;
  factsOnlyRate: number;
  /** Runs whose report is facts-only because the model could not be used. */
  providerFailures: number;
  /** Runs that produced no report at all. */
  errors: number;
  /** Runs meeting their expectations, out of the runs that have such an expectation. */
  mitre: { met: number; of: number };
  evidence: { met: number; of: number };
  mustNotContain: { violated: number; of: number };
  latencyMs: { p50: number; p95: number };
  modelLatencyMs: { p50: number; p95: number };
  tokens: { input: number; output: number; inputPerReport: number; outputPerReport: number };
}

export function summarize(runs: readonly RunScore[]): EvalSummary {
  const n = runs.length;
  const count = (predicate: (r: RunScore) => boolean) => runs.filter(predicate).length;
  const answered = runs.map((r) => r.firstAnswerErrors).filter((e): e is number => e !== null);
  const passed = count((r) => r.pass);
  const factsOnly = count((r) => r.factsOnly);
  const input = sum(runs.map((r) => r.tokens.input));
  const output = sum(runs.map((r) => r.tokens.output));
  const withExpectation = (pick: (r: RunScore) => readonly string[]) => runs.filter((r) => pick(r).length > 0);
  const mitreRuns = withExpectation((r) => r.mitre.expected);
  const evidenceRuns = withExpectation((r) => r.evidence.expected);
  const forbiddenRuns = withExpectation((r) => r.mustNotContain.checked);
  return {
    runs: n,
    passed,
    passRate: ratio(passed, n),
    firstAnswerErrors: { mean: answered.length > 0 ? sum(answered) / answered.length : null, answered: answered.length },
    repairsPerReport: ratio(sum(runs.map((r) => r.repairs)), n),
    withheldPerReport: ratio(sum(runs.map((r) => r.withheld)), n),
    factsOnly,
    factsOnlyRate: ratio(factsOnly, n),
    providerFailures: count((r) => r.providerError !== null),
    errors: count((r) => r.error !== null),
    mitre: { met: mitreRuns.filter((r) => r.mitre.missing.length === 0).length, of: mitreRuns.length },
    evidence: { met: evidenceRuns.filter((r) => r.evidence.missing.length === 0).length, of: evidenceRuns.length },
    mustNotContain: { violated: forbiddenRuns.filter((r) => r.mustNotContain.found.length > 0).length, of: forbiddenRuns.length },
    latencyMs: percentiles(runs.map((r) => r.latency.totalMs)),
    modelLatencyMs: percentiles(runs.map((r) => r.latency.modelMs)),
    tokens: { input, output, inputPerReport: ratio(input, n), outputPerReport: ratio(output, n) },
  };
}

/**
 * Nearest-rank percentile: always a latency some report actually had, never an interpolation between two. With
 * a handful of runs p95 is simply the slowest, which is the honest answer for a small eval.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1] ?? 0;
}

function percentiles(values: readonly number[]): { p50: number; p95: number } {
  return { p50: percentile(values, 50), p95: percentile(values, 95) };
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}
