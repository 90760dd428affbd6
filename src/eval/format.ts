import type { RunScore } from './score.js';
import { percentile, type EvalSummary } from './summary.js';

/** Plain-text output of an eval: a row per case (repeats folded into k/N and means), then the summary figures. */

export interface RunHeader {
  promptVersion: string;
  promptHash: string;
  provider: string;
  model: string;
  endpoint?: string;
  cases: number;
  repeat: number;
  maxRepairs: number;
  minPassRate: number;
}

const COLUMNS = ['case', 'pass', '1st-err', 'repairs', 'withheld', 'facts-only', 'prov-fail', 'mitre', 'evidence', 'must-not', 'tokens in/out', 'p50 ms', 'why not'];

export function formatTable(runs: readonly RunScore[]): string {
  const byCase = new Map<string, RunScore[]>();
  for (const run of runs) byCase.set(run.caseId, [...(byCase.get(run.caseId) ?? []), run]);
  const rows = [...byCase.entries()].map(([id, group]) => caseRow(id, group));
  const widths = COLUMNS.map((title, i) => Math.max(title.length, ...rows.map((r) => (r[i] ?? '').length)));
  // The last column is free text: it is not padded, so a long reason does not widen every row.
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  return [line(COLUMNS), line(widths.map((w, i) => (i === widths.length - 1 ? '-'.repeat(COLUMNS[i]!.length) : '-'.repeat(w)))), ...rows.map(line)].join('\n') + '\n';
}

function caseRow(id: string, group: readonly RunScore[]): string[] {
  const n = group.length;
  const of = (predicate: (r: RunScore) => boolean) => `${group.filter(predicate).length}/${n}`;
  const mean = (pick: (r: RunScore) => number) => number(group.reduce((s, r) => s + pick(r), 0) / n);
  const answered = group.map((r) => r.firstAnswerErrors).filter((e): e is number => e !== null);
  const reasons = [...new Set(group.flatMap((r) => r.reasons))];
  return [
    id,
    of((r) => r.pass),
    answered.length === 0 ? '-' : number(answered.reduce((a, b) => a + b, 0) / answered.length),
    mean((r) => r.repairs),
    mean((r) => r.withheld),
    of((r) => r.factsOnly),
    of((r) => r.providerError !== null),
    group[0]?.mitre.expected.length ? of((r) => r.mitre.missing.length === 0) : '-',
    group[0]?.evidence.expected.length ? of((r) => r.evidence.missing.length === 0) : '-',
    group[0]?.mustNotContain.checked.length ? of((r) => r.mustNotContain.found.length === 0) : '-',
    `${mean((r) => r.tokens.input)}/${mean((r) => r.tokens.output)}`,
    String(Math.round(percentile(group.map((r) => r.latency.totalMs), 50))),
    reasons.join('; '),
  ];
}

export function formatSummary(header: RunHeader, summary: EvalSummary, passed: boolean): string {
  const s = summary;
  const where = header.endpoint ? ` at ${header.endpoint}` : '';
  const firstErrors =
    s.firstAnswerErrors.mean === null ? 'n/a (no model answer)' : `${s.firstAnswerErrors.mean.toFixed(2)} per answered report (${s.firstAnswerErrors.answered} answered)`;
  const rows: Array<[string, string]> = [
    ['prompt', `${header.promptVersion} (prompts sha256 ${header.promptHash})`],
    ['model', header.provider === 'offline' ? 'offline (no model: every report is facts-only)' : `${header.provider} ${header.model}${where}`],
    ['runs', `${header.cases} case${header.cases === 1 ? '' : 's'} x ${header.repeat} = ${s.runs} report${s.runs === 1 ? '' : 's'}, max repairs ${header.maxRepairs}`],
    ['pass rate', `${percent(s.passRate)} (${s.passed}/${s.runs}), minimum ${percent(header.minPassRate)}`],
    ['first-answer errors', firstErrors],
    ['repairs', `${s.repairsPerReport.toFixed(2)} per report`],
    ['withheld', `${s.withheldPerReport.toFixed(2)} per report`],
    ['facts-only', `${percent(s.factsOnlyRate)} (${s.factsOnly}/${s.runs})`],
    ['provider failures', String(s.providerFailures)],
    ['expectations', `MITRE ${s.mitre.met}/${s.mitre.of}, evidence ${s.evidence.met}/${s.evidence.of}, mustNotContain violated ${s.mustNotContain.violated}/${s.mustNotContain.of}`],
    ['latency', `p50 ${Math.round(s.latencyMs.p50)} ms, p95 ${Math.round(s.latencyMs.p95)} ms per report (model p50 ${Math.round(s.modelLatencyMs.p50)} ms, p95 ${Math.round(s.modelLatencyMs.p95)} ms)`],
    ['tokens', `${s.tokens.input} in, ${s.tokens.output} out (${number(s.tokens.inputPerReport)} / ${number(s.tokens.outputPerReport)} per report)`],
  ];
  if (s.errors > 0) rows.push(['no report', `${s.errors} (pipeline errors, see the results file)`]);
  rows.push(['result', passed ? 'PASS' : `FAIL: pass rate ${percent(s.passRate)} is below the minimum ${percent(header.minPassRate)}`]);
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n') + '\n';
}

export function percent(rate: number): string {
  return `${(rate * 100).toFixed(1)}%`;
}

/** Whole numbers stay whole ("321"), others get two decimals ("0.67"). */
function number(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}
