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

function describe(written: string, option: OptionSpec): { message: string; suggestion?: string } {
  const removed = option.removed!;
  const suggestion = replacementCommand(option);
  const instead = removed.replacement ? `; use ${removed.replacement} instead` : '';
  return { message: `falco option ${written} was removed in Falco ${removed.in}${instead}`, ...(suggestion ? { suggestion } : {}) };
}

export const removedFalcoOption: Check = {
  meta: {
    code: 'FR108',
    name: 'removed-falco-option',
    severity: 'error',
    summary: 'A falco command-line option that earlier Falco releases had and a later one removed, with its replacement.',
    docs: {
      bad: '```bash\nfalco -A -c /etc/falco/falco.yaml\nfalco --modern-bpf\n```',
      good: '```bash\nfalco -o base_syscalls.all=true -c /etc/falco/falco.yaml\nfalco -o engine.kind=modern_ebpf\n```',
    },
  },
  run({ doc, analysis, report }) {
    // Two sources (commands, lone options in prose) are merged into file order.
    const problems: Problem[] = [];
    for (const invocation of invocationsOf(doc, analysis).all) {
      for (const event of invocation.parsed?.events ?? []) {
        if (event.kind !== 'option' || !event.option.removed) continue;
        const { message, suggestion } = describe(event.written, event.option);
        problems.push({ line: event.word.line, column: event.word.column, message, ...(suggestion ? { suggestion } : {}) });
      }
    }
    for (const bare of bareOptionsOf(doc, analysis)) {
      if (bare.verdict.status !== 'removed') continue;
      const { message, suggestion } = describe(bare.word.text.split('=')[0]!, bare.verdict.option);
      problems.push({ line: bare.word.line, column: bare.word.column, message, ...(suggestion ? { suggestion } : {}) });
    }
    reportInOrder(problems, report);
  },
};
