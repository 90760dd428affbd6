import type { InlineSpan, MarkdownDocument } from '../../../markdown/document.js';
import type { SimpleCommand, Word } from '../../../shell/types.js';
import { peelWrappers } from '../../../shell/wrappers.js';
import type { ReportAnalysis } from '../../analysis.js';
import { basename, isCatalogProgram, toolModel } from '../model/models.js';
import type { ToolModel } from '../model/types.js';
import { inventedProgram, type Invention } from '../names/invented.js';
import { parseArgs, type ParsedArgs } from './parse-args.js';
import { spanCommands } from './span-words.js';

/** One run of a program: a simple command of a shell block, or a command written as an inline code span. */
export interface Invocation {
  source: 'block' | 'span';
  nameWord: Word;
  /** The program's name without a directory. */
  program: string;
  args: Word[];
  command?: SimpleCommand;
  span?: InlineSpan;
  /** The catalog model of the program, or of the real program an invented name stands for. */
  model?: ToolModel;
  invented?: Invention;
  parsed?: ParsedArgs;
  /** `xargs cmd`: more operands (and option values) arrive at run time. */
  runtimeArgs: boolean;
}

export interface ReportInvocations {
  all: Invocation[];
  blocks: Invocation[];
  spans: Invocation[];
  /** Spans that are a bare option (`--alert-only`, `-c`), left to bare-options.ts. */
  optionSpans: Array<{ span: InlineSpan; words: Word[] }>;
}

const cache = new WeakMap<ReportAnalysis, ReportInvocations>();

function resolve(
  source: Invocation['source'],
  nameWord: Word,
  args: Word[],
  extra: Pick<Invocation, 'command' | 'span' | 'runtimeArgs'>,
): Invocation | undefined {
  if (nameWord.dynamic || nameWord.placeholders.length > 0) return undefined;
  const program = basename(nameWord.text);
  const base: Invocation = { source, nameWord, program, args, ...extra };
  if (isCatalogProgram(program)) {
    const model = toolModel(program);
    return model ? { ...base, model, parsed: parseArgs(model, args) } : base;
  }
  // A path (`./falco-check.sh`, `/opt/x/bin/tool`) names a script or a local build, never an invention.
  if (nameWord.text.includes('/')) return source === 'block' ? base : undefined;
  const invented = inventedProgram(program, { inProse: source === 'span', hasArgs: args.length > 0 });
  if (!invented) return source === 'block' ? base : undefined;
  const model = toolModel(invented.intended);
  return { ...base, invented, ...(model ? { model, parsed: parseArgs(model, args) } : {}) };
}

function fromCommand(command: SimpleCommand): Invocation | undefined {
  return resolve('block', command.name, command.args, {
    command,
    runtimeArgs: command.wrappers.some((w) => basename(w.text) === 'xargs'),
  });
}

/**
 * Container commands that run a command of their own: after `--` (kubectl), or after the container
 * or image operand (docker, crictl). That command is read as one more invocation of its program.
 */
const RUNS_A_COMMAND: Readonly<Record<string, 'after-dash' | 'after-first-operand'>> = {
  'kubectl exec': 'after-dash',
  'kubectl debug': 'after-dash',
  'kubectl run': 'after-dash',
  'docker exec': 'after-first-operand',
  'docker container exec': 'after-first-operand',
  'docker run': 'after-first-operand',
  'docker container run': 'after-first-operand',
  'crictl exec': 'after-first-operand',
};

/** The command a container command runs, when it is a catalog program (what else a container has is unknown). */
function innerCommand(outer: Invocation): Invocation | undefined {
  const parsed = outer.parsed;
  const where = parsed && RUNS_A_COMMAND[parsed.node.path];
  if (!parsed || !where) return undefined;
  const words = where === 'after-dash' ? parsed.afterDashDash : parsed.operands.slice(1);
  if (words.length === 0) return undefined;
  const { name, args } = peelWrappers(words);
  if (!isCatalogProgram(basename(name.text))) return undefined;
  return resolve(outer.source, name, args, { ...(outer.command ? { command: outer.command } : {}), ...(outer.span ? { span: outer.span } : {}), runtimeArgs: false });
}

const OPTION_LIKE = /^--?[A-Za-z]/;

function fromSpan(span: InlineSpan, into: ReportInvocations): void {
  const commands = spanCommands(span);
  for (const [index, words] of commands.entries()) {
    const first = words[0];
    if (!first) continue;
    if (OPTION_LIKE.test(first.text)) {
      if (index === 0 && commands.length === 1) into.optionSpans.push({ span, words });
      continue;
    }
    const peeled = peelWrappers(words);
    const invocation = resolve('span', peeled.name, peeled.args, { span, runtimeArgs: false });
    if (!invocation) continue;
    into.spans.push(invocation);
    const inner = innerCommand(invocation);
    if (inner) into.spans.push(inner);
  }
}

/** Every program run in the report, read once and shared by the tools checks. */
export function invocationsOf(doc: MarkdownDocument, analysis: ReportAnalysis): ReportInvocations {
  let found = cache.get(analysis);
  if (found) return found;
  found = { all: [], blocks: [], spans: [], optionSpans: [] };
  for (const command of analysis.commands) {
    const invocation = fromCommand(command);
    if (!invocation) continue;
    found.blocks.push(invocation);
    const inner = innerCommand(invocation);
    if (inner) found.blocks.push(inner);
  }
  for (const span of doc.spans) fromSpan(span, found);
  found.all = [...found.blocks, ...found.spans].sort((a, b) => a.nameWord.line - b.nameWord.line || a.nameWord.column - b.nameWord.column);
  cache.set(analysis, found);
  return found;
}
