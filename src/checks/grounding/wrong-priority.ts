import { PRIORITIES, type Priority } from '../../alerts/schema.js';
import type { Check } from '../check.js';
import { proseLines } from '../inline/text.js';
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

/** The line is about this alert: it says so, or it is a "Priority:" label of a summary list. */
const ABOUT_ALERT = /\b(?:alert|event|this|triggered|fired)\b|^\s*(?:[*+-]|\d+[.)])?\s*(?:\*\*)?\s*priority\s*(?:\*\*)?\s*:/i;

function canonical(word: string): Priority | undefined {
  const lower = word.toLowerCase();
  if (lower === 'info') return 'Informational';
  return PRIORITIES.find((p) => p.toLowerCase() === lower);
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
    for (const { line, text } of proseLines(doc)) {
      if (!/priority/i.test(text)) continue;
      for (const sentence of sentences(text)) {
        if (ADVICE.test(sentence.text) || !ABOUT_ALERT.test(sentence.text)) continue;
        const m = PRIORITY_THEN_NAME.exec(sentence.text) ?? NAME_THEN_PRIORITY.exec(sentence.text);
        const stated = m ? canonical(m[1]!) : undefined;
        if (!m || !stated || stated === alert.priority) continue;
        report({
          line,
          column: sentence.index + m.index + m[0].lastIndexOf(m[1]!) + 1,
          message: `the alert's priority is ${alert.priority}, not ${m[1]}`,
          suggestion: alert.priority,
        });
      }
    }
  },
};

function sentences(text: string): Array<{ text: string; index: number }> {
  const out: Array<{ text: string; index: number }> = [];
  let start = 0;
  for (const m of text.matchAll(/[.;!?](?=\s+|$)/g)) {
    out.push({ text: text.slice(start, m.index + 1), index: start });
    start = m.index + 1;
  }
  if (start < text.length) out.push({ text: text.slice(start), index: start });
  return out;
}
