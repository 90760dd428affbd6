import type { SimpleCommand, Word } from '../../shell/types.js';

/** The program's base name (`/usr/sbin/sysctl` → `sysctl`), or undefined when the name is computed at run time. */
export function programOf(command: SimpleCommand): string | undefined {
  if (command.name.dynamic) return undefined;
  const text = command.name.text;
  return text.slice(text.lastIndexOf('/') + 1);
}

export interface ParsedArgs {
  /** Option letters and long names seen, without dashes (`w`, `write`, `recursive`). */
  flags: Set<string>;
  /** Values of options that take one, keyed like `flags`. */
  values: Map<string, Word[]>;
  operands: Word[];
}

export interface OptionSpec {
  /** Short letters and long names (no dashes) whose value is the next word or the rest of the cluster. */
  valued?: readonly string[];
  /** Options whose value may only be attached (`-pFILE`, `--load=FILE`). */
  optionalValue?: readonly string[];
}

/**
 * A getopt-like split of a command's words, enough to tell options from operands for the
 * tools these checks look at; tools with their own grammar are handled by their checks.
 */
export function parseArgs(args: readonly Word[], spec: OptionSpec = {}): ParsedArgs {
  const valued = new Set(spec.valued ?? []);
  const optional = new Set(spec.optionalValue ?? []);
  const flags = new Set<string>();
  const values = new Map<string, Word[]>();
  const operands: Word[] = [];
  const add = (name: string, value?: Word): void => {
    flags.add(name);
    if (value) values.set(name, [...(values.get(name) ?? []), value]);
  };
  let onlyOperands = false;
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    const text = word.text;
    if (onlyOperands || word.dynamic || !text.startsWith('-') || text === '-') {
      operands.push(word);
      continue;
    }
    if (text === '--') {
      onlyOperands = true;
      continue;
    }
    if (text.startsWith('--')) {
      const eq = text.indexOf('=');
      const name = eq === -1 ? text.slice(2) : text.slice(2, eq);
      if (eq !== -1) add(name, { ...word, text: text.slice(eq + 1) });
      else if (valued.has(name) && i + 1 < args.length) add(name, args[++i]);
      else add(name);
      continue;
    }
    for (let j = 1; j < text.length; j++) {
      const letter = text[j]!;
      if (valued.has(letter) || optional.has(letter)) {
        const rest = text.slice(j + 1);
        if (rest) add(letter, { ...word, text: rest });
        else if (valued.has(letter) && i + 1 < args.length) add(letter, args[++i]);
        else add(letter);
        break;
      }
      add(letter);
    }
  }
  return { flags, values, operands };
}

/** Every command in the pipeline after this one (`a | b | c` from a gives b, c). */
export function downstream(command: SimpleCommand): SimpleCommand[] {
  const out: SimpleCommand[] = [];
  for (let c = command.pipedTo; c; c = c.pipedTo) out.push(c);
  return out;
}

/** Redirect operators that write to their target. */
export function isWriteRedirect(operator: string): boolean {
  return /^(\d*>>?|\d*>\||&>>?)$/.test(operator);
}
