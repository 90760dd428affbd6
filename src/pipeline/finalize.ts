import type { FalcoAlert } from '../alerts/schema.js';
import { checkReportWith } from '../checks/run.js';
import type { Finding } from '../findings/finding.js';
import { gateReport, itemsOf, withoutItems } from '../report/gate.js';
import { offlineReport } from '../report/offline.js';
import { renderItemMarkdown } from '../report/render-items.js';
import type { ModelReport } from '../report/schema.js';
import type { FinalReport, ItemRef, WithheldItem } from '../report/types.js';
import type { ShellParser } from '../shell/parser.js';
import { renderView, type ViewMode } from './markdown-view.js';

/**
 * The last step before a report leaves the program: render it whole and run the checker over the whole Markdown.
 * Items that passed alone can still fail together (or the frame around them can), so an error here withholds the
 * items it points at and renders again; if the errors cannot be pinned on items, the report falls back to
 * facts-only, and as a last resort to the bare frame. A report is returned only with zero checker errors.
 */

export interface Finalized {
  final: FinalReport;
  /** The checked Markdown: rendered from the view of `final` that `mode` names (see markdown-view.ts). */
  markdown: string;
  mode: ViewMode;
}

/** Thrown when not even the empty report passes the checker: a renderer/checker bug, never model output. */
export class ReportCheckError extends Error {
  override readonly name = 'ReportCheckError';
  constructor(
    message: string,
    readonly findings: Finding[],
  ) {
    super(message);
  }
}

/** A report with no item at all. */
export function emptyReport(): ModelReport {
  return { summary: '', evidence: [], mitre: [], investigation: [], remediation: [], rule_changes: [], config_changes: [], false_positive: null };
}

const MAX_ROUNDS = 6;

/** A report worth reading needs something to look at or something to do; a bare summary is not enough. */
export function isUseful(report: ModelReport): boolean {
  return report.evidence.length > 0 || report.investigation.length > 0;
}

export function errorsIn(parser: ShellParser, markdown: string, alert: FalcoAlert, file: string): Finding[] {
  return checkReportWith(parser, markdown, { file, alert }).filter((f) => f.severity === 'error');
}

/** The facts-only report: the offline report, gated like any model answer (the invariant holds for it too). */
export function factsOnlyReport(parser: ShellParser, base: FinalReport, notice: string, file: string): FinalReport {
  const gated = gateReport(parser, offlineReport(base.alert), base.alert, { file });
  return {
    ...base,
    report: gated.passed,
    withheld: [...base.withheld, ...gated.failures],
    factsOnly: true,
    notices: [...base.notices, notice],
  };
}

export function finalizeReport(parser: ShellParser, draft: FinalReport, file: string): Finalized {
  const first = settle(parser, draft, file);
  if (first.ok && (draft.factsOnly || isUseful(first.final.report))) return first.done;

  // The model's items could not be made to pass together (or too little survived): fall back to the facts.
  const reason = first.ok
    ? 'too little of the model\u2019s answer passed the checker together'
    : `the checked report still had ${first.errors.length} checker error${first.errors.length === 1 ? '' : 's'} that could not be pinned on one item`;
  if (!draft.factsOnly) {
    const facts = factsOnlyReport(parser, first.final, `facts-only report: ${reason}`, file);
    const second = settle(parser, facts, file);
    if (second.ok) return second.done;
  }

  // Last resort: the frame alone (rule, priority, time, host and what was withheld), with no item at all.
  const bare: FinalReport = {
    ...first.final,
    report: emptyReport(),
    withheld: first.final.withheld,
    factsOnly: true,
    notices: [...first.final.notices, 'facts-only report without items: even the facts-only items did not pass the checker together'],
  };
  const last = settle(parser, bare, file);
  if (last.ok) return last.done;
  throw new ReportCheckError(
    `the report frame itself fails the checker (${last.errors.map((f) => `${f.code} ${f.message}`).join('; ')}); no report is emitted`,
    last.errors,
  );
}

type Settled = { ok: true; final: FinalReport; done: Finalized } | { ok: false; final: FinalReport; errors: Finding[] };

/**
 * Renders and checks, withholding the items the whole-document errors point at, until clean or stuck. Errors no
 * item owns may sit in the text around the items (a withheld-item message, a notice): the generic view drops that
 * text before giving up.
 */
function settle(parser: ShellParser, start: FinalReport, file: string): Settled {
  let final = start;
  let mode: ViewMode = 'checked';
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const markdown = renderView(parser, final, mode, file);
    const errors = errorsIn(parser, markdown, final.alert, file);
    if (errors.length === 0) return { ok: true, final, done: { final, markdown, mode } };
    const blamed = blame(errors, markdown, final);
    if (!blamed) {
      if (mode === 'generic') return { ok: false, final, errors };
      mode = 'generic';
      continue;
    }
    final = {
      ...final,
      report: withoutItems(final.report, blamed.map((b) => b.ref)),
      withheld: [...final.withheld, ...blamed],
    };
  }
  const markdown = renderView(parser, final, mode, file);
  const errors = errorsIn(parser, markdown, final.alert, file);
  return errors.length === 0 ? { ok: true, final, done: { final, markdown, mode } } : { ok: false, final, errors };
}

/**
 * Pins each error on the items whose own rendering holds the offending line(s). Undefined when any error lies
 * outside every item (the frame, a heading): withholding items cannot fix that.
 */
function blame(errors: Finding[], markdown: string, final: FinalReport): WithheldItem[] | undefined {
  const lines = markdown.split('\n');
  const items = itemsOf(final.report).map(({ ref, item }) => ({ ref, item, text: renderItemMarkdown(ref, item, final.alert) }));
  const blamed = new Map<string, WithheldItem>();
  for (const error of errors) {
    const span = lines
      .slice(error.line - 1, error.endLine ?? error.line)
      .map((l) => l.trim())
      .filter((l) => l !== '' && !/^(`{3,}|~{3,})\w*$/.test(l));
    if (span.length === 0) return undefined;
    const owners = items.filter((i) => span.every((l) => i.text.includes(stripListMarker(l))));
    if (owners.length === 0) return undefined;
    for (const owner of owners) {
      const key = refKey(owner.ref);
      const entry = blamed.get(key) ?? { ref: owner.ref, item: owner.item, findings: [] };
      entry.findings.push(error);
      blamed.set(key, entry);
    }
  }
  return [...blamed.values()];
}

// The whole report may number a step differently from the item rendered alone once earlier steps are withheld.
function stripListMarker(line: string): string {
  return line.replace(/^\d+\.\s+/, '');
}

function refKey(ref: ItemRef): string {
  return `${ref.section}:${ref.index}`;
}
