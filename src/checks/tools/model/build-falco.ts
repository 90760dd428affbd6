import type { CliOption, CobraCommand } from '../../../catalog/types.js';
import { addOptions, arityOf, HELP, longNamesOf } from './options.js';
import type { CommandNode, FileRole, OptionSpec, ToolModel } from './types.js';

/** falco's file-valued options: `-c` reads falco.yaml, `-r` and `-V` read rules files. */
const FILE_ROLES: Record<string, FileRole> = { '-c': 'config', '-r': 'rules', '-V': 'rules', '--validate': 'rules' };

function dashedNames(option: CliOption): string[] {
  const names: string[] = [];
  if (option.short) names.push(option.short.startsWith('-') ? option.short : `-${option.short}`);
  if (option.long) names.push(option.long.startsWith('--') ? option.long : `--${option.long}`);
  return names;
}

function fromCliOption(option: CliOption, removed: boolean): OptionSpec | undefined {
  const names = dashedNames(option);
  if (names.length === 0) return undefined;
  const role = names.map((n) => FILE_ROLES[n]).find((r) => r !== undefined);
  return {
    names,
    display: names.find((n) => n.startsWith('--')) ?? names[0]!,
    value: arityOf(option.takesValue),
    shortAttachedValue: true,
    ...(option.choices && option.choices.length > 0 ? { choices: option.choices } : {}),
    ...(removed && option.removedIn ? { removed: { in: option.removedIn, ...(option.replacement ? { replacement: option.replacement } : {}) } } : {}),
    ...(role ? { fileRole: role } : {}),
    ...(option.since && !option.since.startsWith('<=') ? { since: option.since } : {}),
  };
}

function leafNode(path: string, options: Map<string, OptionSpec>): CommandNode {
  return { path, options, longNames: longNamesOf(options), subcommands: new Map(), subcommandNames: [], interspersed: true, runnable: true };
}

function emptyModel(tool: string, root: CommandNode, syntax: ToolModel['syntax']): ToolModel {
  return {
    tool,
    binary: tool,
    syntax,
    root,
    leadingOptions: new Map(),
    deferRootOptions: syntax === 'cobra',
    longPrefixes: false,
    numericOption: false,
    signalOption: false,
    modeOperand: false,
    negatableLongs: false,
    checkShort: true,
  };
}

/** falco parses with cxxopts: bundled shorts (`-pc`), attached values, `--opt=value`, no long prefixes. */
export function buildFalcoModel(data: { options: CliOption[]; removedOptions: CliOption[] }): ToolModel {
  const options = new Map<string, OptionSpec>();
  addOptions(options, data.removedOptions.map((o) => fromCliOption(o, true)).filter((o): o is OptionSpec => o !== undefined));
  addOptions(options, data.options.map((o) => fromCliOption(o, false)).filter((o): o is OptionSpec => o !== undefined));
  return emptyModel('falco', leafNode('falco', options), 'cxxopts');
}

/** A cobra tool from falco-cli.json's flat command list; flags marked persistent are inherited by every subcommand. */
export function buildCobraModel(tool: string, commands: readonly CobraCommand[]): ToolModel {
  const byPath = new Map(commands.map((c) => [c.command, c]));
  const build = (path: string, inherited: OptionSpec[]): CommandNode => {
    const flags = byPath.get(path)?.flags ?? [];
    const own: OptionSpec[] = [];
    const persistent: OptionSpec[] = [];
    for (const flag of flags) {
      const option = fromCliOption(flag, false);
      if (!option) continue;
      own.push(option);
      if (flag.persistent) persistent.push(option);
    }
    const isRoot = path === tool;
    const passDown = [...inherited, ...persistent];
    const options = new Map<string, OptionSpec>();
    addOptions(options, [HELP, ...inherited, ...own]);
    const node = leafNode(path, options);
    const depth = path.split(' ').length;
    for (const child of commands) {
      const parts = child.command.split(' ');
      if (parts.length !== depth + 1 || !child.command.startsWith(`${path} `)) continue;
      const name = parts.at(-1)!;
      node.subcommands.set(name, build(child.command, passDown));
      node.subcommandNames.push(name);
    }
    if (isRoot) {
      // cobra adds these to every root command.
      for (const name of ['help', 'completion']) {
        if (!node.subcommands.has(name)) node.subcommands.set(name, leafNode(`${tool} ${name}`, new Map([['-h', HELP], ['--help', HELP]])));
      }
    }
    // A command whose only flags are handed down (falcoctl's --config, --log-level) just prints its help.
    node.runnable = node.subcommands.size === 0 || own.some((o) => !passDown.includes(o) && !o.names.includes('--help'));
    return node;
  };
  return emptyModel(tool, build(tool, []), 'cobra');
}
