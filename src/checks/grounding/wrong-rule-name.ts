import type { Check } from '../check.js';
import { editDistance } from '../../util/nearest.js';
import { proseLines } from '../inline/text.js';
import { DOCS_ALERT } from './docs-alert.js';

/** Quoted or emphasised text on a line that talks about a rule: "…", “…”, `…`, **…**, or what follows "Rule:". */
function quotedOnRuleLine(text: string): Array<{ name: string; index: number }> {
  const out: Array<{ name: string; index: number }> = [];
  for (const m of text.matchAll(/"([^"]{6,120})"|“([^”]{6,120})”|`([^`]{6,120})`|\*\*([^*]{6,120})\*\*/g)) {
    const name = (m[1] ?? m[2] ?? m[3] ?? m[4])!;
    out.push({ name, index: m.index + 1 });
  }
  const label = /\brule(?:\s+name)?\s*(?:\*\*)?\s*:\s*(?:\*\*)?\s*([A-Z][^"“`*()]{5,120}?)\s*(?:\(|$)/i.exec(text);
  if (label) out.push({ name: label[1]!, index: label.index + label[0].indexOf(label[1]!) });
  return out;
}

function normalize(name: string): string {
  return name.trim().replace(/[.,;:]+$/, '').replace(/\s+/g, ' ').toLowerCase();
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
      for (const { name, index } of quotedOnRuleLine(text)) {
        const written = normalize(name);
        if (written === real) continue;
        const d = editDistance(written, real, limit);
        if (d === 0 || d > limit) continue;
        report({ line, column: index + 1, message: `the alert's rule is "${alert.rule}", not "${name.trim()}"`, suggestion: alert.rule });
      }
    }
  },
};
