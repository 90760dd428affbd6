/**
 * Parser for rule `output:` format strings, after libs' sinsp_evt_formatter::set_format: text is
 * literal except for `%` tokens, each of which must be
 *   %<field>            %proc.name, %evt.arg.flags, %proc.aname[2], %ka.uri.param[command]
 *   %<N><field>         %20proc.name (pad/truncate to N characters)
 *   %<transformer>(...) %tolower(proc.name), optionally with a width too
 * There is no escape for a literal '%' (`%%` is an error in libs too) and the format cannot end with
 * '%'. Field tokens are delimited with the condition grammar's FieldName regex (plus `[arg]`);
 * libs instead takes the longest *known* field name, so `%proc.name_x` is `proc.name` + "_x" there
 * and the unknown field `proc.name_x` here — a catalog check will flag it either way.
 * `{{...}}` is reported as an error: Falco outputs have no templating.
 */

import type { FieldOrTransformer, FieldRef, TransformerArg } from './ast.js';
import { failure, ParseFailure, type Hint, type ParseError } from './errors.js';
import { RX_FIELD_NAME } from './lexer.js';
import { parseOperandAt } from './parser.js';

export interface OutputRef {
  /** Offset of the '%' and length of the whole token (%, width, expression). */
  offset: number;
  length: number;
  /** The token as written, '%' included. */
  text: string;
  /** The `N` of `%Nfield`. */
  width?: number;
  kind: 'field' | 'transformer';
  expr: FieldOrTransformer;
  /** Every field in the token (the field itself, or all fields inside the transformer). */
  fields: FieldRef[];
}

export type OutputParseResult =
  | { ok: true; refs: OutputRef[] }
  | { ok: false; refs: OutputRef[]; errors: ParseError[] };

const RX_DIGITS = /[0-9]+/y;
const RX_TEMPLATE = /\{\{\s*([^{}]*?)\s*\}\}/g;

export interface OutputParseOptions {
  /**
   * libs lets each field decide whether it takes an argument, so `%proc.name[x]` is proc.name
   * followed by the text "[x]". Without this callback every `[...]` right after a field is read as
   * its argument (the condition grammar's rule).
   */
  fieldTakesArg?: (name: string) => boolean;
}

export function parseOutput(text: string, options: OutputParseOptions = {}): OutputParseResult {
  const refs: OutputRef[] = [];
  const errors: ParseError[] = [];
  const templates = findTemplates(text);
  let i = 0;
  while (i < text.length) {
    const template = templates.get(i);
    if (template) {
      errors.push(template.error);
      i += template.length;
      continue;
    }
    if (text[i] !== '%') {
      i++;
      continue;
    }
    const r = parseToken(text, i, options);
    if (r instanceof ParseFailure) {
      errors.push(r.error);
      i += Math.max(1, r.error.offset + r.error.length - i);
    } else {
      refs.push(r);
      i += r.length;
    }
  }
  return errors.length === 0 ? { ok: true, refs } : { ok: false, refs, errors };
}

function parseToken(text: string, start: number, options: OutputParseOptions): OutputRef | ParseFailure {
  let at = start + 1;
  if (at >= text.length) {
    return failure('expected-field', "the output cannot end with '%'", start, 1, {
      code: 'no-percent-escape',
      message: "remove it: every '%' must start a field such as %proc.name",
    });
  }
  let width: number | undefined;
  RX_DIGITS.lastIndex = at;
  const digits = RX_DIGITS.exec(text)?.[0];
  if (digits !== undefined) {
    width = Number(digits);
    at += digits.length;
    if (at >= text.length) {
      return failure('expected-field', `'%${digits}' must be followed by a field name`, start, at - start);
    }
  }
  const c = text[at]!;
  if (!/[a-zA-Z]/.test(c)) return notAField(text, start, at);
  if (options.fieldTakesArg) {
    RX_FIELD_NAME.lastIndex = at;
    const name = RX_FIELD_NAME.exec(text)?.[0];
    if (name !== undefined && text[at + name.length] === '[' && !options.fieldTakesArg(name)) {
      const field: FieldRef = { kind: 'field', name, pos: { offset: at, length: name.length } };
      return makeRef(text, start, at + name.length, width, field);
    }
  }
  let parsed: { node: FieldOrTransformer; end: number };
  try {
    parsed = parseOperandAt(text, at);
  } catch (e) {
    if (!(e instanceof ParseFailure)) throw e;
    if (e.error.code === 'expected-field' && e.error.offset === at) return notAField(text, start, at);
    return e;
  }
  return makeRef(text, start, parsed.end, width, parsed.node);
}

function makeRef(text: string, start: number, end: number, width: number | undefined, node: FieldOrTransformer): OutputRef {
  return {
    offset: start,
    length: end - start,
    text: text.slice(start, end),
    ...(width !== undefined ? { width } : {}),
    kind: node.kind,
    expr: node,
    fields: fieldsOf(node),
  };
}

function notAField(text: string, start: number, at: number): ParseFailure {
  const c = text[at]!;
  if (c === '%') {
    return failure('expected-field', "'%%' is not an escape in Falco outputs: every '%' must start a field", start, 2, {
      code: 'no-percent-escape',
      message: "write the text without '%' (there is no way to print a literal '%' before a field name)",
    });
  }
  if (c === '{') {
    const close = text.indexOf('}', at);
    const inner = close > at ? text.slice(at + 1, close).trim() : '';
    const hint: Hint = { code: 'no-templating', message: `write '%${inner || 'proc.name'}' without braces` };
    if (close > at && isFieldName(inner)) {
      hint.replacement = `%${inner}`;
      hint.span = { offset: start, length: close + 1 - start };
    }
    return failure('expected-field', `'%{' is not Falco output syntax`, start, (close > at ? close + 1 : at + 1) - start, hint);
  }
  RX_WORD.lastIndex = at;
  const word = RX_WORD.exec(text)?.[0];
  if (word !== undefined) {
    return failure('expected-field', `'%${word}' is not a field: field names contain a dot (e.g. %proc.name)`, start, at + word.length - start);
  }
  return failure('expected-field', `'%' must be followed by a field name or a transformer (e.g. %proc.name)`, start, at + 1 - start);
}

const RX_WORD = /[A-Za-z0-9_]+/y;

function isFieldName(s: string): boolean {
  RX_FIELD_NAME.lastIndex = 0;
  return RX_FIELD_NAME.exec(s)?.[0] === s;
}

/** `{{ ... }}` placeholders, keyed by offset, each with its error (hint: %field). */
function findTemplates(text: string): Map<number, { length: number; error: ParseError }> {
  const out = new Map<number, { length: number; error: ParseError }>();
  if (!text.includes('{{')) return out;
  for (const m of text.matchAll(RX_TEMPLATE)) {
    const inner = m[1]!.replace(/^[.$%]+/, '');
    const hint: Hint = isFieldName(inner)
      ? { code: 'no-templating', message: `use %${inner}`, replacement: `%${inner}` }
      : { code: 'no-templating', message: 'use %field substitutions such as %proc.exe' };
    out.set(m.index, {
      length: m[0].length,
      error: failure('templating', `'${m[0]}' is template syntax; Falco outputs have no templating`, m.index, m[0].length, hint)
        .error,
    });
  }
  return out;
}

function fieldsOf(node: TransformerArg): FieldRef[] {
  switch (node.kind) {
    case 'field':
      return [node];
    case 'transformer':
      return node.args.flatMap(fieldsOf);
    case 'transformer-list':
      return node.items.flatMap(fieldsOf);
    case 'value':
      return [];
  }
}
