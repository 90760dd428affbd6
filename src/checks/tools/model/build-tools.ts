import type { ToolCommand, ToolOption, ToolSpec } from '../../../catalog/types.js';
import { ACCEPTED_EXTRAS, type ExtraOption, type ToolExtras } from './accepted-extras.js';
import { trustedArgs, WAIVES_MIN } from './arity-trust.js';
import { addOptions, fromToolOption, longNamesOf } from './options.js';
import type { CommandNode, OptionSpec, Syntax, ToolModel } from './types.js';

/** Custom-syntax tools whose dashed words still follow getopt_long (their operands are what is special). */
const GETOPT_CUSTOM = new Set(['tcpdump']);
/** docker commands that stop reading options at their first operand (`docker run IMAGE cmd -x`). */
const DOCKER_NOT_INTERSPERSED = /^docker (container )?(run|create|exec|top)$|^docker service create$/;
/** kubectl's global options are persistent: valid after any subcommand. docker's are root-only. */
const PERSISTENT_GLOBALS = new Set(['kubectl']);
/**
 * ctr's `--namespace value, -n value` lines lost their short alias in the harvest; ctr 1.6 has
 * `-n`/`--namespace` and `-a`/`--address`. Other ctr and runc short aliases with values were lost
 * the same way, so their single-dash words are not checked at all.
 */
const UNRELIABLE_SHORTS = new Set(['ctr', 'runc']);
const CTR_GLOBAL_ALIASES: Record<string, string> = { '-n': '--namespace', '-a': '--address' };

const HELP: OptionSpec = { names: ['-h', '--help'], display: '--help', value: 'none', shortAttachedValue: true, waivesMinArgs: true };

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

function applyExtras(map: Map<string, OptionSpec>, extras: ToolExtras | undefined): void {
  if (!extras) return;
  // A correction applies to one spelling: `ls -p` is a flag although `--indicator-style` takes a value.
  for (const [name, value] of Object.entries(extras.values ?? {})) {
    const option = map.get(name);
    if (!option) continue;
    const others = option.names.filter((n) => n !== name);
    if (others.length > 0) {
      const trimmed = { ...option, names: others, display: others.find((n) => n.startsWith('--')) ?? others[0]! };
      for (const other of others) map.set(other, trimmed);
    }
    const corrected: OptionSpec = { ...option, names: [name], display: name, value };
    if (value === 'none') delete corrected.choices;
    map.set(name, corrected);
  }
  addOptions(map, extraOptions(extras.options));
}

function extraOptions(options: readonly ExtraOption[] | undefined): OptionSpec[] {
  return (options ?? []).map((o) => ({ names: o.names, display: o.names.find((n) => n.startsWith('--')) ?? o.names[0]!, value: o.value, shortAttachedValue: true }));
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
  extras: ToolExtras | undefined;
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
    const childOptions = [...optionList(sub.options), ...extraOptions(ctx.extras?.subcommandOptions?.[childPath])];
    const child = buildNode({ ...ctx, inherited: inheritedHere }, sub, childPath, false, childOptions);
    subcommands.set(name, child);
    subcommandNames.push(name);
    for (const alias of aliasNames(sub.aliases, path)) if (!subcommands.has(alias)) subcommands.set(alias, child);
  }
  if (isRoot) {
    for (const name of ctx.extras?.subcommands ?? []) {
      if (subcommands.has(name)) continue;
      subcommands.set(name, buildNode({ ...ctx, inherited: [...ctx.inherited, ...ownOptions] }, {}, `${path} ${name}`, false, []));
      subcommandNames.push(name);
    }
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
  const ctx: BuildContext = { spec, syntax, inherited: persistent ? globals : [], extras: ACCEPTED_EXTRAS[spec.tool] };
  if (syntax === 'gnu' || syntax === 'tar' || syntax === 'long-only') {
    for (const name of ['--help', '--version']) {
      if (!rootOptions.some((o) => o.names.includes(name))) rootOptions.push({ names: [name], display: name, value: 'none', shortAttachedValue: true });
    }
  }
  const rootMap = new Map<string, OptionSpec>();
  addOptions(rootMap, rootOptions);
  applyExtras(rootMap, ctx.extras);
  const root = buildNode(ctx, spec, spec.tool, true, specsOf(rootMap));

  const leadingOptions = new Map<string, OptionSpec>();
  if (!persistent) {
    addOptions(leadingOptions, globals);
    if (spec.tool === 'ctr') {
      for (const [short, long] of Object.entries(CTR_GLOBAL_ALIASES)) {
        const option = leadingOptions.get(long);
        if (option) addOptions(leadingOptions, [{ ...option, names: [...option.names, short] }]);
      }
    }
  }
  const digitsAreOptions = (spec.options ?? []).some((o) => o.other_names?.includes('-NUM') || o.other_names?.includes('-<number>'));
  return {
    tool: spec.tool,
    binary,
    syntax,
    root,
    leadingOptions,
    deferRootOptions: syntax === 'cobra' && spec.tool !== 'docker',
    longPrefixes: syntax === 'gnu' || syntax === 'tar' || syntax === 'long-only',
    numericOption: digitsAreOptions || ACCEPTED_EXTRAS[spec.tool]?.numeric === true,
    signalOption: (spec.options ?? []).some((o) => o.other_names?.includes('-SIGNAL')) || ACCEPTED_EXTRAS[spec.tool]?.signal === true,
    modeOperand: spec.tool === 'chmod',
    negatableLongs: spec.tool === 'curl',
    checkShort: syntax !== 'long-only' && !UNRELIABLE_SHORTS.has(spec.tool),
  };
}
