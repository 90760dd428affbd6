import type { ToolCommand, ToolOption, ToolSpec } from '../../../catalog/types.js';
import { trustedArgs, WAIVES_MIN } from './arity-trust.js';
import { addOptions, fromToolOption, HELP, longNamesOf } from './options.js';
import type { CommandNode, OptionSpec, Syntax, ToolModel } from './types.js';

/** Custom-syntax tools whose dashed words still follow getopt_long (their operands are what is special). */
const GETOPT_CUSTOM = new Set(['tcpdump']);
/** docker commands that stop reading options at their first operand (`docker run IMAGE cmd -x`). */
const DOCKER_NOT_INTERSPERSED = /^docker (container )?(run|create|exec|top)$|^docker service create$/;
/** kubectl's global options are persistent: valid after any subcommand. docker's are root-only. */
const PERSISTENT_GLOBALS = new Set(['kubectl']);
/**
 * ctr's and runc's `--name value, -n value` lines lost their short aliases in the harvest (the catalog
 * restores ctr's global -n/-a); their single-dash words are not checked at all.
 */
const UNRELIABLE_SHORTS = new Set(['ctr', 'runc']);

function syntaxOf(spec: ToolSpec): Syntax | undefined {
  switch (spec.syntax) {
    case 'gnu':
      return 'gnu';
    case 'cobra':
      return 'cobra';
    case 'urfave':
      return 'urfave';
    case 'custom':
      if (spec.tool === 'tar') return 'tar';
      if (spec.tool === 'ps') return 'long-only';
      return GETOPT_CUSTOM.has(spec.tool) ? 'gnu' : undefined;
    default:
      return undefined;
  }
}

function optionList(options: readonly ToolOption[] | undefined): OptionSpec[] {
  return (options ?? []).map(fromToolOption).filter((o): o is OptionSpec => o !== undefined);
}

function markWaivers(map: Map<string, OptionSpec>, tool: string): void {
  const waivers = WAIVES_MIN[tool] ?? [];
  for (const [name, option] of map) {
    const waives = waivers.includes(name) || option.names.some((n) => n === '--help' || n === '--version');
    if (waives && !option.waivesMinArgs) addOptions(map, [{ ...option, waivesMinArgs: true }]);
  }
}

/** Subcommand aliases: docker writes them as full paths (`docker container list`), others as names. */
function aliasNames(aliases: readonly string[] | undefined, parentPath: string): string[] {
  const names: string[] = [];
  for (const alias of aliases ?? []) {
    const parts = alias.trim().split(/\s+/);
    if (parts.length === 1) names.push(parts[0]!);
    else if (parts.slice(0, -1).join(' ') === parentPath) names.push(parts.at(-1)!);
  }
  return names;
}

/** The distinct options of a name index, each naming exactly the spellings that still lead to it. */
function specsOf(map: Map<string, OptionSpec>): OptionSpec[] {
  const names = new Map<OptionSpec, string[]>();
  for (const [name, option] of map) names.set(option, [...(names.get(option) ?? []), name]);
  return [...names].map(([option, spellings]) => ({ ...option, names: spellings }));
}

interface BuildContext {
  spec: ToolSpec;
  syntax: Syntax;
  /** Options every node inherits (kubectl globals, systemctl's options for every verb). */
  inherited: OptionSpec[];
}

