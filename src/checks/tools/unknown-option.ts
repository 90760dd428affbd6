import { catalog } from '../../catalog/index.js';
import { nearest } from '../../util/nearest.js';
import type { Check, Problem } from '../check.js';
import { reportInOrder } from './report-in-order.js';
import type { CommandNode, ToolModel } from './model/types.js';
import { bareOptionsOf } from './parse/bare-options.js';
import { invocationsOf } from './parse/invocations.js';
import { optionIndex } from './parse/option-index.js';
import type { ParsedArgs, UnknownOption } from './parse/parse-args.js';

/** kubectl commands that run a command in a container: without `--`, its options are read as kubectl's. */
const RUNS_A_COMMAND = new Set(['kubectl exec', 'kubectl debug', 'kubectl run', 'kubectl attach']);

let falcoKeys: Set<string> | undefined;

/** `falco --json_output`: the model wrote a falco.yaml key as an option; Falco sets keys with `-o key=value`. */
function falcoConfigKey(written: string): string | undefined {
  falcoKeys ??= new Set(catalog.falcoConfig().keys.map((k) => k.path));
  const key = written.replace(/^--/, '').replace(/-/g, '_');
  return falcoKeys.has(key) ? key : undefined;
}

/**
 * The nearest real long option, measured without the dashes so `--tail` is not "near" `--all`;
 * short letters are all one edit apart, so they get none.
 */
function nearestOption(written: string, names: Iterable<string>): string | undefined {
  if (!written.startsWith('--')) return undefined;
  const bare = written.slice(2);
  const found = nearest(bare, [...names].filter((n) => n.startsWith('--')).map((n) => n.slice(2)));
  return found === undefined ? undefined : `--${found}`;
}

function describe(event: UnknownOption, parsed: ParsedArgs, model: ToolModel): { message: string; suggestion?: string } {
  const { written, node } = event;
  if (event.misplacedGlobal) {
    return { message: `${written} is a ${model.tool} global option and must come before the subcommand (${model.tool} ${written} ${node.path.slice(model.tool.length + 1)} ...)` };
  }
  const inBundle = event.word.text !== written && !event.word.text.startsWith('--') ? ` (in ${event.word.text})` : '';
  let message = `${node.path} has no option ${written}${inBundle}`;
  if (model.tool === 'falco') {
    const key = falcoConfigKey(written);
    if (key) return { message: `${message}; falco.yaml keys are set with -o ${key}=<value>`, suggestion: `-o ${key}=` };
  }
  if (RUNS_A_COMMAND.has(node.path) && parsed.afterDashDash.length === 0 && parsed.operands.length > 0) {
    message += `; put the command to run in the container after --`;
    return { message };
  }
  const suggestion = nearestOption(written, optionNames(node, model));
  return { message, ...(suggestion ? { suggestion } : {}) };
}

function optionNames(node: CommandNode, model: ToolModel): string[] {
  return node === model.root ? [...node.options.keys(), ...model.leadingOptions.keys()] : [...node.options.keys()];
}

export const unknownOption: Check = {
  meta: {
    code: 'FR104',
    name: 'unknown-option',
    severity: 'error',
    summary: 'An option the program (or its subcommand) does not have, in a command or as a lone option in prose.',
    docs: {
      bad: '```bash\ndocker logs --lines 50 12d6b2377178\nfalco -c /etc/falco/falco.yaml --alert-only\n```\n\n* `--alert-only`: alert only on critical events.',
      good: '```bash\ndocker logs --tail 50 12d6b2377178\nfalco -c /etc/falco/falco.yaml -o priority=critical\n```\n\n* `-o priority=critical`: alert only on critical events.',
    },
  },
  run({ doc, analysis, report }) {
    // Two sources (commands, lone options in prose) are merged into file order.
    const problems: Problem[] = [];
    for (const invocation of invocationsOf(doc, analysis).all) {
      const { parsed, model } = invocation;
      if (!parsed || !model) continue;
      for (const event of parsed.events) {
        if (event.kind !== 'unknown-option') continue;
        const { message, suggestion } = describe(event, parsed, model);
        problems.push({ line: event.word.line, column: event.word.column, message, ...(suggestion ? { suggestion } : {}) });
      }
    }
    for (const bare of bareOptionsOf(doc, analysis)) {
      if (bare.verdict.status !== 'unknown') continue;
      const primary = bare.tools[0]!;
      const names = bare.tools.map((t) => t.tool).join(' or ');
      const written = bare.word.text.split('=')[0]!;
      const key = primary.tool === 'falco' ? falcoConfigKey(written) : undefined;
      const suggestion = key ? `-o ${key}=` : nearestOption(written, optionIndex(primary).byName.keys());
      problems.push({
        line: bare.word.line,
        column: bare.word.column,
        message: `${written} is not an option of ${names}${key ? `; falco.yaml keys are set with -o ${key}=<value>` : ''}`,
        ...(suggestion ? { suggestion } : {}),
      });
    }
    reportInOrder(problems, report);
  },
};
