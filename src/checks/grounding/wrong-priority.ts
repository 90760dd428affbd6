import { PRIORITIES } from '../../alerts/priorities.js';
import type { Priority } from '../../alerts/schema.js';
import { defaultRuleNames } from '../../catalog/lookup.js';
import type { Check } from '../check.js';
import { editDistance } from '../../util/nearest.js';
import { proseSentences, type Sentence } from '../inline/text.js';
import { DOCS_ALERT } from './docs-alert.js';

const WORD = String.raw`(Emergency|Alert|Critical|Error|Warning|Notice|Informational|Info|Debug)`;
/** "Priority: Critical", "the priority of the alert is Warning", "priority set to "Critical"". */
const PRIORITY_THEN_NAME = new RegExp(
  String.raw`\bpriority\b(?:\*\*)?\s*(?:level\s*)?(?:of\s+(?:the|this)\s+(?:alert|event)\s*,?\s*)?(?:which\s+)?(?::|=|\bis\b|\bwas\b|\bof\b)?\s*(?:\*\*)?\s*(?:set\s+to\s+|marked\s+(?:as\s+)?)?["'“\`*]*\s*${WORD}\b`,
  'i',
);
/** "a Critical priority alert", "with `Warning` priority". `Alert priority` is the alert's priority, not a name. */
const NAME_THEN_PRIORITY = /\b(Emergency|Critical|Error|Warning|Notice|Informational|Info|Debug)["'”`*]*[\s-]+priority\b/i;

/** Words of advice: a priority named there is one the reader might set, not the alert's. */
const ADVICE = /\b(?:should|could|would|consider|recommend\w*|change|lower|raise|increase|decrease|adjust|override|instead|custom|new rule|or (?:higher|above|lower|below)|and (?:higher|above)|at least|minimum|threshold|priorities)\b|priority_|min_priority/i;

/** The sentence is about an alert: it says so, or it is a "Priority:" label of a summary list or line. */
const ABOUT_ALERT = /\b(?:alert|event|this|triggered|fired)\b|(?:^\s*(?:[*+-]|\d+[.)])?|[·|,;]|—)\s*(?:\*\*)?\s*priority\s*(?:\*\*)?\s*:/i;

/** What may precede a label at the start of a Markdown line: a list marker, a quote, bold. */
const LINE_LABEL_PREFIX = /^\s*(?:>\s*)?(?:[*+-]\s+|\d+[.)]\s+)?(?:\*\*|__)?\s*$/;
/** `Priority:` (bold or not) as a label, followed by its value. */
const PRIORITY_LABEL = /^priority\s*(?:\*\*|__)?\s*[:=]/i;
/** Another label of an alert summary: `**Rule:**`, `Host:`, `Time:`, `Container:`. */
const SUMMARY_LABEL = /(?:^|\s)(?:\*\*|__)?\s*(?:falco\s+)?(?:rule(?:\s+name)?|host(?:name)?|time(?:stamp)?|event\s+time|container(?:\s+id)?|source|hostname)\s*(?:\*\*|__)?\s*:/i;

