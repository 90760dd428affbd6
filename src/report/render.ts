import type { FalcoAlert } from '../alerts/schema.js';
import { ALL_CHECKS } from '../checks/registry.js';
import { code, escapeText, prose } from './markdown.js';
import {
  EVIDENCE_HEADER,
  commandStep,
  configChangeStep,
  evidenceRow,
  heading,
  mitreLine,
  paragraph,
  ruleChangeStep,
} from './render-items.js';
import { severityOf } from './severity.js';
import type { FinalReport, IncidentSummary, ItemRef, WithheldItem } from './types.js';
import { text } from './values.js';

export { renderItemMarkdown } from './render-items.js';

export interface RenderOptions {
  /**
   * Show the last alert's time in the incident line (default true). The pipeline turns it off when that time,
   * which is not a value of the representative alert, does not pass the checker against it.
   */
  incidentLast?: boolean;
}

/** The report for people. Every alert-derived or model-written string is escaped or quoted as code. */
export function renderMarkdown(final: FinalReport, options: RenderOptions = {}): string {
  const { alert, report } = final;
  const parts: string[] = [`# Falco alert: ${escapeText(alert.rule)}`, factsList(alert)];
  if (final.incident && final.incident.count > 1) parts.push(incidentLine(final.incident, options.incidentLast ?? true));
  const notice = noticeBlock(final);
  if (notice) parts.push(notice);
  if (report.summary.trim() !== '') parts.push(heading('summary'), paragraph(report.summary));
  if (report.evidence.length > 0) parts.push(heading('evidence'), [EVIDENCE_HEADER, ...report.evidence.map(evidenceRow)].join('\n'));
  if (report.mitre.length > 0) parts.push(heading('mitre'), report.mitre.map(mitreLine).join('\n'));
  if (report.investigation.length > 0) parts.push(heading('investigation'), ...report.investigation.map((s, i) => commandStep(i + 1, s)));
  if (report.remediation.length > 0) parts.push(heading('remediation'), ...report.remediation.map((s, i) => commandStep(i + 1, s)));
  if (report.rule_changes.length > 0) parts.push(heading('rule_changes'), ...report.rule_changes.map((c, i) => ruleChangeStep(i + 1, c, alert)));
  if (report.config_changes.length > 0) parts.push(heading('config_changes'), ...report.config_changes.map((c, i) => configChangeStep(i + 1, c, i)));
  if (report.false_positive !== null && report.false_positive.trim() !== '') parts.push(heading('false_positive'), paragraph(report.false_positive));
  if (final.withheld.length > 0) parts.push('## Withheld', withheldIntro(), withheldList(final.withheld));
  parts.push('---', footer(final));
  return `${parts.join('\n\n')}\n`;
}

/** Host, time, source and workload, each value quoted as code. */
function factsList(alert: FalcoAlert): string {
  const lines = [`- **Severity:** ${severityOf(alert.priority)} (Falco priority ${alert.priority})`];
  if (alert.hostname) lines.push(`- **Host:** ${code(alert.hostname)}`);
  lines.push(`- **Time:** ${code(alert.time)}`);
  if (alert.source) lines.push(`- **Source:** ${code(alert.source)}`);
  const id = text(alert, 'container.id');
  const name = text(alert, 'container.name');
  if (id && id !== 'host') lines.push(`- **Container:** ${name && name !== id ? `${code(name)} (${code(id)})` : code(id)}`);
  const pod = text(alert, 'k8s.pod.name') ?? (text(alert, 'ka.target.resource') === 'pods' ? (text(alert, 'ka.target.name') ?? text(alert, 'ka.resp.name')) : undefined);
  const ns = text(alert, 'k8s.ns.name') ?? text(alert, 'ka.target.namespace');
  if (pod) lines.push(`- **Pod:** ${code(pod)}${ns ? ` in namespace ${code(ns)}` : ''}`);
  return lines.join('\n');
}