function buildNode(ctx: BuildContext, command: ToolCommand, path: string, isRoot: boolean, ownOptions: OptionSpec[]): CommandNode {
  const options = new Map<string, OptionSpec>();
  if (ctx.syntax === 'cobra' || ctx.syntax === 'urfave') addOptions(options, [HELP]);
  addOptions(options, ctx.inherited);
  addOptions(options, ownOptions);
  markWaivers(options, ctx.spec.tool);

  const subcommands = new Map<string, CommandNode>();
  const subcommandNames: string[] = [];
  for (const [name, sub] of Object.entries(command.subcommands ?? {})) {
    // systemctl's verbs share the tool's options; cobra/urfave subcommands have their own.
    const inheritedHere = ctx.syntax === 'gnu' ? [...ctx.inherited, ...ownOptions] : ctx.inherited;
    const childPath = `${path} ${name}`;
    const child = buildNode({ ...ctx, inherited: inheritedHere }, sub, childPath, false, optionList(sub.options));
    subcommands.set(name, child);
    subcommandNames.push(name);
    for (const alias of aliasNames(sub.aliases, path)) if (!subcommands.has(alias)) subcommands.set(alias, child);
  }
  if (isRoot) {
    const verbAliases = (ctx.spec as { subcommand_aliases?: Record<string, string> }).subcommand_aliases ?? {};
    for (const [alias, target] of Object.entries(verbAliases)) {
      const node = subcommands.get(target);
      if (node && !subcommands.has(alias)) subcommands.set(alias, node);
    }
  }

  const args = trustedArgs(ctx.spec.tool, path, command.args);
  const argNames = command.args?.names;
  const ownCount = ownOptions.filter((o) => !o.names.includes('--help')).length;
  return {
    path,
    options,
    longNames: longNamesOf(options),
    subcommands,
    subcommandNames,
    ...(args ? { args: { min: args.min, max: args.max, ...(argNames ? { names: argNames } : {}) } } : {}),
    interspersed: interspersed(ctx, path, command),
    // systemctl needs a verb; a cobra/urfave command with options of its own also runs bare (`kubectl create -f`).
    runnable: subcommands.size === 0 || (ctx.syntax !== 'gnu' && ownCount > 0),
  };
}

function interspersed(ctx: BuildContext, path: string, command: ToolCommand): boolean {
  if (ctx.syntax === 'urfave') return false;
  if (ctx.syntax === 'cobra') return !DOCKER_NOT_INTERSPERSED.test(path);
  // Programs that run a command stop at it (`nsenter -t 1 -m ps -ef`); nft reads a rule grammar.
  const names = command.args?.names ?? [];
  return !(names.includes('PROGRAM') || names.includes('COMMAND') || ctx.spec.tool === 'nft');
}

/** The parser's view of one catalog tool as run under `binary`; undefined when its syntax is not modelled. */
export function buildToolModel(spec: ToolSpec, binary: string): ToolModel | undefined {
  const syntax = syntaxOf(spec);
  if (!syntax) return undefined;
  const byBinary = (spec as { options_by_binary?: Record<string, ToolOption[]> }).options_by_binary;
  const rootOptions = optionList(byBinary?.[binary] ?? spec.options);
  const globals = optionList(spec.global_options);
  const persistent = PERSISTENT_GLOBALS.has(spec.tool);
  const ctx: BuildContext = { spec, syntax, inherited: persistent ? globals : [] };
  if (syntax === 'gnu' || syntax === 'tar' || syntax === 'long-only') {
    for (const name of ['--help', '--version']) {
      if (!rootOptions.some((o) => o.names.includes(name))) rootOptions.push({ names: [name], display: name, value: 'none', shortAttachedValue: true });
    }
  }
  const rootMap = new Map<string, OptionSpec>();
  addOptions(rootMap, rootOptions);
  const root = buildNode(ctx, spec, spec.tool, true, specsOf(rootMap));

  const leadingOptions = new Map<string, OptionSpec>();
  if (!persistent) addOptions(leadingOptions, globals);
  const otherNames = (spec.options ?? []).flatMap((o) => o.other_names ?? []);
  return {
    tool: spec.tool,
    binary,
    syntax,
    root,
    leadingOptions,
    deferRootOptions: syntax === 'cobra' && spec.tool !== 'docker',
    longPrefixes: syntax === 'gnu' || syntax === 'tar' || syntax === 'long-only',
    // The catalog writes these forms as other names: `-NUM` (head -20), `-<number>` (strings -8), `-SIGNAL` (pkill -9).
    numericOption: otherNames.includes('-NUM') || otherNames.includes('-<number>'),
    signalOption: otherNames.includes('-SIGNAL'),
    modeOperand: spec.tool === 'chmod',
    negatableLongs: spec.tool === 'curl',
    checkShort: syntax !== 'long-only' && !UNRELIABLE_SHORTS.has(spec.tool),
  };
}
