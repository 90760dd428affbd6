import type { FalcoAlert } from '../alerts/schema.js';
import { mitreIds } from '../catalog/lookup.js';
import { mitreFullName } from '../prompt/rule-context.js';
import { cellCode, cellProse, escapeText, fenced, prose } from './markdown.js';
import { ChangeSchema, CommandStepSchema, EvidenceSchema, type Change, type CommandStep, type Evidence } from './schema.js';
import { configFileFor, rulesFileFor } from './slug.js';
import type { ItemRef, ReportSection } from './types.js';

/**
 * How each kind of report item looks in Markdown. The full report and the gate's one-item snippets are built from
 * these same functions, so an item the gate checked alone reads exactly as the reader gets it (only its step
 * number, and a config change's drop-in file number, follow its final position).
 */

const HEADINGS: Record<ReportSection, string> = {
  summary: 'Summary',
  evidence: 'Evidence',
  mitre: 'MITRE ATT&CK',
  investigation: 'Investigation',
  remediation: 'Remediation',
  rule_changes: 'Rule changes',
  config_changes: 'Configuration changes',
  false_positive: 'When this may be benign',
};

export function heading(section: ReportSection): string {
  return `## ${HEADINGS[section]}`;
}

export const EVIDENCE_HEADER = '| Field | Value | What it shows |\n|---|---|---|';

export function evidenceRow(item: Evidence): string {
  return `| ${cellCode(item.field)} | ${cellCode(item.value)} | ${cellProse(item.meaning)} |`;
}

const MITRE_ID = /^(?:TA\d{4}|T\d{4}(?:\.\d{3})?)$/;

/** `- T1059.004 (Command and Scripting Interpreter: Unix Shell)`; the name always comes from the catalog. */
export function mitreLine(id: string): string {
  const entry = MITRE_ID.test(id) ? mitreIds().get(id) : undefined;
  if (!entry) return `- ${escapeText(id)}`;
  return `- ${id} (${escapeText(mitreFullName(entry))})`;
}

/** `1. purpose` followed by the command alone in a bash block, indented under the list item. */
export function commandStep(number: number, item: CommandStep): string {
  const marker = `${number}. `;
  const indent = ' '.repeat(marker.length);
  return `${marker}${prose(item.purpose)}\n\n${fenced('bash', item.command, indent)}`;
}

/** `1. purpose`, the file to put it in, then the YAML. */
function changeStep(number: number, item: Change, file: string): string {
  const marker = `${number}. `;
  const indent = ' '.repeat(marker.length);
  return `${marker}${prose(item.purpose)}\n\n${indent}Add to \`${file}\`:\n\n${fenced('yaml', item.yaml, indent)}`;
}

export function ruleChangeStep(number: number, item: Change, alert: FalcoAlert): string {
  return changeStep(number, item, rulesFileFor(alert.rule));
}

export function configChangeStep(number: number, item: Change, index: number): string {
  return changeStep(number, item, configFileFor(index));
}

export function paragraph(text: string): string {
  return prose(text);
}

/**
 * One item as its own small Markdown document, under its section heading, exactly as `renderMarkdown` shows it
 * (a step keeps its number). The gate runs the checker on this snippet to decide whether the item is kept.
 */
export function renderItemMarkdown(ref: ItemRef, item: unknown, alert: FalcoAlert): string {
  const body = itemBody(ref, item, alert);
  return `${heading(ref.section)}\n\n${body}\n`;
}

function itemBody(ref: ItemRef, item: unknown, alert: FalcoAlert): string {
  const n = ref.index + 1;
  switch (ref.section) {
    case 'summary':
    case 'false_positive':
      return paragraph(asString(item, ref));
    case 'mitre':
      return mitreLine(asString(item, ref));
    case 'evidence':
      return `${EVIDENCE_HEADER}\n${evidenceRow(EvidenceSchema.parse(item))}`;
    case 'investigation':
    case 'remediation':
      return commandStep(n, CommandStepSchema.parse(item));
    case 'rule_changes':
      return ruleChangeStep(n, ChangeSchema.parse(item), alert);
    case 'config_changes':
      return configChangeStep(n, ChangeSchema.parse(item), ref.index);
  }
}

function asString(item: unknown, ref: ItemRef): string {
  if (typeof item !== 'string') throw new TypeError(`${ref.section} item ${ref.index} is not a string`);
  return item;
}
