import { isScalar, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';

/** Helpers that read YAML nodes the way yaml-cpp (Falco's YAML library) would decode them. */

/** The scalar's text as yaml-cpp sees it: plain scalars keep their spelling (`1.0`, `yes`, `~`). */
export function scalarText(node: Scalar): string {
  if (typeof node.value === 'string') return node.value;
  const token = node.srcToken;
  if (token && token.type === 'scalar') return token.source;
  return node.value === null || node.value === undefined ? '' : String(node.value);
}

const NULL_WORDS = new Set(['', '~', 'null', 'Null', 'NULL']);

/**
 * yaml-cpp's null: an empty value, or `~`/`null` written plain. Documents are parsed with the
 * failsafe schema (every scalar a string, as yaml-cpp keeps them), so nulls are recognised here.
 */
export function isNullScalar(node: unknown): boolean {
  if (node === null || node === undefined) return true;
  if (!isScalar(node)) return false;
  if (node.value === null || node.value === undefined) return true;
  return (!node.srcToken || node.srcToken.type === 'scalar') && NULL_WORDS.has(String(node.value));
}

const BOOL_WORDS = new Map<string, boolean>([
  ['y', true],
  ['yes', true],
  ['true', true],
  ['on', true],
  ['n', false],
  ['no', false],
  ['false', false],
  ['off', false],
]);

/**
 * yaml-cpp's convert<bool>: y/yes/true/on and n/no/false/off, written all lower case, all upper
 * case or capitalised (`True`, `YES`), whatever the quoting.
 */
export function parseYamlCppBool(text: string): boolean | undefined {
  const lower = text.toLowerCase();
  const value = BOOL_WORDS.get(lower);
  if (value === undefined) return undefined;
  const capitalised = text[0] === text[0]!.toUpperCase() && text.slice(1) === text.slice(1).toLowerCase();
  if (text === lower || text === text.toUpperCase() || capitalised) return value;
  return undefined;
}

export function nodeStart(node: Node | null | undefined, fallback: number): number {
  return node?.range?.[0] ?? fallback;
}

export function nodeEnd(node: Node | null | undefined, fallback: number): number {
  return node?.range?.[1] ?? fallback;
}

/** Key name of a pair, as text (keys are scalars in every rules file worth checking). */
export function keyName(pair: Pair): string | undefined {
  return isScalar(pair.key) ? scalarText(pair.key) : undefined;
}

export function keyStart(pair: Pair, fallback: number): number {
  return isScalar(pair.key) ? nodeStart(pair.key, fallback) : fallback;
}

/** The pairs of a map by key name; the first pair wins, like yaml-cpp's `item[key]` lookup. */
export function pairsByKey(map: YAMLMap): Map<string, Pair> {
  const out = new Map<string, Pair>();
  for (const pair of map.items) {
    const name = keyName(pair);
    if (name !== undefined && !out.has(name)) out.set(name, pair);
  }
  return out;
}
