import { parseDocument, Scalar, type Node } from 'yaml';
import { falcoKeySpace, joinPath, type KeyInfo } from './keys.js';
import { problem, type ConfigProblem } from './problem.js';
import { catalogFalcoVersion, keyStatus } from './status.js';
import { checkValue, reportKeyStatus, type WalkContext } from './walk.js';
import type { ValidateConfigOptions } from './validate.js';

/** A `falco -o key=value` override split the way Falco splits it. */
export interface ParsedOverride {
  /** Map keys and `[]` list steps (`plugins[0].name` → plugins, [], name). */
  steps: string[];
  /** 0-based offset of each step in the text, for columns. */
  offsets: number[];
  value: string;
  /** 0-based offset of the value in the text. */
  valueOffset: number;
}

export type OverrideParse = ParsedOverride | { error: string; offset: number };

/**
 * Splits `key=value` at the first `=` (falco_configuration::set_cmdline_option) and the key into
 * steps like yaml_helper::get_node: `.` between map keys, `[N]` or `[]` (append) for list items,
 * and since 0.44.0 a backslash takes the next character literally (`static_fields.my\.key`).
 */
export function parseOverride(text: string): OverrideParse {
  const eq = text.indexOf('=');
  if (eq === -1) return { error: `falco -o takes key=value, and "${text}" has no "="`, offset: 0 };
  const key = text.slice(0, eq);
  const steps: string[] = [];
  const offsets: number[] = [];
  let current = '';
  let start = 0;
  const push = (): void => {
    steps.push(current);
    offsets.push(start);
    current = '';
  };
  for (let i = 0; i < key.length; i++) {
    const c = key[i]!;
    if (current === '') start = i;
    if (c === '\\' && i + 1 < key.length) {
      current += key[++i];
      continue;
    }
    if (c === '.') {
      if (current === '' && key[i - 1] !== ']') return { error: `falco -o key "${key}" has an empty name at position ${i + 1}`, offset: i };
      if (current !== '') push();
      if (i === key.length - 1) return { error: `falco -o key "${key}" ends with "."`, offset: i };
      continue;
    }
    if (c === '[') {
      if (current !== '') push();
      else if (steps.length === 0) return { error: `falco -o key "${key}" starts with "["`, offset: i };
      const close = key.indexOf(']', i);
      const index = close === -1 ? key.slice(i + 1) : key.slice(i + 1, close);
      if (close === -1 || !/^\d*$/.test(index)) return { error: `falco -o key "${key}" needs a numeric list index in [...], found "${index}"`, offset: i };
      steps.push('[]');
      offsets.push(i);
      i = close;
      const next = key[i + 1];
      if (next !== undefined && next !== '.' && next !== '[') return { error: `falco -o key "${key}" needs "." after "]"`, offset: i + 1 };
      continue;
    }
    current += c;
  }
  if (current !== '') push();
  if (steps.length === 0) return { error: `falco -o needs a key before "="`, offset: 0 };
  return { steps, offsets, value: text.slice(eq + 1), valueOffset: eq + 1 };
}

/** A stand-in node that only carries a position, for problems about parts of an option word. */
function at(offset: number): Node {
  return { range: [offset, offset, offset] } as unknown as Node;
}

/** Walks the key's steps through the catalog; the entry of the last step, or 'stop' when nothing more can be said. */
function walkKey(ctx: WalkContext, parsed: ParsedOverride): KeyInfo | 'stop' {
  const space = falcoKeySpace();
  let path = '';
  let info: KeyInfo | undefined;
  for (const [i, step] of parsed.steps.entries()) {
    const offset = parsed.offsets[i]!;
    if (info) {
      // Under an open map (static_fields, a plugin's init_config) any key goes.
      if (info.types.includes('object') && info.children.length === 0) return 'stop';
      const fits = step === '[]' ? info.types.includes('array') : info.types.includes('object');
      if (!fits) {
        const what = info.types.includes('array') ? 'a list' : info.types.includes('object') ? 'a map' : 'a single value';
        const { line, column } = ctx.locate(offset);
        ctx.report(problem('FR955', line, column, `${path} is ${what}, so it has no ${step === '[]' ? '[index]' : `key "${step}"`}`));
        return 'stop';
      }
    }
    path = joinPath(path, step);
    if (step === '[]') {
      info = space.keys.get(path);
      if (!info) return 'stop';
      continue;
    }
    ctx.onKey?.(path);
    const status = keyStatus(space, path, ctx.version);
    if (!reportKeyStatus(ctx, space, path, status, at(offset), 'FR955') || status.kind !== 'ok' || !status.info) return 'stop';
    info = status.info;
  }
  return info ?? 'stop';
}

/**
 * Validates one `falco -o` argument: the key must be a real config key of the release and the value
 * one Falco can read for it. A value written `{...}` is YAML (Falco loads it as an object); any other
 * value is a plain string Falco converts when it reads the key. Columns are 1-based within `text`.
 */
export interface OverrideOptions extends ValidateConfigOptions {
  /** Check the key only: a Helm `{a,b}` list value is not YAML. */
  keyOnly?: boolean;
}

export function validateOverride(text: string, options: OverrideOptions = {}): ConfigProblem[] {
  const parsed = parseOverride(text);
  if ('error' in parsed) return [problem('FR955', 1, parsed.offset + 1, parsed.error)];
  const problems: ConfigProblem[] = [];
  // Key steps are located from the start of the text, value nodes from the start of the value.
  const context = (base: number): WalkContext => ({
    version: options.falcoVersion ?? catalogFalcoVersion(),
    locate: (offset) => ({ line: 1, column: base + offset + 1 }),
    report: (p) => problems.push(p),
    ...(options.onKey ? { onKey: options.onKey } : {}),
  });
  const info = walkKey(context(0), parsed);
  if (info === 'stop' || options.keyOnly) return problems;
  const value = parsed.value;
  const valueContext = context(parsed.valueOffset);
  if (value.startsWith('{') && value.endsWith('}')) {
    const doc = parseDocument(value, { schema: 'failsafe', uniqueKeys: false, prettyErrors: false });
    const error = doc.errors[0];
    if (error) {
      problems.push(problem('FR957', 1, parsed.valueOffset + error.pos[0] + 1, `the {...} value is not valid YAML: ${error.message.split('\n')[0]}`));
      return problems;
    }
    checkValue(valueContext, falcoKeySpace(), info, doc.contents);
    return problems;
  }
  const scalar = new Scalar(value);
  // Not plain: Falco stores the text as a string, so an empty value is "" rather than null.
  scalar.type = 'QUOTE_DOUBLE';
  scalar.range = [0, value.length, value.length];
  checkValue(valueContext, falcoKeySpace(), info, scalar);
  return problems;
}
