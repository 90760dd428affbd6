import type { Check } from '../check.js';
import { candidatesOf } from './candidates.js';
import { DOCS_ALERT } from './docs-alert.js';
import { judge } from './judge.js';

const KIND_NAMES: Record<string, string> = { hex: 'id', uuid: 'uuid', ipv4: 'IP address', ns: 'nanosecond timestamp' };

export const valueNotInAlert: Check = {
  meta: {
    code: 'FR802',
    name: 'value-not-in-alert',
    severity: 'error',
    summary: 'A container id, hash, uuid, IP address or nanosecond timestamp of a kind the alert carries, but not one of its values.',
    docs: {
      bad: 'The event (1728152809000000000) came from container `8f2d41c9e7b3`:\n\n```bash\ndocker inspect 8f2d41c9e7b3\n```',
      good: 'The event (1728152809455310091) came from container `12d6b2377178`:\n\n```bash\ndocker inspect 12d6b2377178\n```',
      alert: DOCS_ALERT,
    },
  },
  run({ doc, alert, report }) {
    if (!alert) return;
    for (const c of candidatesOf(doc)) {
      // Addresses in code are allowlists and examples as often as quotes; in prose they are claims.
      if (c.kind === 'ipv4' && c.inCode) continue;
      const verdict = judge(alert, c);
      if (verdict.status !== 'absent') continue;
      const what = KIND_NAMES[c.kind] ?? 'value';
      const like = verdict.like;
      const detail = verdict.note ? `; ${verdict.note}` : '';
      report({
        line: c.line,
        column: c.column,
        message: `${what} ${c.text} is not in the alert${detail}${like ? `; the alert's ${like.field} is ${like.value}` : ''}`,
        ...(like ? { suggestion: like.value } : {}),
      });
    }
  },
};