/** A table cell's text without emphasis, code ticks, quotes or a trailing colon. */
function cellText(cell: string): string {
  return cell
    .trim()
    .replace(/^(?:\*\*|__|[`"'“])+|(?:\*\*|__|[`"'”])+$/g, '')
    .replace(/\s*:$/, '')
    .trim();
}

/** The cells of a Markdown table row; undefined for a line that is not one. */
function tableCells(line: string): string[] | undefined {
  const m = /^\s*\|(.*)\|\s*$/.exec(line);
  if (!m) return undefined;
  return m[1]!.split(/(?<!\\)\|/);
}

/** Labels in the first cell of a two-column (field | value) table that describe the alert. */
const ALERT_ROW_LABEL = /^(?:falco\s+|triggered\s+|alert\s+)?(?:rule(?:\s+name)?|host(?:name)?|time(?:stamp)?|event\s+time|container(?:\s+id|\s+name)?|source|output)$/i;

/** The lines of the Markdown table around `line` (consecutive lines that start with `|`). */
function tableAround(doc: { lines: string[] }, line: number): string[] {
  let from = line;
  let to = line;
  while (from > 1 && /^\s*\|/.test(doc.lines[from - 2] ?? '')) from--;
  while (to < doc.lines.length && /^\s*\|/.test(doc.lines[to] ?? '')) to++;
  return doc.lines.slice(from - 1, to);
}

/**
 * A `| Priority | Critical |` row of a field/value table that describes this alert: the table names the alert's
 * rule or has rows such as `| Rule | … |` or `| Host | … |`. A config table (`| \`priority\` | \`debug\` |`) is not one.
 */
function priorityRow(doc: { lines: string[] }, line: number, text: string, rule: string): { word: string; index: number } | undefined {
  const cells = tableCells(text);
  if (!cells || cells.length !== 2) return undefined;
  if (/`/.test(cells[0]!) || !/^(?:alert\s+|falco\s+|rule\s+|event\s+)?priority$/i.test(cellText(cells[0]!))) return undefined;
  const value = /^(Emergency|Alert|Critical|Error|Warning|Notice|Informational|Info|Debug)(?:\s*\([^)]*\))?$/i.exec(cellText(cells[1]!));
  if (!value) return undefined;
  const table = tableAround(doc, line);
  const describesAlert = table.some((row) => {
    if (row.toLowerCase().includes(rule.trim().toLowerCase())) return true;
    const first = tableCells(row)?.[0];
    return first !== undefined && ALERT_ROW_LABEL.test(cellText(first));
  });
  if (!describesAlert) return undefined;
  const at = text.indexOf(value[1]!, text.indexOf('|', text.indexOf('|') + 1));
  return { word: value[1]!, index: at };
}

/** A priority in parentheses right after this alert's rule name: `### Execution from /dev/shm (Critical)`. */
const PRIORITY_AFTER_RULE = /^\s*(?:\*\*|__|["'”`])*\s*\(\s*(?:priority\s*:?\s*)?(Emergency|Critical|Error|Warning|Notice|Informational|Info|Debug)(?:\s+priority)?\s*\)/i;

function priorityAfterRule(text: string, rule: string): { word: string; index: number } | undefined {
  for (const m of text.matchAll(rulePattern(rule))) {
    const rest = text.slice(m.index + m[0].length);
    const p = PRIORITY_AFTER_RULE.exec(rest);
    if (p) return { word: p[1]!, index: m.index + m[0].length + p.index + p[0].lastIndexOf(p[1]!) };
  }
  return undefined;
}

/** Emphasised text: **…**, "…", “…”, `…`. */
const EMPHASISED = /\*\*([^*]{3,120}?)\*\*|"([^"]{3,120})"|“([^”]{3,120})”|`([^`]{3,120})`/g;

function canonical(word: string): Priority | undefined {
  const lower = word.toLowerCase();
  if (lower === 'info') return 'Informational';
  return PRIORITIES.find((p) => p.toLowerCase() === lower);
}

function norm(name: string): string {
  return name.trim().replace(/[\s.,;:]+$/, '').replace(/\s+/g, ' ').toLowerCase();
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

let ownRule: { rule: string; pattern: RegExp } | undefined;

/** The alert's rule name as a whole phrase, compiled once per rule rather than once per sentence. */
function rulePattern(rule: string): RegExp {
  if (ownRule?.rule !== rule) ownRule = { rule, pattern: new RegExp(`(?<![\\w/-])${escape(rule.trim())}(?![\\w/-])`, 'gi') };
  return ownRule.pattern;
}

interface Mention {
  start: number;
  end: number;
  ours: boolean;
}

let upstream: Array<{ name: string; pattern: RegExp; words: number }> | undefined;

/**
 * Rules a sentence names, this alert's and others: this alert's rule anywhere; an upstream rule anywhere when its
 * name has three words or more (shorter ones, like `Create Group`, only when emphasised); and any emphasised name
 * next to the word rule or alert ("an **Attach/Exec Pod** alert", "the rule "Foo"").
 */
function ruleMentions(sentence: string, rule: string): Mention[] {
  const out: Mention[] = [];
  const own = norm(rule);
  const overlaps = (start: number, end: number) => out.some((m) => start < m.end && end > m.start);
  for (const m of sentence.matchAll(rulePattern(rule))) {
    out.push({ start: m.index, end: m.index + m[0].length, ours: true });
  }
  upstream ??= [...defaultRuleNames().keys()].map((name) => ({
    name: norm(name),
    pattern: new RegExp(`(?<![\\w/-])${escape(name)}(?![\\w/-])`, 'gi'),
    words: name.trim().split(/\s+/).length,
  }));
  const emphasised = [...sentence.matchAll(EMPHASISED)].map((m) => ({
    text: (m[1] ?? m[2] ?? m[3] ?? m[4])!,
    start: m.index,
    end: m.index + m[0].length,
  }));
  for (const r of upstream) {
    if (r.name === own) continue;
    for (const m of sentence.matchAll(r.pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlaps(start, end)) continue;
      if (r.words < 3 && !emphasised.some((e) => norm(e.text) === r.name && e.start <= start && e.end >= end)) continue;
      out.push({ start, end, ours: false });
    }
  }
  for (const e of emphasised) {
    const name = norm(e.text);
    if (name === own || overlaps(e.start, e.end) || /:\s*$/.test(e.text) || canonical(name) || name === 'priority') continue;
    const before = sentence.slice(0, e.start);
    const after = sentence.slice(e.end);
    if (/\b(?:rule|alert|detection)\s+(?:named\s+|called\s+)?$/i.test(before) || /^\s*(?:rule|alert|alerts|detection)\b/i.test(after)) {
      // A near miss of this rule's name is this rule misspelt (FR805's business), not another rule.
      const nearMiss = editDistance(name, own, Math.max(2, Math.floor(own.length / 10))) <= Math.max(2, Math.floor(own.length / 10));
      out.push({ start: e.start, end: e.end, ours: nearMiss });
    }
  }
  return out;
}

/** Whether the priority at [start, end) belongs to this alert: no other rule is named, or this rule is the nearest. */
function aboutThisRule(mentions: Mention[], start: number, end: number): boolean {
  if (!mentions.some((m) => !m.ours)) return true;
  let best: Mention | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const m of mentions) {
    const distance = m.end <= start ? start - m.end : m.start >= end ? m.start - end : 0;
    if (distance < bestDistance) {
      best = m;
      bestDistance = distance;
    }
  }
  return best?.ours === true;
}

/**
 * A `Priority:` label at the start of its own Markdown line, in a paragraph of summary labels (`**Rule:** …` on the
 * line before, `**Host:** …` after): Markdown joins those lines into one paragraph, but each is a label of its own.
 */
function isSummaryLabel(doc: { lines: string[] }, sentence: Sentence, index: number): boolean {
  if (!PRIORITY_LABEL.test(sentence.text.slice(index))) return false;
  const { line, column } = sentence.at(index);
  const prefix = (doc.lines[line - 1] ?? '').slice(0, column - 1);
  return LINE_LABEL_PREFIX.test(prefix) && SUMMARY_LABEL.test(sentence.text);
}

export const wrongPriority: Check = {
  meta: {
    code: 'FR806',
    name: 'wrong-priority',
    severity: 'error',
    summary: "A priority the report gives as the alert's that is not the alert's priority.",
    docs: {
      bad: '* **Priority**: Warning\n\nThe alert has a Notice priority.',
      good: '* **Priority**: Critical\n\nThe alert has a Critical priority.',
      alert: DOCS_ALERT,
    },
  },
  run({ doc, alert, report }) {
    if (!alert) return;
    const stating = (word: string) => {
      const stated = canonical(word);
      return stated !== undefined && stated !== alert.priority;
    };
    for (const sentence of proseSentences(doc)) {
      const text = sentence.text;
      if (ADVICE.test(text)) continue;
      // `### Execution from /dev/shm (Critical)`, `the **Terminal shell in container** (Warning) alert`.
      const afterRule = priorityAfterRule(text, alert.rule);
      if (afterRule && stating(afterRule.word)) {
        const { line, column } = sentence.at(afterRule.index);
        report({ line, column, message: `the alert's priority is ${alert.priority}, not ${afterRule.word}`, suggestion: alert.priority });
        continue;
      }
      if (!/priority/i.test(text)) continue;
      // `| Priority | Critical |` in a table that describes the alert (each table row is a sentence of its own).
      const row = sentence.from === sentence.to ? priorityRow(doc, sentence.from, text, alert.rule) : undefined;
      if (row) {
        if (stating(row.word)) {
          const { line, column } = sentence.at(row.index);
          report({ line, column, message: `the alert's priority is ${alert.priority}, not ${row.word}`, suggestion: alert.priority });
        }
        continue;
      }
      const m = PRIORITY_THEN_NAME.exec(text) ?? NAME_THEN_PRIORITY.exec(text);
      const stated = m ? canonical(m[1]!) : undefined;
      if (!m || !stated || stated === alert.priority) continue;
      if (!ABOUT_ALERT.test(text) && !isSummaryLabel(doc, sentence, m.index)) continue;
      // A sentence that names another rule gives that rule's priority ("an **Attach/Exec Pod** alert (priority Notice)").
      if (!aboutThisRule(ruleMentions(text, alert.rule), m.index, m.index + m[0].length)) continue;
      const { line, column } = sentence.at(m.index + m[0].lastIndexOf(m[1]!));
      report({ line, column, message: `the alert's priority is ${alert.priority}, not ${m[1]}`, suggestion: alert.priority });
    }
  },
};
