/**
 * Error diagnosis for the condition parser. The parser decides *where* libs would fail; these
 * functions decide *what to say*: a specific message pointing at the offending token, and for the
 * constructs language models tend to invent (matches, &&, !, ===, arithmetic, contains_any,
 * {{templating}}, `field: value`, …) a hint with the Falco way of writing it.
 */

import { nearest } from '../../util/nearest.js';
import {
  CHECK_OPERATORS,
  MODIFIERS,
  STRING_OPERATORS,
  TRANSFORMERS,
  type CheckExpr,
  type FieldOrTransformer,
  type IdentifierExpr,
  type Span,
} from './ast.js';
import { failure, type Hint, type ParseFailure } from './errors.js';
import { isBlank, isWordChar, Lexer, RX_FIELD_NAME, tokenLengthAt } from './lexer.js';

const isWord = (op: string): boolean => /^[a-z]/.test(op);
const WORD_OPERATORS: readonly string[] = CHECK_OPERATORS.filter(isWord);
const STRING_WORD_OPERATORS: readonly string[] = STRING_OPERATORS.filter(isWord);
const ALL_OPERATORS: readonly string[] = [...CHECK_OPERATORS.filter((op) => !isWord(op)), '==', ...WORD_OPERATORS];
const MODIFIER_NAMES: readonly string[] = MODIFIERS;
const TRANSFORMER_NAMES: readonly string[] = TRANSFORMERS.filter((t) => t !== 'val');
/** Function names from other languages that have a Falco transformer equivalent. */
const TRANSFORMER_ALIASES: ReadonlyMap<string, string> = new Map(Object.entries({
  lower: 'tolower',
  lowercase: 'tolower',
  lcase: 'tolower',
  upper: 'toupper',
  uppercase: 'toupper',
  ucase: 'toupper',
  length: 'len',
  strlen: 'len',
  size: 'len',
  count: 'len',
  base64: 'b64',
  base64_decode: 'b64',
  b64decode: 'b64',
  base64decode: 'b64',
  concatenate: 'concat',
}));

const REGEX_WORDS = new Set(['matches', 'match', 'like', 'ilike', 'rlike', 'regexp', 'regex_match', 'matches_regex', 're']);
const IN_WORDS = new Set(['in_list', 'inlist', 'in_array', 'isin', 'is_in', 'includes', 'one_of', 'any_of', 'within']);
const SYMBOL_WORDS: ReadonlyMap<string, string> = new Map(Object.entries({
  eq: '=',
  equals: '=',
  equal: '=',
  is: '=',
  ne: '!=',
  neq: '!=',
  not_equals: '!=',
  notequals: '!=',
  lt: '<',
  le: '<=',
  lte: '<=',
  gt: '>',
  ge: '>=',
  gte: '>=',
  exist: 'exists',
}));

// ---- small text helpers ------------------------------------------------------------------------

