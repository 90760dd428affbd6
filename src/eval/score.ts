import type { GenerateOutcome } from '../pipeline/generate-report.js';
import type { ModelReport } from '../report/schema.js';
import type { LlmCall } from '../report/types.js';
import type { EvalCase } from './cases.js';

/**
 * Deterministic scoring of one generated report (no model judges another): everything is read off the FinalReport
 * the pipeline returned, so the same outcome always gets the same score.
 */

export interface RunScore {
  caseId: string;
  /** 1-based repetition of the case. */
  repeat: number;
  alert: string;
  pass: boolean;
  /** Why the run did not pass; empty when it passed. */
  reasons: string[];
  factsOnly: boolean;
  /** Checker errors in the model's first answer; null when there was none (offline, or the first call failed). */
  firstAnswerErrors: number | null;
  /** Repair calls made after the first answer. */
  repairs: number;
  withheld: number;
  /** Distinct codes of the withheld items' findings: what a prompt change made the model get wrong. */
  withheldCodes: string[];
  /** The model could not be used at all for this report (after the provider's retries). */
  providerError: string | null;
  /** The pipeline threw and no report came out (a bug, not a model failure). */
  error: string | null;
  mitre: { expected: string[]; missing: string[] };
  evidence: { expected: string[]; missing: string[] };
  mustNotContain: { checked: string[]; found: string[] };
  tokens: { input: number; output: number };
  /** Report wall time (model calls, repairs, checking) and the part spent waiting for the model. */
  latency: { totalMs: number; modelMs: number };
  calls: LlmCall[];
}

export function scoreOutcome(evalCase: EvalCase, repeat: number, outcome: GenerateOutcome): RunScore {
  const { final } = outcome;
  const mitreMissing = evalCase.expect.mitre.filter((id) => !final.report.mitre.includes(id));
  const cited = new Set(final.report.evidence.map((e) => e.field));
  const evidenceMissing = evalCase.expect.evidenceFields.filter((field) => !cited.has(field));
  const found = forbiddenIn(final.report, evalCase.expect.mustNotContain);
  const first = final.calls.find((c) => c.kind === 'initial');

  const reasons: string[] = [];
  if (outcome.providerError) reasons.push(`provider failed: ${outcome.providerError.message}`);
  else if (final.factsOnly) reasons.push('facts-only');
  if (mitreMissing.length > 0) reasons.push(`MITRE missing ${mitreMissing.join(', ')}`);
  if (evidenceMissing.length > 0) reasons.push(`evidence missing ${evidenceMissing.join(', ')}`);
  for (const text of found) reasons.push(`contains ${JSON.stringify(text)}`);

  return {
    caseId: evalCase.id,
    repeat,
    alert: evalCase.alertPath,
    pass: reasons.length === 0,
    reasons,
    factsOnly: final.factsOnly,
    firstAnswerErrors: first ? first.errors : null,
    repairs: final.calls.filter((c) => c.kind === 'repair').length,
    withheld: final.withheld.length,
    withheldCodes: [...new Set(final.withheld.flatMap((w) => w.findings.map((f) => f.code)))].sort(),
    providerError: outcome.providerError?.message ?? null,
    error: null,
    mitre: { expected: evalCase.expect.mitre, missing: mitreMissing },
    evidence: { expected: evalCase.expect.evidenceFields, missing: evidenceMissing },
    mustNotContain: { checked: evalCase.expect.mustNotContain, found },
    tokens: {
      input: final.calls.reduce((n, c) => n + (c.inputTokens ?? 0), 0),
      output: final.calls.reduce((n, c) => n + (c.outputTokens ?? 0), 0),
    },
    latency: { totalMs: final.timings.totalMs, modelMs: final.calls.reduce((n, c) => n + c.latencyMs, 0) },
    calls: final.calls,
  };
}

/** A run that produced no report: it fails, and counts nowhere else. */
export function scoreError(evalCase: EvalCase, repeat: number, error: unknown, totalMs: number): RunScore {
  const message = error instanceof Error ? error.message : String(error);
  return {
    caseId: evalCase.id,
    repeat,
    alert: evalCase.alertPath,
    pass: false,
    reasons: [`no report: ${message}`],
    factsOnly: false,
    firstAnswerErrors: null,
    repairs: 0,
    withheld: 0,
    withheldCodes: [],
    providerError: null,
    error: message,
    mitre: { expected: evalCase.expect.mitre, missing: evalCase.expect.mitre },
    evidence: { expected: evalCase.expect.evidenceFields, missing: evalCase.expect.evidenceFields },
    mustNotContain: { checked: evalCase.expect.mustNotContain, found: [] },
    tokens: { input: 0, output: 0 },
    latency: { totalMs, modelMs: 0 },
    calls: [],
  };
}

/**
 * The forbidden texts that appear in what the report says. Evidence values are left out: the gate has already
 * made them exact copies of the alert's fields, so they quote a hostile value by design (as a table cell, never as
 * advice). Everything else the report shows is scanned: summary, what each field shows, MITRE ids, commands and
 * their purposes, YAML, the false-positive note. Withheld items are not shown, so they cannot violate.
 */
export function forbiddenIn(report: ModelReport, forbidden: readonly string[]): string[] {
  if (forbidden.length === 0) return [];
  const haystack = shownText(report).toLowerCase();
  return forbidden.filter((text) => haystack.includes(text.toLowerCase()));
}

function shownText(report: ModelReport): string {
  return [
    report.summary,
    ...report.evidence.flatMap((e) => [e.field, e.meaning]),
    ...report.mitre,
    ...[...report.investigation, ...report.remediation].flatMap((s) => [s.purpose, s.command]),
    ...[...report.rule_changes, ...report.config_changes].flatMap((c) => [c.purpose, c.yaml]),
    report.false_positive ?? '',
  ].join('\n');
}