/**
 * `This incident groups 40 alerts of the same rule on the same host/container/process from `T1` to `T2`.`: the
 * times are the first and last alerts' own `time` values. Without `withLast`, only the first time is shown.
 */
export function incidentLine(incident: IncidentSummary, withLast = true): string {
  const head = `This incident groups ${incident.count} alerts of the same rule on the same host/container/process`;
  if (withLast) return `${head} from ${code(incident.first)} to ${code(incident.last)}.`;
  return `${head}, the first at ${code(incident.first)}; the JSON report lists every alert.`;
}

function noticeBlock(final: FinalReport): string | undefined {
  const lines: string[] = [];
  if (final.factsOnly) {
    lines.push('> **Facts only.** This report was built from the alert alone: it states what Falco recorded and lists read-only commands to learn more, but no model-written analysis passed the checks.');
  }
  for (const notice of final.notices) lines.push(`> ${prose(notice)}`);
  return lines.length > 0 ? lines.join('\n>\n') : undefined;
}

const SECTION_NAMES: Record<ItemRef['section'], string> = {
  summary: 'the summary',
  evidence: 'evidence item',
  mitre: 'MITRE id',
  investigation: 'investigation step',
  remediation: 'remediation step',
  rule_changes: 'rule change',
  config_changes: 'configuration change',
  false_positive: 'the note on when this may be benign',
};

function refLabel(ref: ItemRef): string {
  const name = SECTION_NAMES[ref.section];
  return ref.section === 'summary' || ref.section === 'false_positive' ? name : `${name} ${ref.index + 1}`;
}

let checkNames: Map<string, string> | undefined;
function checkName(codeId: string): string | undefined {
  checkNames ??= new Map(ALL_CHECKS.map((c) => [c.meta.code, c.meta.name]));
  return checkNames.get(codeId);
}

function withheldIntro(): string {
  return 'These items were written but failed the checks, so they are not shown. The JSON report keeps them for debugging.';
}

/**
 * What was withheld and which checks it failed, by code and name only: a checker message quotes the invention
 * it caught, and neither the withheld text nor pieces of it may reach the reader. The JSON report has the details.
 */
function withheldList(items: readonly WithheldItem[]): string {
  return items
    .map((w) => {
      const codes = [...new Set(w.findings.map((f) => f.code))].map(checkLabel).join(', ');
      return `- ${escapeText(refLabel(w.ref))}: ${codes || 'failed the checks'}`;
    })
    .join('\n');
}

function checkLabel(codeId: string): string {
  const name = checkName(codeId);
  return name ? `${codeId} (${name})` : codeId;
}

function footer(final: FinalReport): string {
  return `Generated by falco-report with provider ${code(final.provider)}, model ${code(final.model)} and prompt ${code(final.promptVersion)}.`;
}

/** The structured report: everything the Markdown shows, plus the withheld items themselves, for machines and debugging. */
export function renderJson(final: FinalReport): string {
  return `${JSON.stringify(jsonReport(final), null, 2)}\n`;
}

/** The object `renderJson` writes out; `generate --format json` prints it compact, one report per line. */
export function jsonReport(final: FinalReport): Record<string, unknown> {
  const { alert } = final;
  return {
    rule: alert.rule,
    priority: alert.priority,
    severity: severityOf(alert.priority),
    ...(alert.hostname !== undefined ? { hostname: alert.hostname } : {}),
    time: alert.time,
    ...(alert.source !== undefined ? { source: alert.source } : {}),
    factsOnly: final.factsOnly,
    report: final.report,
    withheld: final.withheld.map((w) => ({ ref: w.ref, item: w.item, findings: w.findings })),
    findings: final.withheld.flatMap((w) => w.findings.map((f) => ({ ref: w.ref, ...f }))),
    provider: final.provider,
    model: final.model,
    promptVersion: final.promptVersion,
    calls: final.calls,
    timings: final.timings,
    notices: final.notices,
    ...(final.incident ? { incident: final.incident } : {}),
    alert,
  };
}