const RX_WORD = /[A-Za-z0-9_]+/y;
const RX_UNQUOTED_RUN = /[^ \t\b\r\n()"',]+/y;

function wordAt(text: string, at: number): string | undefined {
  RX_WORD.lastIndex = at;
  return RX_WORD.exec(text)?.[0];
}

function tokenAt(text: string, at: number): string {
  return text.slice(at, at + tokenLengthAt(text, at));
}

function skipBlanks(text: string, at: number): number {
  while (at < text.length && isBlank(text.charCodeAt(at))) at++;
  return at;
}

function onlyBlanksBetween(text: string, from: number, to: number): boolean {
  return skipBlanks(text, from) >= to;
}

function sliceSpan(text: string, span: Span): string {
  return text.slice(span.offset, span.offset + span.length);
}

function end(span: Span): number {
  return span.offset + span.length;
}

/** The token just before `at` (skipping blanks), for "after 'x'" in messages. */
function previousToken(text: string, at: number): string {
  let e = at;
  while (e > 0 && isBlank(text.charCodeAt(e - 1))) e--;
  let s = e;
  if (s > 0 && isWordChar(text.charCodeAt(s - 1))) {
    while (s > 0 && /[A-Za-z0-9_.[\]]/.test(text[s - 1]!)) s--;
  } else if (s > 0) {
    s--;
  }
  const tok = text.slice(s, e);
  return tok.length > 40 ? `…${tok.slice(-40)}` : tok;
}

function quote(s: string): string {
  return `'${s.length > 40 ? `${s.slice(0, 40)}…` : s}'`;
}

// ---- hints --------------------------------------------------------------------------------------

function regexHint(word: string): Hint {
  const lw = word.toLowerCase();
  const glob = lw === 'like' || lw === 'ilike';
  const globOp = lw === 'ilike' ? 'iglob' : 'glob';
  return {
    code: 'use-regex-or-glob',
    message: glob
      ? `use '${globOp}' (shell wildcards) or 'regex' (RE2, matches the whole value)`
      : `use 'regex' (RE2, matches the whole value) or 'glob' (shell wildcards)`,
    replacement: glob ? globOp : 'regex',
  };
}

/** The error message for a word or symbol used as an operator, given the hint found for it. */
function noSuchOperator(written: string, hint: Hint | undefined): string {
  return hint?.code === 'lowercase' || hint === undefined ? `unknown operator '${written}'` : `Falco has no '${written}' operator`;
}

/**
 * A hint for a word written where an operator belongs, or undefined when the word is not one of
 * the recognised inventions. `span` is where the word is.
 */
function operatorWordHint(word: string, span: Span): Hint | undefined {
  const lw = word.toLowerCase();
  if (REGEX_WORDS.has(lw)) return { ...regexHint(word), span };
  if (IN_WORDS.has(lw)) {
    return {
      code: 'use-list-operator',
      message: `use 'in (a, b, ...)' or 'in <list name>'`,
      replacement: 'in',
      span,
    };
  }
  // contains_any, startswith_all, icontainsany, ... → '<op> anyof (...)' / '<op> allof (...)'
  const m = /^([a-z=!]+?)_?(any|all|one)(?:_?of)?$/.exec(lw);
  if (m && (STRING_WORD_OPERATORS.includes(m[1]!) || m[1] === 'equals' || m[1] === 'eq')) {
    const base = STRING_WORD_OPERATORS.includes(m[1]!) ? m[1]! : '=';
    const modifier = `${m[2]}of`;
    return {
      code: 'use-modifier',
      message:
        `use '${base} ${modifier} (a, b, ...)' (Falco >= 0.44)` +
        (base === '=' || m[2] === 'any' ? ` or 'in (a, b, ...)' for exact matches` : ''),
      replacement: `${base} ${modifier}`,
      span,
    };
  }
  const to = SYMBOL_WORDS.get(lw);
  if (to !== undefined) {
    return {
      code: to === '!=' ? 'use-not-equals' : to === '=' ? 'use-equals' : 'unknown-operator',
      message:
        lw === 'is'
          ? `use '=' / '!=' to compare, or 'exists' to test that a field has a value`
          : `use '${to}'`,
      replacement: to,
      span,
    };
  }
  if (word !== lw && WORD_OPERATORS.includes(lw)) {
    return { code: 'lowercase', message: `operators are lowercase: '${lw}'`, replacement: lw, span };
  }
  return undefined;
}

function keywordCaseHint(word: string, span: Span): Hint | undefined {
  const lw = word.toLowerCase();
  if ((lw === 'and' || lw === 'or' || lw === 'not') && word !== lw) {
    return { code: 'lowercase', message: `keywords are lowercase: '${lw}'`, replacement: lw, span };
  }
  return undefined;
}

function symbolHint(sym: string, span: Span): Hint | undefined {
  if (sym.startsWith('&&') || sym === '&') return { code: 'use-and', message: "use 'and'", replacement: 'and', span };
  if (sym.startsWith('||') || sym === '|') return { code: 'use-or', message: "use 'or'", replacement: 'or', span };
  return undefined;
}

function unclosedHint(): Hint {
  return { code: 'unclosed-paren', message: "add the missing ')'" };
}

// ---- diagnoses, one per failure site -------------------------------------------------------------

/** `{{...}}` inside a bare value (libs would take it literally). */
export function templatingFailure(at: number, raw: string): ParseFailure {
  const open = raw.indexOf('{{');
  const close = raw.indexOf('}}', open);
  const inner = (close >= 0 ? raw.slice(open + 2, close) : raw.slice(open + 2)).trim();
  RX_FIELD_NAME.lastIndex = 0;
  const innerIsField = RX_FIELD_NAME.exec(inner)?.[0] === inner;
  const wholeToken = open === 0 && close === raw.length - 2;
  const hint: Hint = {
    code: 'no-templating',
    message: innerIsField
      ? `to compare with the value of ${inner} write 'val(${inner})'`
      : 'write the literal value (or a list or macro name)',
    ...(innerIsField && wholeToken ? { replacement: `val(${inner})` } : {}),
  };
  return failure(
    'templating',
    `'${raw}' is template syntax, but Falco conditions have no templating (libs would compare against the literal text)`,
    at,
    raw.length,
    hint,
  );
}

/** 'and'/'or' not followed by a blank or '('. */
export function diagnoseAfterKeyword(text: string, keyword: string, kwStart: number): ParseFailure {
  const after = kwStart + keyword.length;
  if (after >= text.length) {
    return failure('expected-check', `expected a condition after '${keyword}' but the condition ends here`, text.length, 0);
  }
  const word = wordAt(text, kwStart) ?? keyword;
  const len = Math.max(word.length, tokenLengthAt(text, kwStart));
  return failure(
    'expected-keyword-blank',
    `unexpected '${text.slice(kwStart, kwStart + len)}': '${keyword}' must be followed by a blank or '('`,
    kwStart,
    len,
  );
}

/** Nothing that can start a check (field, transformer, macro name, '(', not). */
export function diagnoseExpectedCheck(text: string, at: number): ParseFailure {
  if (at >= text.length) {
    if (skipBlanks(text, 0) >= text.length) return failure('empty', 'the condition is empty', 0, text.length);
    const prev = previousToken(text, at);
    return failure('expected-check', `expected a condition after '${prev}' but the condition ends here`, text.length, 0);
  }
  const c = text[at]!;
  const tok = tokenAt(text, at);
  const span = { offset: at, length: tok.length };
  const base = `expected a field check, a macro name, 'not' or '(' but found ${quote(tok)}`;

  if (c === '"' || c === "'") {
    new Lexer(text, at).quoted(); // throws the precise error when the string is unterminated
    return failure('expected-check', `a check cannot start with a string: put the field first, e.g. proc.name = ${tok.length > 1 ? tok : '"x"'}`, at, 1);
  }
  if (c === '!' && text[at + 1] !== '=') {
    return failure('expected-check', `Falco has no '!' operator`, at, 1, {
      code: 'use-not',
      message: "negate with 'not', e.g. 'not proc.name = bash'",
      replacement: 'not ',
      span: { offset: at, length: 1 },
    });
  }
  const sym = symbolHint(tok, span);
  if (sym) return failure('expected-check', `Falco has no '${tok}' operator`, at, tok.length, sym);
  if (text.startsWith('{{', at)) {
    const close = text.indexOf('}}', at);
    const raw = close >= 0 ? text.slice(at, close + 2) : tok;
    return templatingFailure(at, raw);
  }
  if (c === '%') {
    RX_FIELD_NAME.lastIndex = at + 1;
    const field = RX_FIELD_NAME.exec(text)?.[0];
    if (field) {
      return failure('expected-check', `unexpected '%${field}'`, at, field.length + 1, {
        code: 'output-syntax-in-condition',
        message: `'%field' is output syntax; in a condition write the bare field name '${field}'`,
        replacement: field,
      });
    }
  }
  if (c === ')') return failure('expected-check', `unexpected ')': expected a condition (empty parentheses?)`, at, 1);
  if (/[0-9]/.test(c)) return failure('expected-check', `${base}: a check starts with the field, e.g. 'proc.pid = 1'`, at, tok.length);
  if (/[=<>]/.test(c)) return failure('expected-check', `${base}: the field is missing before the operator`, at, tok.length);
  return failure('expected-check', base, at, tok.length);
}

/** After a field or transformer, where libs expects an operator. `opStart` is before any partial match. */
export function diagnoseExpectedOperator(text: string, lhs: FieldOrTransformer, opStart: number): ParseFailure {
  const lhsText = sliceSpan(text, lhs.pos);
  if (opStart >= text.length) {
    return failure('expected-operator', `expected an operator after '${lhsText}' but the condition ends here`, text.length, 0, {
      code: 'use-exists',
      message: `to test that the field has a value write '${lhsText} exists'`,
      replacement: `${lhsText} exists`,
      span: lhs.pos,
    });
  }
  const word = wordAt(text, opStart);
  const tok = word ?? tokenAt(text, opStart);
  const span = { offset: opStart, length: tok.length };
  const base = `expected an operator after '${lhsText}' but found ${quote(tok)}`;

  if (word !== undefined) {
    if (WORD_OPERATORS.includes(word) && opStart + word.length >= text.length) {
      return failure('expected-value', `expected a value after '${word}' but the condition ends here`, text.length, 0);
    }
    if (WORD_OPERATORS.includes(word)) {
      return failure('expected-operator', `'${word}' must be followed by a blank`, opStart, word.length, {
        code: 'operator-needs-blank',
        message: `write '${word} ' with a blank before the value`,
        replacement: `${word} `,
      });
    }
    if (word === 'not') {
      const next = skipBlanks(text, opStart + 3);
      const op = wordAt(text, next) ?? tokenAt(text, next);
      const opSpan = { offset: lhs.pos.offset, length: next + op.length - lhs.pos.offset };
      return failure('expected-operator', `unexpected 'not' after '${lhsText}'`, opStart, 3, {
        code: 'not-before-check',
        message: `negate the whole check instead: 'not ${lhsText} ${op} ...'`,
        replacement: `not ${lhsText} ${op}`,
        span: opSpan,
      });
    }
    if (word === 'and' || word === 'or') {
      return failure('expected-operator', `expected an operator after '${lhsText}' but found '${word}'`, opStart, word.length, {
        code: 'use-exists',
        message: `a field alone is not a condition; to test that it has a value write '${lhsText} exists'`,
        replacement: `${lhsText} exists`,
        span: lhs.pos,
      });
    }
    const hint = operatorWordHint(word, span) ?? keywordCaseHint(word, span);
    if (hint) return failure('expected-operator', noSuchOperator(word, hint), opStart, word.length, hint);
    const guess = nearest(word, WORD_OPERATORS);
    return failure(
      'expected-operator',
      base,
      opStart,
      word.length,
      guess
        ? { code: 'unknown-operator', message: `did you mean '${guess}'?`, replacement: guess, span }
        : { code: 'unknown-operator', message: `valid operators: ${ALL_OPERATORS.join(' ')}` },
    );
  }

  if (tok.startsWith('!~') || tok.startsWith('~')) {
    const hint = regexHint(tok);
    if (tok.startsWith('!~')) {
      hint.message = `write 'not ${lhsText} regex "..."'`;
      delete hint.replacement;
    }
    return failure('expected-operator', `Falco has no '${tok}' operator`, opStart, tok.length, hint);
  }
  if (tok.startsWith(':')) {
    return failure('expected-operator', `unexpected ':' after '${lhsText}'`, opStart, 1, {
      code: 'no-colon',
      message: `conditions are not YAML maps: compare with '=' ('${lhsText} = value')`,
      replacement: ' =',
      span: { offset: opStart, length: 1 },
    });
  }
  const sym = symbolHint(tok, span);
  if (sym) {
    return failure('expected-operator', `expected an operator after '${lhsText}' but found '${tok}' (Falco has no '${tok}')`, opStart, tok.length, sym);
  }
  if (tok === '!') {
    return failure('expected-operator', `unexpected '!' after '${lhsText}'`, opStart, 1, {
      code: 'use-not',
      message: `negate the whole check with 'not': 'not ${lhsText} ...'`,
    });
  }
  if (/^[*/+%-]/.test(tok)) {
    return failure('expected-operator', `unexpected '${tok}' after '${lhsText}': Falco conditions have no arithmetic`, opStart, tok.length, {
      code: 'no-arithmetic',
      message: 'compare the field with a single constant',
    });
  }
  if (tok === '[' && lhs.kind === 'field' && !lhs.arg) {
    return failure('expected-operator', `'[' must follow '${lhsText}' directly, without a blank`, opStart, 1);
  }
  return failure('expected-operator', `${base}; valid operators: ${ALL_OPERATORS.join(' ')}`, opStart, tok.length);
}

/** After a string or numeric operator. */
export function diagnoseExpectedValue(
  text: string,
  op: { op: string; span: Span },
  kind: 'number' | 'string',
  at: number,
): ParseFailure {
  const opText = sliceSpan(text, op.span);
  const what = kind === 'number' ? 'a number' : 'a value';
  if (at >= text.length) {
    return failure('expected-value', `expected ${what} after '${opText}' but the condition ends here`, text.length, 0);
  }
  const c = text[at]!;
  const tok = tokenAt(text, at);
  const glued = at === end(op.span);

  if (kind === 'string') {
    if (c === '=' && glued && (opText === '==' || opText === '!=')) {
      const written = `${opText}=`;
      const to = opText === '==' ? '=' : '!=';
      return failure('expected-value', `'${written}' is not a Falco operator`, op.span.offset, written.length, {
        code: to === '=' ? 'use-equals' : 'use-not-equals',
        message: `use '${to}'`,
        replacement: to,
      });
    }
    if (c === '(') {
      const hint: Hint =
        op.op === '='
          ? { code: 'use-list-operator', message: "to match any of several values use 'in (a, b, ...)'", replacement: 'in', span: op.span }
          : op.op === '!='
            ? { code: 'use-list-operator', message: "to match none of several values write 'not <field> in (a, b, ...)'" }
            : {
                code: 'use-modifier',
                message: `to test several values use '${op.op} anyof (a, b, ...)' (Falco >= 0.44)`,
                replacement: `${op.op} anyof`,
                span: op.span,
              };
      return failure('expected-value', `'${opText}' compares with a single value, not a list`, at, 1, hint);
    }
    return failure('expected-value', `expected a value after '${opText}' but found ${quote(tok)}`, at, tok.length);
  }

  // numeric operators
  if (c === '>' && glued && opText === '<') {
    return failure('expected-value', "'<>' is not a Falco operator", op.span.offset, 2, {
      code: 'use-not-equals',
      message: "use '!='",
      replacement: '!=',
    });
  }
  if (c === '"' || c === "'") {
    const q = new Lexer(text, at).quoted()!; // throws when unterminated
    const numeric = /^[+-]?[0-9]+(\.[0-9]*)?$/.test(q.value);
    return failure('expected-value', `'${opText}' compares numbers but found the string ${quote(q.raw)}`, at, q.raw.length, {
      code: 'quote-value',
      message: numeric ? `write the number without quotes: ${q.value}` : `'${opText}' needs a number`,
      ...(numeric ? { replacement: q.value } : {}),
    });
  }
  if (text.startsWith('{{', at)) {
    const close = text.indexOf('}}', at);
    return templatingFailure(at, close >= 0 ? text.slice(at, close + 2) : tok);
  }
  RX_FIELD_NAME.lastIndex = at;
  const field = RX_FIELD_NAME.exec(text)?.[0];
  if (field) {
    return failure('expected-value', `expected a number after '${opText}' but found '${field}'`, at, field.length, {
      code: 'use-val',
      message: `to compare with another field's value write 'val(${field})'`,
      replacement: `val(${field})`,
    });
  }
  return failure('expected-value', `expected a number after '${opText}' but found ${quote(tok)}`, at, tok.length);
}

/** After in/intersects/pmatch or a modifier. */
export function diagnoseExpectedList(
  text: string,
  op: { op: string; span: Span },
  modifier: string | undefined,
  at: number,
): ParseFailure {
  const opText = modifier ? `${sliceSpan(text, op.span)} ${modifier}` : sliceSpan(text, op.span);
  if (!modifier) {
    const glued = gluedWordOperator(text, op.span);
    if (glued) return glued;
  }
  if (at >= text.length) {
    return failure('expected-list', `expected a list after '${opText}' but the condition ends here`, text.length, 0);
  }
  const c = text[at]!;
  const tok = tokenAt(text, at);
  const base = `expected a list '(a, b, ...)' or a list name after '${opText}' but found ${quote(tok)}`;
  if (c === '[' || c === '{') {
    const closeChar = c === '[' ? ']' : '}';
    const close = text.indexOf(closeChar, at);
    const hint: Hint = { code: 'list-parentheses', message: "Falco lists are written in parentheses: '(a, b, ...)'" };
    if (close > at) {
      hint.replacement = `(${text.slice(at + 1, close)})`;
      hint.span = { offset: at, length: close + 1 - at };
    }
    return failure('expected-list', base, at, 1, hint);
  }
  if (c === '"' || c === "'") {
    const q = new Lexer(text, at).quoted()!;
    return failure('expected-list', `'${opText}' takes a list but found the string ${quote(q.raw)}`, at, q.raw.length, {
      code: 'list-parentheses',
      message: `put the value in parentheses: '(${q.raw})'`,
      replacement: `(${q.raw})`,
    });
  }
  return failure('expected-list', base, at, tok.length);
}

export interface TrailingContext {
  text: string;
  /** Where the unexpected text starts (blanks already skipped). */
  pos: number;
  /** Offset of the '(' being closed, or undefined at the top level. */
  open: number | undefined;
  last: CheckExpr | IdentifierExpr | undefined;
  orParenEnd?: number | undefined;
}

/** Leftover text after a complete expression, where 'and', 'or', ')' or the end was expected. */
export function diagnoseTrailing(ctx: TrailingContext): ParseFailure {
  const { text, pos, open, last } = ctx;
  if (pos >= text.length) {
    return failure('unclosed-paren', "unclosed '(': expected ')' before the end of the condition", open ?? pos, 1, unclosedHint());
  }
  const expecting = open === undefined ? "'and', 'or' or the end of the condition" : "'and', 'or' or ')'";
  const tok = tokenAt(text, pos);
  const span = { offset: pos, length: tok.length };
  const lastIsAdjacent = last !== undefined && onlyBlanksBetween(text, end(last.pos), pos);
  if (ctx.orParenEnd !== undefined && wordAt(text, pos) === 'and' && onlyBlanksBetween(text, ctx.orParenEnd, pos)) {
    return failure('unexpected-token', "unexpected 'and' after 'or(...)': libs does not continue an 'or(' operand with 'and'", pos, 3, {
      code: 'or-paren-then-and',
      message: "write 'or (' with a blank, or put the whole 'and' operand inside the parentheses",
    });
  }

  if (last?.kind === 'check' && lastIsAdjacent) {
    const glued = diagnoseGluedOperator(text, last);
    if (glued) return glued;
  }
  if (last?.kind === 'identifier' && lastIsAdjacent) {
    const ident = diagnoseAfterIdentifier(text, last, pos, tok);
    if (ident) return ident;
  }

  const sym = symbolHint(tok, span);
  if (sym) return failure('unexpected-token', `Falco has no '${tok}' operator`, pos, tok.length, sym);
  const word = wordAt(text, pos);
  if (word !== undefined) {
    const kw = keywordCaseHint(word, { offset: pos, length: word.length });
    if (kw) return failure('unexpected-token', `unexpected '${word}'`, pos, word.length, kw);
  }
  if (/^[*/%+]/.test(tok) || (tok.startsWith('-') && !/[A-Za-z]/.test(text[pos + 1] ?? ''))) {
    return failure('unexpected-token', `unexpected '${tok}': Falco conditions have no arithmetic`, pos, tok.length, arithmeticHint(text, pos, last));
  }
  if (tok === ')' && open === undefined) {
    return failure('unexpected-token', "unexpected ')' without a matching '('", pos, 1, {
      code: 'unbalanced-paren',
      message: "remove it or add the missing '('",
    });
  }
  if (tok.startsWith('{{')) {
    const close = text.indexOf('}}', pos);
    return templatingFailure(pos, close >= 0 ? text.slice(pos, close + 2) : tok);
  }
  if (tok === '!') {
    return failure('unexpected-token', `unexpected '!': expected ${expecting}`, pos, 1, {
      code: 'use-not',
      message: "negate with 'not' and join checks with 'and' / 'or'",
    });
  }
  const typo = word !== undefined && word.length <= 4 ? nearest(word, ['and', 'or'], 1) : undefined;
  if (typo !== undefined && word !== undefined) {
    return failure('unexpected-token', `unexpected '${word}': expected ${expecting}`, pos, word.length, {
      code: typo === 'and' ? 'use-and' : 'use-or',
      message: `did you mean '${typo}'?`,
      replacement: typo,
      span: { offset: pos, length: word.length },
    });
  }
  const rhs = last?.kind === 'check' && lastIsAdjacent ? last.rhs : undefined;
  if (rhs?.kind === 'value' && rhs.form !== 'quoted' && /^[A-Za-z0-9_\-/.~$]/.test(tok)) {
    const hint: Hint = { code: 'quote-value', message: 'a value containing blanks must be quoted' };
    RX_UNQUOTED_RUN.lastIndex = pos;
    const nextEnd = pos + (RX_UNQUOTED_RUN.exec(text)?.[0].length ?? tok.length);
    const joined = text.slice(rhs.pos.offset, nextEnd);
    if (!joined.includes('"')) {
      hint.message += `: "${joined}"`;
      hint.replacement = `"${joined}"`;
      hint.span = { offset: rhs.pos.offset, length: nextEnd - rhs.pos.offset };
    }
    return failure('unexpected-token', `unexpected ${quote(tok)} after the value '${rhs.raw}': expected ${expecting}`, pos, tok.length, hint);
  }
  if (last?.kind === 'check' && rhs?.kind === 'list-ref' && MODIFIER_NAMES.includes(rhs.name) && tok.startsWith('(')) {
    const opText = sliceSpan(text, last.opPos);
    return failure('unexpected-token', `'${opText}' takes no '${rhs.name}' modifier`, rhs.pos.offset, rhs.name.length, {
      code: 'use-list-operator',
      message: `'${opText} (a, b, ...)' already matches any item; modifiers go after string operators ('= ${rhs.name} (...)')`,
      replacement: opText,
      span: { offset: last.opPos.offset, length: end(rhs.pos) - last.opPos.offset },
    });
  }
  if (tok === ',' && rhs?.kind === 'list-ref') {
    return failure('unexpected-token', `unexpected ','`, pos, 1, {
      code: 'list-parentheses',
      message: "several values must be written as a list in parentheses: 'in (a, b, ...)'",
    });
  }
  return failure('unexpected-token', `unexpected ${quote(tok)} after '${previousToken(text, pos)}': expected ${expecting}`, pos, tok.length);
}

/** `=~` (libs reads `=` then the bare string `~...`) and word operators glued to the next word. */
function diagnoseGluedOperator(text: string, check: CheckExpr): ParseFailure | undefined {
  const opEnd = end(check.opPos);
  const rhs = check.rhs;
  if (check.operator === '=' && rhs?.kind === 'value' && rhs.form === 'bare' && rhs.raw.startsWith('~') && rhs.pos.offset === opEnd) {
    const written = text.slice(check.opPos.offset, opEnd + 1);
    return failure('expected-operator', `Falco has no '${written}' operator`, check.opPos.offset, written.length, regexHint(written));
  }
  return gluedWordOperator(text, check.opPos);
}

/**
 * libs matches in/intersects/pmatch/exists as plain prefixes, so `in_list` lexes as `in` + `_list`;
 * when the parse then fails, the whole word is what the author wrote as the operator.
 */
function gluedWordOperator(text: string, opSpan: Span): ParseFailure | undefined {
  const opEnd = end(opSpan);
  if (!/^[a-z]/.test(text[opSpan.offset] ?? '') || !isWordChar(text.charCodeAt(opEnd))) return undefined;
  const word = wordAt(text, opSpan.offset)!;
  const span = { offset: opSpan.offset, length: word.length };
  const hint = operatorWordHint(word, span);
  const guess = hint ? undefined : nearest(word, WORD_OPERATORS);
  return failure(
    'expected-operator',
    noSuchOperator(word, hint),
    span.offset,
    span.length,
    hint ?? (guess ? { code: 'unknown-operator', message: `did you mean '${guess}'?`, replacement: guess, span } : undefined),
  );
}

/** A bare word followed by something that only makes sense after a field or a function name. */
function diagnoseAfterIdentifier(text: string, ident: IdentifierExpr, pos: number, tok: string): ParseFailure | undefined {
  const name = ident.name;
  const kw = keywordCaseHint(name, ident.pos);
  if (kw) return failure('unexpected-token', `unexpected '${name}'`, ident.pos.offset, name.length, kw);
  if (tok === '(') {
    const glued = pos === end(ident.pos);
    let hint: Hint;
    if (name === 'val') {
      hint = { code: 'transformer-syntax', message: "val(field) can only be used on the right-hand side of a comparison: 'proc.name = val(proc.pname)'" };
    } else if (TRANSFORMER_NAMES.includes(name) && !glued) {
      hint = {
        code: 'transformer-syntax',
        message: `write '${name}(' without a blank before the parenthesis`,
        replacement: `${name}(`,
        span: { offset: ident.pos.offset, length: pos + 1 - ident.pos.offset },
      };
    } else {
      const guess = TRANSFORMER_ALIASES.get(name.toLowerCase()) ?? nearest(name, TRANSFORMER_NAMES);
      hint = {
        code: 'transformer-syntax',
        message:
          `'${name}' is not a Falco transformer (available: ${TRANSFORMER_NAMES.join(', ')}, and val on the right-hand side)` +
          (guess ? `; did you mean '${guess}'?` : ''),
        ...(guess ? { replacement: guess, span: ident.pos } : {}),
      };
    }
    return failure('unexpected-token', `unexpected '(' after '${name}'`, ident.pos.offset, name.length, hint);
  }
  const opLike = /^(?:[=<>:~]|!=)/.test(tok) || (WORD_OPERATORS.includes(wordAt(text, pos) ?? '') && isBlank(text.charCodeAt(pos + (wordAt(text, pos) ?? '').length)));
  if (opLike) {
    const hint: Hint = tok.startsWith(':')
      ? { code: 'no-colon', message: `conditions are not YAML maps: write '<field> = value' (field names contain a dot, e.g. proc.name)`, replacement: ' =', span: { offset: pos, length: 1 } }
      : { code: 'field-needs-dot', message: 'field names contain a dot (e.g. proc.name, fd.name); a bare word is a macro reference' };
    return failure('unexpected-token', `'${name}' is not a field name, so it cannot be compared`, ident.pos.offset, name.length, hint);
  }
  return undefined;
}

function arithmeticHint(text: string, pos: number, last: CheckExpr | IdentifierExpr | undefined): Hint {
  const hint: Hint = { code: 'no-arithmetic', message: 'compare with a single constant' };
  if (last?.kind !== 'check' || last.rhs?.kind !== 'value' || last.rhs.form !== 'number') return hint;
  // `> 10 * 3600` → suggest the computed constant
  const m = /^\s*([*/+-])\s*([0-9]+(?:\.[0-9]+)?)/.exec(text.slice(pos));
  const left = Number(last.rhs.raw);
  if (!m || !Number.isFinite(left)) return hint;
  const right = Number(m[2]);
  const value = m[1] === '*' ? left * right : m[1] === '/' ? left / right : m[1] === '+' ? left + right : left - right;
  if (!Number.isFinite(value) || !Number.isInteger(value)) return hint;
  const span = { offset: last.rhs.pos.offset, length: pos + m[0].length - last.rhs.pos.offset };
  return { ...hint, message: `compare with a single constant: ${value}`, replacement: String(value), span };
}
