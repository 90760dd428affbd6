import { catalogProgramNames, toolModel } from '../model/models.js';
import { longNamesOf } from '../model/options.js';
import type { CommandNode, OptionSpec, ToolModel } from '../model/types.js';

/** Every option of a tool, whatever its subcommand: what a bare `--tail` in prose can refer to. */
export interface ToolOptionIndex {
  byName: Map<string, OptionSpec>;
  longNames: string[];
}

const indexes = new WeakMap<ToolModel, ToolOptionIndex>();

function collect(node: CommandNode, into: Map<string, OptionSpec>, seen: Set<CommandNode>): void {
  if (seen.has(node)) return;
  seen.add(node);
  for (const [name, option] of node.options) if (!into.has(name) || option.removed === undefined) into.set(name, option);
  for (const child of node.subcommands.values()) collect(child, into, seen);
}

export function optionIndex(model: ToolModel): ToolOptionIndex {
  let index = indexes.get(model);
  if (!index) {
    const byName = new Map<string, OptionSpec>(model.leadingOptions);
    collect(model.root, byName, new Set());
    index = { byName, longNames: longNamesOf(byName) };
    indexes.set(model, index);
  }
  return index;
}

/** The option part of `--opt=value`. */
function optionName(written: string): string {
  const eq = written.indexOf('=');
  return eq === -1 ? written : written.slice(0, eq);
}

export type OptionVerdict = { status: 'known'; option?: OptionSpec } | { status: 'removed'; option: OptionSpec } | { status: 'unknown' } | { status: 'unsure' };

/** Whether a tool has an option anywhere in its command tree, read the way its own parser reads it. */
export function lookupAnywhere(model: ToolModel, written: string): OptionVerdict {
  const { byName, longNames } = optionIndex(model);
  const name = optionName(written);
  const direct = byName.get(name) ?? (model.syntax === 'urfave' && !name.startsWith('--') ? byName.get(`-${name}`) : undefined);
  if (direct) return direct.removed ? { status: 'removed', option: direct } : { status: 'known', option: direct };
  if (name.startsWith('--')) {
    if (model.negatableLongs && name.startsWith('--no-') && byName.has(`--${name.slice(5)}`)) return { status: 'known' };
    if (model.longPrefixes) {
      const matches = longNames.filter((long) => long.startsWith(name));
      if (matches.length > 0) return { status: matches.length === 1 ? 'known' : 'unsure' };
    }
    return { status: 'unknown' };
  }
  if (model.syntax === 'long-only' || !model.checkShort) return { status: 'unsure' };
  if (model.numericOption && /^-\d+$/.test(name)) return { status: 'known' };
  if (model.signalOption && /^-[A-Z0-9]+$/.test(name)) return { status: 'known' };
  // A bundle: each letter up to the first one that takes a value (the rest is that value).
  for (let j = 1; j < name.length; j++) {
    const option = byName.get(`-${name[j]}`);
    if (!option) return { status: 'unknown' };
    if (option.removed) return { status: 'removed', option };
    if (option.value !== 'none') return { status: 'known', option };
  }
  return { status: 'known' };
}

let everyOption: Set<string> | undefined;

/** True when some program of the catalog has an option spelt so (`--privileged` is docker's). */
export function anyToolHas(written: string): boolean {
  if (!everyOption) {
    everyOption = new Set();
    for (const name of catalogProgramNames()) {
      const model = toolModel(name);
      if (model) for (const option of optionIndex(model).byName.keys()) everyOption.add(option);
    }
  }
  return everyOption.has(optionName(written));
}
