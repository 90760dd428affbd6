import type { Word } from '../../shell/types.js';
import type { Check } from '../check.js';
import { lookupSysctl } from './sysctl-names.js';
import { sysctlUsesOf } from './sysctl-uses.js';

const NUMBER = /^-?\d+$/;

/**
 * The first word written into a sysctl that does not belong to its value. echo joins its operands,
 * so `echo 3600 > f Assist` writes "3600 Assist"; only list-valued sysctls take several numbers.
 */
function strayWord(values: readonly Word[], kind: string | undefined): Word | undefined {
  if (values.length < 2 || values.some((w) => w.dynamic)) return undefined;
  switch (kind) {
    case 'string':
      return undefined;
    case 'bool':
    case 'int':
    case 'trigger':
      return values[1];
    case 'int_list':
    case 'range_list':
      return values.find((w) => !NUMBER.test(w.text));
    default:
      // Kind unknown (template or unknown name): only a number followed by a plain word is plainly wrong.
      return NUMBER.test(values[0]!.text) ? values.slice(1).find((w) => !NUMBER.test(w.text)) : undefined;
  }
}

export const straySysctlValue: Check = {
  meta: {
    code: 'FR204',
    name: 'stray-word-in-sysctl-value',
    severity: 'error',
    summary: 'Extra words written into a sysctl along with its value.',
    docs: {
      bad: '```bash\necho 1 > /proc/sys/net/ipv4/ip_forward now\nsysctl -w net.ipv4.ip_local_port_range=32768 60999\n```',
      good: '```bash\necho 1 > /proc/sys/net/ipv4/ip_forward\nsysctl -w net.ipv4.ip_local_port_range="32768 60999"\necho 32768 60999 > /proc/sys/net/ipv4/ip_local_port_range\n```',
    },
  },
  run({ analysis, report }) {
    const { uses, strays } = sysctlUsesOf(analysis);
    for (const use of uses) {
      if (!use.values) continue;
      const found = lookupSysctl(use.name);
      if (found.status === 'dir' || found.status === 'unsure') continue;
      const stray = strayWord(use.values, found.status === 'known' ? found.kind : undefined);
      if (!stray) continue;
      const written = use.values.map((w) => w.text).join(' ');
      report({
        line: stray.line,
        column: stray.column,
        message: `"${stray.text}" is written into ${use.name} too: echo joins its words, so the sysctl gets "${written}"`,
      });
    }
    for (const { word, name } of strays) {
      report({
        line: word.line,
        column: word.column,
        message: `"${word.text}" is read as a second sysctl name, not as part of ${name}'s value: quote a value that holds spaces`,
      });
    }
  },
};
