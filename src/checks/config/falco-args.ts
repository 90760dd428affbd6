import { catalog } from '../../catalog/index.js';
import type { SimpleCommand, Word } from '../../shell/types.js';
import { programOf } from '../system/words.js';

/** The value of one falco option, and where its text starts inside its word. */
export interface OptionValue {
  word: Word;
  /** The value's text. */
  text: string;
  /** Offset of the value in `word.text` (2 for `-ojson_output=true`, 9 for `--option=k=v`). */
  offset: number;
}

export interface FalcoConfigArgs {
  /** Values of `-o`/`--option`. */
  overrides: OptionValue[];
  /** Values of `-c`. */
  configFiles: OptionValue[];
}

let valueTakingOptions: { shorts: Set<string>; longs: Set<string> } | undefined;

/** The catalog's falco options that take a value, built once. */
function valueTaking(): { shorts: Set<string>; longs: Set<string> } {
  return (valueTakingOptions ??= buildValueTaking());
}

function buildValueTaking(): { shorts: Set<string>; longs: Set<string> } {
  const shorts = new Set<string>();
  const longs = new Set<string>();
  for (const option of catalog.falcoCli().falco.options) {
    if (option.takesValue !== true) continue;
    if (option.short) shorts.add(option.short.slice(1));
    if (option.long) longs.add(option.long.slice(2));
  }
  return { shorts, longs };
}

/**
 * Reads a falco command line the way cxxopts does: `-o k=v`, `-ok=v`, `--option k=v`,
 * `--option=k=v`, short flags clustered (`-Uo k=v`), `--` ending the options. Options the catalog
 * does not list are taken as flags; another check says whether they exist.
 */
export function falcoConfigArgs(command: SimpleCommand): FalcoConfigArgs | undefined {
  if (programOf(command) !== 'falco') return undefined;
  const { shorts, longs } = valueTaking();
  const out: FalcoConfigArgs = { overrides: [], configFiles: [] };
  const take = (name: string, value: OptionValue): void => {
    if (name === 'o' || name === 'option') out.overrides.push(value);
    else if (name === 'c') out.configFiles.push(value);
  };
  const args = command.args;
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    const text = word.text;
    if (text === '--') break;
    if (word.dynamic || !text.startsWith('-') || text === '-') continue;
    if (text.startsWith('--')) {
      const eq = text.indexOf('=');
      const name = eq === -1 ? text.slice(2) : text.slice(2, eq);
      if (!longs.has(name)) continue;
      if (eq !== -1) take(name, { word, text: text.slice(eq + 1), offset: eq + 1 });
      else if (i + 1 < args.length) {
        const next = args[++i]!;
        take(name, { word: next, text: next.text, offset: 0 });
      }
      continue;
    }
    for (let j = 1; j < text.length; j++) {
      const letter = text[j]!;
      if (!shorts.has(letter)) continue;
      if (j + 1 < text.length) take(letter, { word, text: text.slice(j + 1), offset: j + 1 });
      else if (i + 1 < args.length) {
        const next = args[++i]!;
        take(letter, { word: next, text: next.text, offset: 0 });
      }
      break;
    }
  }
  return out;
}

/**
 * The Markdown column of a character of a word's text: exact for unquoted words, one past the
 * opening quote for a quoted word that has no escapes, else the word's own column.
 */
export function columnIn(word: Word, offset: number): number {
  if (word.raw === word.text) return word.column + offset;
  const quote = word.raw[0];
  if ((quote === "'" || quote === '"') && word.raw.slice(1, -1) === word.text) return word.column + 1 + offset;
  return word.column;
}

/** The Falco chart, whose values put falco.yaml under `falco:` (the chart renders `.Values.falco` as falco.yaml). */
const FALCO_CHART = /^(falcosecurity\/falco|oci:\/\/[\w./-]+\/falco)$/;

/**
 * Splits a Helm `--set` value into its assignments: commas separate them unless escaped (`\,`) or
 * inside a `{a,b}` list, as Helm's strvals parser reads them.
 */
function helmAssignments(text: string): Array<{ text: string; offset: number }> {
  const out: Array<{ text: string; offset: number }> = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0) {
      out.push({ text: text.slice(start, i), offset: start });
      start = i + 1;
    }
  }
  out.push({ text: text.slice(start), offset: start });
  return out;
}

/**
 * `falco.*` assignments of `helm install|upgrade|template ... falcosecurity/falco --set ...`, with the
 * `falco.` prefix taken off so they read as falco.yaml keys. Other charts and other values are left alone.
 */
export function helmFalcoSets(command: SimpleCommand): OptionValue[] {
  if (programOf(command) !== 'helm') return [];
  const words = command.args;
  if (!words.some((w) => ['install', 'upgrade', 'template'].includes(w.text)) || !words.some((w) => FALCO_CHART.test(w.text))) return [];
  const out: OptionValue[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const match = /^--set(?:-string)?(?:(=)|$)/.exec(word.text);
    if (!match) continue;
    const value = match[1] ? { word, base: match[0].length } : words[i + 1] ? { word: words[++i]!, base: 0 } : undefined;
    if (!value || value.word.dynamic) continue;
    for (const assignment of helmAssignments(value.word.text.slice(value.base))) {
      if (!assignment.text.startsWith('falco.')) continue;
      out.push({ word: value.word, text: assignment.text.slice('falco.'.length), offset: value.base + assignment.offset + 'falco.'.length });
    }
  }
  return out;
}
