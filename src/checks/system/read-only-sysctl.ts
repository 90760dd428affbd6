import type { Check } from '../check.js';
import { lookupSysctl } from './sysctl-names.js';
import { sysctlConfBlockUses } from './sysctl-conf-blocks.js';
import { sysctlUsesOf } from './sysctl-uses.js';

export const readOnlySysctl: Check = {
  meta: {
    code: 'FR202',
    name: 'read-only-sysctl',
    severity: 'error',
    summary: 'Writing a sysctl the kernel only lets you read.',
    docs: {
      bad: '```bash\nsysctl -w fs.file-nr=100000\n```',
      good: '```bash\nsysctl fs.file-nr\nsysctl -w fs.file-max=100000\n```',
    },
  },
  run({ doc, analysis, report }) {
    for (const use of [...sysctlUsesOf(analysis).uses, ...sysctlConfBlockUses(doc)]) {
      if (!use.write) continue;
      const found = lookupSysctl(use.name);
      if (found.status !== 'known' || found.writable) continue;
      report({
        line: use.word.line,
        column: use.word.column,
        message: `${use.name} is read-only (mode 0444): the kernel rejects writes to it`,
      });
    }
  },
};
