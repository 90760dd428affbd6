import { compareVersions } from '../../util/version.js';
import type { Check, Problem } from '../check.js';
import { reportInOrder } from './report-in-order.js';
import type { OptionSpec } from './model/types.js';
import { bareOptionsOf } from './parse/bare-options.js';
import { invocationsOf } from './parse/invocations.js';

/** The replacement as something to type, when the catalog gives one (`-o base_syscalls.all=true`). */
function replacementCommand(option: OptionSpec): string | undefined {
  const replacement = option.removed?.replacement;
  if (!replacement || !replacement.startsWith('-')) return undefined;
  return replacement.replace(/\s+\(.*$/, '');
}

/**
 * Why the target release does not have the option: removed at or before it, or added after it.
 * Undefined when the target release has it (`falco -A` is fine for Falco 0.40).
 */
function describe(written: string, option: OptionSpec, version: string): { message: string; suggestion?: string } | undefined {
  const removed = option.removed;
  if (removed) {
    if (compareVersions(version, removed.in) < 0) return undefined;
    const suggestion = replacementCommand(option);
    const instead = removed.replacement ? `; use ${removed.replacement} instead` : '';
    return { message: `falco option ${written} was removed in Falco ${removed.in}${instead}`, ...(suggestion ? { suggestion } : {}) };
  }
  if (option.since && compareVersions(version, option.since) < 0) {
    return { message: `falco option ${written} was added in Falco ${option.since}; Falco ${version} does not have it` };
  }
  return undefined;
}

export const falcoOptionNotInRelease: Check = {
  meta: {
    code: 'FR108',
    name: 'falco-option-not-in-release',
    severity: 'error',
    summary: 'A falco option the target Falco release does not have: removed by then (named with its replacement), or added later.',
    docs: {
      bad: '```bash\nfalco -A -c /etc/falco/falco.yaml\nfalco --modern-bpf\n```',
      good: '```bash\nfalco -o base_syscalls.all=true -c /etc/falco/falco.yaml\nfalco -o engine.kind=modern_ebpf\n```',
    },
  },
  run({ doc, analysis, falcoVersion, report }) {
    // Two sources (commands, lone options in prose) are merged into file order.
    const problems: Problem[] = [];
    for (const invocation of invocationsOf(doc, analysis).all) {
      for (const event of invocation.parsed?.events ?? []) {
        if (event.kind !== 'option') continue;
        const problem = describe(event.written, event.option, falcoVersion);
        if (problem) problems.push({ line: event.word.line, column: event.word.column, ...problem });
      }
    }
    for (const bare of bareOptionsOf(doc, analysis)) {
      // A lone option in prose may belong to any tool named around it; only a removed one is surely falco's.
      if (bare.verdict.status !== 'removed') continue;
      const problem = describe(bare.word.text.split('=')[0]!, bare.verdict.option, falcoVersion);
      if (problem) problems.push({ line: bare.word.line, column: bare.word.column, ...problem });
    }
    reportInOrder(problems, report);
  },
};
