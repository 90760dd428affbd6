import { catalog } from '../../catalog/index.js';
import type { Check } from '../check.js';
import { adviseSysctl, lookupSysctl, procPathOfSysctl } from './sysctl-names.js';
import { sysctlConfBlockUses } from './sysctl-conf-blocks.js';
import { sysctlUsesOf } from './sysctl-uses.js';

export const unknownSysctl: Check = {
  meta: {
    code: 'FR201',
    name: 'unknown-sysctl',
    severity: 'error',
    summary: 'A sysctl (or /proc/sys path) the Linux kernel does not have.',
    docs: {
      bad: '```bash\nsysctl -w kernel.ptrace_scope=2\necho 0 > /proc/sys/fs/binfmt/mode\n```',
      good: '```bash\nsysctl -w kernel.yama.ptrace_scope=2\necho 0 > /proc/sys/fs/binfmt_misc/status\nsysctl net.ipv4.conf.eth0.rp_filter\n```',
    },
  },
  run({ doc, analysis, report }) {
    for (const use of [...sysctlUsesOf(analysis).uses, ...sysctlConfBlockUses(doc)]) {
      const found = lookupSysctl(use.name);
      if (found.status !== 'unknown') continue;
      const advice = adviseSysctl(use.name);
      const where = use.via === 'proc' ? ` (${use.word.text})` : use.via === 'conf' ? ' (in a sysctl.conf file)' : '';
      const why = found.invented ? 'is not a sysctl (a commonly invented or long-removed name)' : `is not a sysctl in Linux ${catalog.meta().kernelForSysctls}`;
      const hint = advice.hint ? `; ${advice.hint}` : '';
      // For a /proc/sys path the suggestion is the path form, so the message names the dotted sysctl.
      const instead = advice.suggestion && use.via === 'proc' ? `; the real sysctl is ${advice.suggestion}` : '';
      report({
        line: use.word.line,
        column: use.word.column,
        message: `${use.name}${where} ${why}${hint}${instead}`,
        ...(advice.suggestion ? { suggestion: use.via === 'proc' ? procPathOfSysctl(advice.suggestion) : advice.suggestion } : {}),
      });
    }
  },
};
