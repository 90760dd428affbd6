import type { Check } from '../check.js';
import type { ArgCount } from './model/types.js';
import type { Invocation } from './parse/invocations.js';
import { invocationsOf } from './parse/invocations.js';

function expected(args: ArgCount): string {
  const noun = (n: number): string => `${n} argument${n === 1 ? '' : 's'}`;
  const names = args.names && args.names.length > 0 ? ` (${args.names.join(' ')})` : '';
  if (args.max === args.min) return `exactly ${noun(args.min)}${names}`;
  if (args.max === null) return `at least ${noun(args.min)}${names}`;
  return `${args.min} to ${args.max} arguments${names}`;
}

/** The operand count is known only when the whole line was understood and no word can expand to several. */
function verdict(invocation: Invocation): { args: ArgCount; count: number } | undefined {
  const parsed = invocation.parsed;
  if (!parsed || !parsed.complete || invocation.invented) return undefined;
  const { node } = parsed;
  const args = node.args;
  // A command that still expects a subcommand is another check's business.
  if (!args || (node.subcommands.size > 0 && !node.runnable)) return undefined;
  if (parsed.used.some((o) => o.waivesMinArgs)) return undefined;
  // Words after `--` are operands too (`grep -- -v file`, `kubectl exec POD -- ls`).
  const operands = [...parsed.operands, ...parsed.afterDashDash];
  const count = operands.length;
  const expands = operands.some((w) => w.dynamic && !w.quoted);
  if (count < args.min && !invocation.runtimeArgs) return { args, count };
  if (args.max !== null && count > args.max && !expands) return { args, count };
  return undefined;
}

export const wrongArgumentCount: Check = {
  meta: {
    code: 'FR106',
    name: 'wrong-argument-count',
    severity: 'error',
    summary: 'A command given fewer or more operands than it takes (docker logs -f with no container).',
    docs: {
      bad: '```bash\ndocker logs -f | grep falco-event-gen\n```',
      good: '```bash\ndocker logs -f 12d6b2377178 | grep falco-event-gen\n```',
    },
  },
  run({ doc, analysis, report }) {
    // Prose names commands without their operands (`docker inspect`), so only shell blocks count.
    for (const invocation of invocationsOf(doc, analysis).blocks) {
      const found = verdict(invocation);
      if (!found) continue;
      const { args, count } = found;
      const path = invocation.parsed!.node.path;
      report({
        line: invocation.nameWord.line,
        column: invocation.nameWord.column,
        message: `${path} takes ${expected(args)}, but ${count === 0 ? 'none is' : count === 1 ? '1 is' : `${count} are`} given`,
      });
    }
  },
};
