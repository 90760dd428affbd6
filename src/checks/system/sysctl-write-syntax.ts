import type { Check } from '../check.js';
import { sysctlUsesOf } from './sysctl-uses.js';

export const sysctlWriteSyntax: Check = {
  meta: {
    code: 'FR203',
    name: 'sysctl-write-without-equals',
    severity: 'error',
    summary: '`sysctl -w` given a name without `=value`, which procps-ng rejects.',
    docs: {
      bad: '```bash\nsysctl -w net.ipv4.ip_forward 0\n```',
      good: '```bash\nsysctl -w net.ipv4.ip_forward=0\n```',
    },
  },
  run({ analysis, report }) {
    for (const { word, value } of sysctlUsesOf(analysis).malformed) {
      const fixed = value ? `${word.text}=${value.text}` : undefined;
      report({
        line: word.line,
        column: word.column,
        message: `sysctl -w takes name=value operands; "${word.text}" has no "="${fixed ? ` (write ${fixed})` : ''}`,
        ...(fixed ? { suggestion: fixed } : {}),
      });
    }
  },
};
