import type { Check } from '../check.js';
import { adviseSysctl, lookupSysctl, procPathOfSysctl, sysctlNameOfProcPath } from '../system/sysctl-names.js';
import { nameOfSpan } from './names.js';

export const unknownSysctlSpan: Check = {
  meta: {
    code: 'FR702',
    name: 'unknown-sysctl-in-prose',
    severity: 'error',
    summary: 'An inline sysctl name (or /proc/sys path) in prose that the Linux kernel does not have.',
    docs: {
      bad: 'Restrict ptrace with `kernel.ptrace_scope` and turn off `fs.binfmt.mode`.',
      good: 'Restrict ptrace with `kernel.yama.ptrace_scope` and check `/proc/sys/fs/binfmt_misc/status`.',
    },
  },
  run({ doc, report }) {
    for (const span of doc.spans) {
      const text = span.text.trim();
      const viaProc = text.startsWith('/proc/sys/');
      const named = viaProc ? undefined : nameOfSpan(text);
      const name = viaProc ? sysctlNameOfProcPath(text) : named?.kind === 'sysctl' ? named.name : undefined;
      if (!name) continue;
      const found = lookupSysctl(name);
      if (found.status !== 'unknown') continue;
      const advice = adviseSysctl(name);
      const why = found.invented ? 'is a commonly invented name, not a sysctl' : 'is not a sysctl the Linux kernel has';
      const shown = viaProc ? `${text} (${name})` : name;
      report({
        line: span.line,
        column: span.column,
        message: `${shown} ${why}${advice.hint ? `; ${advice.hint}` : ''}`,
        ...(advice.suggestion ? { suggestion: viaProc ? procPathOfSysctl(advice.suggestion) : advice.suggestion } : {}),
      });
    }
  },
};
