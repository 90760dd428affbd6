import { defaultRuleNames } from '../../catalog/lookup.js';
import type { Check } from '../check.js';
import { editDistance } from '../../util/nearest.js';
import { proseLines } from '../inline/text.js';
import { DOCS_ALERT } from './docs-alert.js';

/**
 * Text between paired delimiters, paired in order as Markdown pairs them: in `**Rule:** X · **Priority:** Y` the
 * bold runs are `Rule:` and `Priority:`, never the ` X · ` between a closing and the next opening `**`.
 */
function paired(text: string, open: string, close: string, min: number, max: number): Array<{ name: string; index: number }> {
  const out: Array<{ name: string; index: number }> = [];
  let at = 0;
  for (;;) {
    const start = text.indexOf(open, at);
    if (start < 0) break;
    const end = text.indexOf(close, start + open.length);
    if (end < 0) break;
    const name = text.slice(start + open.length, end);
    if (name.length >= min && name.length <= max) out.push({ name, index: start + open.length });
    at = end + close.length;
  }
  return out;
}

/** Blanks inline code spans (same length) so a `**` or `"` inside code does not pair with one outside. */
function maskCode(text: string): string {
  return text.replace(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, (m) => ' '.repeat(m.length));
}

/** Separators that end a label's value in a one-line summary: `**Rule:** X · **Priority:** Y`, `Rule: X | Host: h`. */
const LABEL_END = String.raw`(?:[(·|—–,;]|\*\*|\s-\s|$)`;
const LABEL = new RegExp(String.raw`\brule(?:\s+name)?\s*(?:\*\*)?\s*:\s*(?:\*\*)?\s*([A-Z][^"“\`*()·|—–,;]{5,120}?)\s*${LABEL_END}`, 'i');

/** Quoted or emphasised text on a line that talks about a rule: "…", “…”, `…`, **…**, or what follows "Rule:". */
function quotedOnRuleLine(text: string): Array<{ name: string; index: number }> {
  const masked = maskCode(text);
  const out = [
    ...paired(masked, '"', '"', 6, 120),
    ...paired(text, '“', '”', 6, 120),
    ...paired(text, '`', '`', 6, 120),
    ...paired(masked, '**', '**', 6, 120),
  ].filter(({ name }) => !/[*"“”`\n]/.test(name) && !/^\s/.test(name));
  const label = LABEL.exec(text);
  if (label) out.push({ name: label[1]!, index: label.index + label[0].indexOf(label[1]!) });
  const row = ruleRow(text);
  if (row) out.push(row);
  return out;
}

/** The first cell of a field/value table row that holds the alert's rule: `| Rule |`, `| **Rule name** |`, `| Falco rule |`. */
const RULE_CELL = /^\s*\|\s*(?:\*\*|__)?\s*(?:falco\s+|triggered\s+|alert\s+)?rule(?:\s+name)?\s*:?\s*(?:\*\*|__)?\s*:?\s*\|/i;

/** The value of a two-column `| Rule | <name> |` row, without emphasis, code ticks or quotes. */
function ruleRow(text: string): { name: string; index: number } | undefined {
  const head = RULE_CELL.exec(text);
  if (!head) return undefined;
  const rest = text.slice(head[0].length);
  const end = rest.search(/(?<!\\)\|/);
  if (end < 0 || rest.slice(end + 1).trim() !== '') return undefined; // exactly two cells
  const cell = rest.slice(0, end);
  const m = /^\s*(?:\*\*|__|[`"“])*\s*(.*?)\s*(?:\*\*|__|[`"”])*\s*$/.exec(cell)!;
  if (m[1]!.length < 6) return undefined;
  return { name: m[1]!, index: head[0].length + cell.indexOf(m[1]!) };
}

function normalize(name: string): string {
  return name
    .trim()
    .replace(/[\s.,;:·|—–-]+$/, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

let knownRules: Set<string> | undefined;

/** Upstream rule names, normalised: a name that is one of them is that rule, not a misspelling of this one. */
function isKnownRule(name: string): boolean {
  knownRules ??= new Set([...defaultRuleNames().keys()].map(normalize));
  return knownRules.has(name);
}

export const wrongRuleName: Check = {
  meta: {
    code: 'FR805',
    name: 'wrong-rule-name',
    severity: 'error',
    summary: "A rule name the report gives for the alert that is a near miss of the alert's real rule.",
    docs: {
      bad: 'The alert was raised by the rule "Drop and execute new binaries in containers".',
      good: 'The alert was raised by the rule "Drop and execute new binary in container".',
      alert: DOCS_ALERT,
    },
  },
  run({ doc, alert, report }) {
    if (!alert) return;
    const real = normalize(alert.rule);
    const limit = Math.max(2, Math.floor(real.length / 10));
    for (const { line, text } of proseLines(doc)) {
      if (!/\brule\b/i.test(text)) continue;
      const seen = new Set<number>();
      for (const { name, index } of quotedOnRuleLine(text)) {
        const written = normalize(name);
        if (written === real || isKnownRule(written) || seen.has(index)) continue;
        const d = editDistance(written, real, limit);
        if (d === 0 || d > limit) continue;
        seen.add(index);
        report({ line, column: index + 1, message: `the alert's rule is "${alert.rule}", not "${name.trim()}"`, suggestion: alert.rule });
      }
    }
  },
};
