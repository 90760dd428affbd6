import type { Check } from '../check.js';
import { candidatesOf } from './candidates.js';
import { DOCS_ALERT } from './docs-alert.js';
import { judge } from './judge.js';

export const misquotedValue: Check = {
  meta: {
    code: 'FR801',
    name: 'misquoted-alert-value',
    severity: 'error',
    summary: 'A container id, hash, address, timestamp, path or name one or two characters off the value the alert really has.',
    docs: {
      bad: 'The binary ran in container `12d6b2377179` (`romantic_jemisson`) on host `mini-debain-lab` at 1728152809455310019.',
      good: 'The binary ran in container `12d6b2377178` (`romantic_jemison`) on host `mini-debian-lab` at 1728152809455310091.',
      alert: DOCS_ALERT,
    },
  },
  run({ doc, alert, report }) {
    if (!alert) return;
    const seen = new Set<string>();
    for (const c of candidatesOf(doc)) {
      const verdict = judge(alert, c);
      if (verdict.status !== 'near') continue;
      // A span read both as a path and as a quoted word is one finding.
      const key = `${c.line}:${c.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      report({
        line: c.line,
        column: c.column,
        message: `${c.text} is not in the alert; the alert's ${verdict.field} is ${verdict.real}`,
        suggestion: verdict.real,
      });
    }
  },
};
