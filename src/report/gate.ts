import type { FalcoAlert } from '../alerts/schema.js';
import { checkReportWith } from '../checks/run.js';
import type { Finding } from '../findings/finding.js';
import { alertFacts, checkItem, type AlertFacts, type ItemProblem } from '../pipeline/item-rules.js';
import type { ShellParser } from '../shell/parser.js';
import { renderItemMarkdown } from './render-items.js';
import type { ModelReport } from './schema.js';
import type { ItemRef, ReportSection } from './types.js';

/**
 * The gate: nothing the model wrote reaches a report unless the checker passed it. Each item is rendered alone,
 * exactly as the report would show it, and checked against the alert; an item with any error is kept out.
 * Items are independent so one invented option costs one step, not the whole report.
 */

export interface GateFailure {
  ref: ItemRef;
  /** The item as the model wrote it (after redaction tokens were restored). */
  item: unknown;
  /** Error findings only: warnings never keep an item out. */
  findings: Finding[];
}

export interface GateResult {
  /** The report with only the items that passed. A failing summary becomes '' and a failing false_positive null. */
  passed: ModelReport;
  failures: GateFailure[];
}

export interface GateOptions {
  /** Name used in findings; the report's future file name or the alert's source. */
  file?: string;
}

/** Every checkable item of a report, in report order. */
export function itemsOf(report: ModelReport): Array<{ ref: ItemRef; item: unknown }> {
  const items: Array<{ ref: ItemRef; item: unknown }> = [];
  const list = (section: ReportSection, values: readonly unknown[]) => values.forEach((item, index) => items.push({ ref: { section, index }, item }));
  if (report.summary.trim() !== '') items.push({ ref: { section: 'summary', index: 0 }, item: report.summary });
  list('evidence', report.evidence);
  list('mitre', report.mitre);
  list('investigation', report.investigation);
  list('remediation', report.remediation);
  list('rule_changes', report.rule_changes);
  list('config_changes', report.config_changes);
  if (report.false_positive !== null && report.false_positive.trim() !== '') items.push({ ref: { section: 'false_positive', index: 0 }, item: report.false_positive });
  return items;
}

/** A copy of `report` without the items `drop` points at. */
export function withoutItems(report: ModelReport, drop: readonly ItemRef[]): ModelReport {
  const dropped = (section: ReportSection, index: number) => drop.some((r) => r.section === section && r.index === index);
  const keep = <T>(section: ReportSection, values: readonly T[]) => values.filter((_, i) => !dropped(section, i));
  return {
    summary: dropped('summary', 0) ? '' : report.summary,
    evidence: keep('evidence', report.evidence),
    mitre: keep('mitre', report.mitre),
    investigation: keep('investigation', report.investigation),
    remediation: keep('remediation', report.remediation),
    rule_changes: keep('rule_changes', report.rule_changes),
    config_changes: keep('config_changes', report.config_changes),
    false_positive: dropped('false_positive', 0) ? null : report.false_positive,
  };
}

/** Checks one item; returns its error findings (empty: it passes). */
function checkOneItem(parser: ShellParser, ref: ItemRef, item: unknown, alert: FalcoAlert, facts: AlertFacts, file: string): Finding[] {
  const markdown = renderItemMarkdown(ref, item, alert);
  const fromChecker = checkReportWith(parser, markdown, { file, alert }).filter((f) => f.severity === 'error');
  // The checker's own MITRE checks say the same thing better (with the ATT&CK version); keep ours only when it is silent.
  const direct = checkItem(ref, item, facts)
    .filter(() => !(ref.section === 'mitre' && fromChecker.length > 0))
    .map((p) => toFinding(p, file));
  return [...direct, ...fromChecker];
}

/** Runs every item of `report` through the checker and the direct rules. The parser is loaded once by the caller. */
export function gateReport(parser: ShellParser, report: ModelReport, alert: FalcoAlert, options: GateOptions = {}): GateResult {
  const file = options.file ?? 'report.md';
  const facts = alertFacts(alert);
  const failures: GateFailure[] = [];
  for (const { ref, item } of itemsOf(report)) {
    const findings = checkOneItem(parser, ref, item, alert, facts, file);
    if (findings.length > 0) failures.push({ ref, item, findings });
  }
  return { passed: withoutItems(report, failures.map((f) => f.ref)), failures };
}

function toFinding(problem: ItemProblem, file: string): Finding {
  return {
    file,
    line: 1,
    code: problem.code,
    severity: 'error',
    message: problem.message,
    ...(problem.suggestion ? { suggestion: problem.suggestion } : {}),
  };
}
