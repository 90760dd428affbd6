import type { ToolOption } from '../../../catalog/types.js';
import type { OptionSpec, ValueArity } from './types.js';

/** `-h`/`--help`, which cobra and urfave add to every command; it needs no operands. */
export const HELP: OptionSpec = { names: ['-h', '--help'], display: '--help', value: 'none', shortAttachedValue: true, waivesMinArgs: true };

export function arityOf(takesValue: boolean | 'optional'): ValueArity {
  return takesValue === 'optional' ? 'optional' : takesValue ? 'required' : 'none';
}

/** An option spelling as the command line writes it; harvested names are already dashed, falco-cli's sometimes not. */
function dashed(name: string, long: boolean): string {
  if (name.startsWith('-')) return name;
  return long ? `--${name}` : `-${name}`;
}

/** Turns one catalog option (tools.json shape) into the shape the parser reads. */
export function fromToolOption(option: ToolOption): OptionSpec | undefined {
  const names: string[] = [];
  if (option.short) names.push(dashed(option.short, false));
  if (option.long) names.push(dashed(option.long, true));
  // Other names that are not dashed (`ps` BSD letters such as `p`, `k`) are not option words.
  for (const other of option.other_names ?? []) if (other.startsWith('-') && !/^-(NUM|SIGNAL|<number>)$/.test(other)) names.push(other);
  if (names.length === 0) return undefined;
  return {
    names,
    display: option.long ? dashed(option.long, true) : names[0]!,
    value: arityOf(option.takes_value),
    shortAttachedValue: option.short_takes_value !== false,
    ...(option.choices && option.choices.length > 0 ? { choices: option.choices } : {}),
  };
}

/** Indexes options by every spelling; later entries win, so extras and inherited flags can be layered. */
export function addOptions(map: Map<string, OptionSpec>, options: Iterable<OptionSpec>): void {
  for (const option of options) for (const name of option.names) map.set(name, option);
}

export function longNamesOf(map: Map<string, OptionSpec>): string[] {
  return [...map.keys()].filter((name) => name.startsWith('--'));
}
