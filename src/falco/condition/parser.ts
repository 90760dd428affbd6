/**
 * Parser for Falco filter conditions, following libs 0.25.4 (libsinsp/filter/parser.cpp): a
 * recursive descent straight over the text, with regex tokens and literal keyword matching.
 * The libs behaviours that matter and are reproduced on purpose:
 *  - blanks are ' ', \t, \b, \r, \n and may appear between any two tokens;
 *  - 'and'/'or' are matched as literal prefixes and must be followed by a blank or '(' (so `a andb`
 *    is an error, and `x and(y)` is fine); 'not' must be followed by a blank, or written `not(`;
 *  - operators are tried in libs' order (exists, then <= < >= >, then == = != and the word operators,
 *    then intersects in pmatch); word operators need a trailing blank, and a word operator matched
 *    without one still moves the cursor, exactly like libs (so `containsin (a)` reads as `in (a)`);
 *  - the right-hand side depends on the operator family: numbers (or hex) for < <= > >=, quoted or
 *    bare strings for the string operators, a list or a list name for in/intersects/pmatch and for
 *    the oneof/anyof/allof modifiers; a transformer or val(field) is also accepted, except after a
 *    modifier;
 *  - a bare word right after a comparison is a literal string, never a field reference.
 * The modifier rule follows the 0.25 grammar (`StrOperator StrOperatorModifier ListValue`): the
 * modifier word must be followed by a blank, otherwise it is an ordinary value (`= oneof`).
 * Deliberate differences: see ParseOptions.libsCompat; `not not a` keeps both `not` nodes; a bad
 * escape in the first item of a list literal is an error (libs swallows it and yields an empty
 * list); nesting is capped at 500 levels instead of overflowing the stack.
 */

import {
  MODIFIERS,
  type CheckExpr,
  type CheckOperator,
  type CheckRhs,
  type Expr,
  type FieldArg,
  type FieldOrTransformer,
  type FieldRef,
  type IdentifierExpr,
  type ListExpr,
  type ListRefExpr,
  type Modifier,
  type NotExpr,
  type Span,
  type TransformerArg,
  type TransformerExpr,
  type TransformerListExpr,
  type TransformerName,
  type ValueExpr,
} from './ast.js';
import {
  diagnoseAfterKeyword,
  diagnoseExpectedCheck,
  diagnoseExpectedList,
  diagnoseExpectedOperator,
  diagnoseExpectedValue,
  diagnoseTrailing,
  templatingFailure,
  type TrailingContext,
} from './diagnose.js';
import { failure, ParseFailure, type ParseError } from './errors.js';
import {
  isBlank,
  Lexer,
  RX_BARE_STRING,
  RX_FIELD_ARG_BARE,
  RX_FIELD_NAME,
  RX_HEX_NUMBER,
  RX_IDENTIFIER,
  RX_NOT_BLANK,
  RX_NUMBER,
  RX_TRANSFORMER_OPEN,
  tokenLengthAt,
} from './lexer.js';

export interface ParseOptions {
  /**
   * Accept exactly what libs accepts. By default two things libs lets through are rejected, because
   * they never mean what the author intended and only fail later (or silently never match):
   * `{{...}}` in a bare value (libs compares against the literal text "{{x}}") and the words
   * and/or/not used as macro names (`a and not` → Falco: "Undefined macro 'not'").
   */
  libsCompat?: boolean;
}

export type ParseResult = { ok: true; ast: Expr } | { ok: false; error: ParseError };

export function parseCondition(text: string, options: ParseOptions = {}): ParseResult {
  try {
    return { ok: true, ast: new ConditionParser(text, options).parseAll() };
  } catch (e) {
    if (e instanceof ParseFailure) return { ok: false, error: e.error };
    throw e;
  }
}

export type FieldExpressionResult = { ok: true; node: FieldOrTransformer } | { ok: false; error: ParseError };

/**
 * Parses a whole string as one field or transformer expression (`proc.aname[2]`,
 * `tolower(proc.name)`), e.g. an entry of an exception's `fields:`.
 */
export function parseFieldExpression(text: string): FieldExpressionResult {
  try {
    const { node, end } = parseOperandAt(text, 0);
    if (end !== text.length) {
      const len = text.length - end;
      return {
        ok: false,
        error: { code: 'unexpected-token', message: `unexpected '${text.slice(end)}' after '${text.slice(0, end)}'`, offset: end, length: len },
      };
    }
    return { ok: true, node };
  } catch (e) {
    if (e instanceof ParseFailure) return { ok: false, error: e.error };
    throw e;
  }
}

/**
 * Parses one field or transformer expression at `offset` (an output `%token`): a FieldName with
 * its optional [arg], or `transformer(...)` with its optional [arg]. Returns the node and the offset
 * right after it; throws ParseFailure. Used by output.ts.
 */
export function parseOperandAt(text: string, offset: number): { node: FieldOrTransformer; end: number } {
  const p = new ConditionParser(text, {}, offset, 'output');
  const node = p.parseOperand();
  return { node, end: p.position };
}

// Operator tables in libs' order. A trailing blank marks the operators that must be followed by one.
const UNARY_OPS = ['exists'] as const;
const NUM_OPS = ['<=', '<', '>=', '>'] as const;
const STR_OPS = [
  '==',
  '=',
  '!=',
  'glob ',
  'iglob ',
  'contains ',
  'icontains ',
  'bcontains ',
  'startswith ',
  'bstartswith ',
  'endswith ',
  'regex ',
] as const;
const LIST_OPS = ['intersects', 'in', 'pmatch'] as const;

/** Our own guard against stack exhaustion (libs' depth guard is a no-op temporary). */
const MAX_NESTING = 500;

interface LexedOperator {
  op: CheckOperator;
  span: Span;
}

class ConditionParser {
  private readonly lx: Lexer;
  private nesting = 0;
  /** The most recently completed check or macro reference, for error diagnostics. */
  private last: CheckExpr | IdentifierExpr | undefined;
  /** End of the latest `or(...)` operand: libs' or-loop cannot continue with 'and' after it. */
  private orParenEnd: number | undefined;

  constructor(
    private readonly text: string,
    private readonly options: ParseOptions,
    start = 0,
    /** What the text is, for messages ("... but the output ends here"). */
    private readonly noun: 'condition' | 'output' = 'condition',
  ) {
    this.lx = new Lexer(text, start);
  }

  get position(): number {
    return this.lx.pos;
  }

  parseAll(): Expr {
    if (this.text.length === 0) throw failure('empty', 'the condition is empty', 0, 0);
    const expr = this.parseOr();
    if (!this.lx.atEnd) throw diagnoseTrailing(this.trailingContext(undefined));
    return expr;
  }

  parseOperand(): FieldOrTransformer {
    const start = this.lx.pos;
    const name = this.lx.regex(RX_FIELD_NAME);
    if (name !== undefined) return this.parseFieldRemainder(name, start);
    const tr = this.lx.regex(RX_TRANSFORMER_OPEN);
    if (tr !== undefined) {
      this.lx.blank();
      return this.parseTransformerRemainder(tr.slice(0, -1) as TransformerName, start);
    }
    throw failure('expected-field', 'expected a field name or a transformer', start, this.tokenLength(start));
  }

  // ---- boolean structure -------------------------------------------------------------------

  private parseOr(): Expr {
    this.lx.blank();
    const start = this.lx.pos;
    const children = [this.parseAnd()];
    let end = this.lx.pos;
    this.lx.blank();
    while (this.lx.literal('or')) {
      children.push(this.parseKeywordOperand('or', () => this.parseAnd()));
      end = this.lx.pos;
      this.lx.blank();
    }
    if (children.length === 1) return children[0]!;
    return { kind: 'or', children, pos: { offset: start, length: end - start } };
  }

  private parseAnd(): Expr {
    this.lx.blank();
    const start = this.lx.pos;
    const children = [this.parseNot()];
    let end = this.lx.pos;
    this.lx.blank();
    while (this.lx.literal('and')) {
      children.push(this.parseKeywordOperand('and', () => this.parseNot()));
      end = this.lx.pos;
      this.lx.blank();
    }
    if (children.length === 1) return children[0]!;
    return { kind: 'and', children, pos: { offset: start, length: end - start } };
  }

  /** After 'and'/'or': a blank then the next operand, or '(' then a whole parenthesised expression. */
  private parseKeywordOperand(keyword: 'and' | 'or', operand: () => Expr): Expr {
    const kwStart = this.lx.pos - keyword.length;
    if (this.lx.blank()) return operand();
    const open = this.lx.pos;
    if (this.lx.literal('(')) {
      const expr = this.parseEmbeddedRemainder(open);
      if (keyword === 'or') this.orParenEnd = this.lx.pos;
      return expr;
    }
    throw diagnoseAfterKeyword(this.text, keyword, kwStart);
  }

  private parseNot(): Expr {
    this.lx.blank();
    const nots: number[] = [];
    while (true) {
      const at = this.lx.pos;
      if (this.lx.regex(RX_NOT_BLANK) === undefined) break;
      nots.push(at);
    }
    let child: Expr;
    const at = this.lx.pos;
    if (this.lx.literal('not(')) {
      nots.push(at);
      child = this.parseEmbeddedRemainder(at + 3);
    } else {
      child = this.parseCheck();
    }
    const end = this.lx.pos;
    for (let i = nots.length - 1; i >= 0; i--) {
      const offset = nots[i]!;
      const node: NotExpr = { kind: 'not', child, pos: { offset, length: end - offset } };
      child = node;
    }
    return child;
  }

  /** Called right after a '(' at `open`: an expression, then ')'. */
  private parseEmbeddedRemainder(open: number): Expr {
    if (++this.nesting > MAX_NESTING) {
      throw failure('too-deep', `parentheses nested deeper than ${MAX_NESTING} levels`, open, 1);
    }
    this.lx.blank();
    const expr = this.parseOr();
    this.lx.blank();
    if (!this.lx.literal(')')) throw diagnoseTrailing(this.trailingContext(open));
    this.nesting--;
    return expr;
  }

  private parseCheck(): Expr {
    this.lx.blank();
    const start = this.lx.pos;
    if (this.lx.literal('(')) return this.parseEmbeddedRemainder(start);

    const fieldName = this.lx.regex(RX_FIELD_NAME);
    if (fieldName !== undefined) {
      return this.parseConditionRest(this.parseFieldRemainder(fieldName, start), start);
    }
    const tr = this.lx.regex(RX_TRANSFORMER_OPEN);
    if (tr !== undefined) {
      this.lx.blank();
      const lhs = this.parseTransformerRemainder(tr.slice(0, -1) as TransformerName, start);
      return this.parseConditionRest(lhs, start);
    }
    const name = this.lx.regex(RX_IDENTIFIER);
    if (name !== undefined) {
      if (!this.options.libsCompat && (name === 'and' || name === 'or' || name === 'not')) {
        throw failure(
          'keyword-as-macro',
          `'${name}' where a condition was expected (Falco would look for a macro named '${name}')`,
          start,
          name.length,
        );
      }
      const node: IdentifierExpr = { kind: 'identifier', name, pos: { offset: start, length: name.length } };
      this.last = node;
      return node;
    }
    throw diagnoseExpectedCheck(this.text, start);
  }

  // ---- fields and transformers ---------------------------------------------------------------

  /** After a FieldName token: the optional `[arg]`, which must follow the name directly. */
  private parseFieldRemainder(name: string, start: number): FieldRef {
    const field: FieldRef = { kind: 'field', name, pos: { offset: start, length: name.length } };
    if (this.lx.literal('[')) {
      field.arg = this.parseBracketArg(`'${name}'`);
      field.pos.length = this.lx.pos - start;
    }
    return field;
  }

  /** Right after '[': a quoted string or a FieldArgBareStr, then ']'. */
  private parseBracketArg(owner: string): FieldArg {
    const at = this.lx.pos;
    const q = this.lx.quoted();
    let arg: FieldArg;
    if (q !== undefined) {
      arg = { raw: q.raw, value: q.value, quoted: true, pos: { offset: at, length: q.raw.length } };
    } else {
      const bare = this.lx.regex(RX_FIELD_ARG_BARE);
      if (bare === undefined) {
        const what = this.lx.atEnd ? `the ${this.noun} ends` : `found '${this.text[at]}'`;
        throw failure(
          'expected-field-arg',
          `expected an argument inside the brackets of ${owner} (a quoted or bare string), but ${what}`,
          at,
          this.lx.atEnd ? 0 : 1,
        );
      }
      arg = { raw: bare, value: bare, quoted: false, pos: { offset: at, length: bare.length } };
    }
    if (!this.lx.literal(']')) {
      if (!this.text.includes(']', this.lx.pos)) {
        throw failure('unclosed-bracket', `unclosed '[' in ${owner}: expected ']'`, at - 1, 1);
      }
      throw failure(
        'expected-field-arg',
        `expected ']' after the argument of ${owner} but found '${this.text[this.lx.pos]}'`,
        this.lx.pos,
        1,
      );
    }
    return arg;
  }

  /**
   * After `name(` and blanks: FieldTransformerArg (',' FieldTransformerArg)* ')' then an optional
   * '[' arg ']' (libs 0.25: getopt(proc.args, "c:")[c]).
   */
  private parseTransformerRemainder(name: TransformerName, start: number): TransformerExpr {
    if (++this.nesting > MAX_NESTING) {
      throw failure('too-deep', `transformers nested deeper than ${MAX_NESTING} levels`, start, name.length);
    }
    this.lx.blank();
    const args: TransformerArg[] = [];
    do {
      args.push(this.parseTransformerArg());
      this.lx.blank();
    } while (this.lx.literal(','));
    this.lx.blank();
    this.expectTransformerClose(name, start);
    const node: TransformerExpr = { kind: 'transformer', name, args, pos: { offset: start, length: 0 } };
    if (this.lx.literal('[')) node.arg = this.parseBracketArg(`${name}(...)`);
    node.pos.length = this.lx.pos - start;
    this.nesting--;
    return node;
  }

  private expectTransformerClose(name: string, start: number): void {
    if (this.lx.literal(')')) return;
    if (this.lx.atEnd) {
      throw failure('unclosed-paren', `unclosed '${name}(': expected ')' before the end of the ${this.noun}`, start, name.length + 1, {
        code: 'unclosed-paren',
        message: "add the missing ')'",
      });
    }
    const at = this.lx.pos;
    throw failure(
      'unexpected-token',
      `expected ',' or ')' in the arguments of '${name}(' but found '${this.tokenText(at)}'`,
      at,
      this.tokenLength(at),
    );
  }

  /** FieldTransformerArg ::= NumValue | QuotedStr | TransformerList | FieldTransformer | Field (libs' order). */
  private parseTransformerArg(): TransformerArg {
    this.lx.blank();
    const start = this.lx.pos;
    const num = this.lexNumber();
    if (num !== undefined) return num;
    const q = this.lexQuotedValue();
    if (q !== undefined) return q;
    if (this.lx.literal('(')) return this.parseTransformerList(start);
    const tr = this.lx.regex(RX_TRANSFORMER_OPEN);
    if (tr !== undefined) return this.parseTransformerRemainder(tr.slice(0, -1) as TransformerName, start);
    const field = this.lx.regex(RX_FIELD_NAME);
    if (field !== undefined) return this.parseFieldRemainder(field, start);
    throw this.expectedTransformerArg(start, 'a field, a transformer, a quoted string, a number or a (list)');
  }

  /** Right after '(': TransformerListArg (',' TransformerListArg)* or nothing, then ')'. */
  private parseTransformerList(start: number): TransformerListExpr {
    const items: TransformerListExpr['items'] = [];
    this.lx.blank();
    if (!this.lx.literal(')')) {
      items.push(this.parseTransformerListArg());
      this.lx.blank();
      while (this.lx.literal(',')) {
        this.lx.blank();
        items.push(this.parseTransformerListArg());
        this.lx.blank();
      }
      if (!this.lx.literal(')')) {
        if (this.lx.atEnd) {
          throw failure('unclosed-paren', "unclosed '(' of a transformer list: expected ')'", start, 1);
        }
        const at = this.lx.pos;
        throw failure(
          'unexpected-token',
          `expected ',' or ')' in a transformer list but found '${this.tokenText(at)}'`,
          at,
          this.tokenLength(at),
        );
      }
    }
    return { kind: 'transformer-list', items, pos: { offset: start, length: this.lx.pos - start } };
  }

  /** TransformerListArg ::= Field | FieldTransformer | QuotedStr | NumValue. */
  private parseTransformerListArg(): FieldRef | TransformerExpr | ValueExpr {
    const start = this.lx.pos;
    const field = this.lx.regex(RX_FIELD_NAME);
    if (field !== undefined) return this.parseFieldRemainder(field, start);
    const tr = this.lx.regex(RX_TRANSFORMER_OPEN);
    if (tr !== undefined) {
      this.lx.blank();
      return this.parseTransformerRemainder(tr.slice(0, -1) as TransformerName, start);
    }
    const q = this.lexQuotedValue();
    if (q !== undefined) return q;
    const num = this.lexNumber();
    if (num !== undefined) return num;
    throw this.expectedTransformerArg(start, 'a field, a transformer, a quoted string or a number');
  }

  private expectedTransformerArg(at: number, what: string): ParseFailure {
    if (this.lx.atEnd) return failure('expected-field', `expected ${what} but the ${this.noun} ends here`, at, 0);
    return failure('expected-field', `expected ${what} but found '${this.tokenText(at)}'`, at, this.tokenLength(at));
  }

  // ---- checks ---------------------------------------------------------------------------------

  private parseConditionRest(lhs: FieldOrTransformer, start: number): CheckExpr {
    this.lx.blank();
    const opStart = this.lx.pos;
    let op = this.lexOperator(UNARY_OPS);
    if (op !== undefined) return this.finishCheck(lhs, op, undefined, undefined, start);

    this.lx.blank();
    op = this.lexOperator(NUM_OPS);
    if (op !== undefined) {
      return this.finishCheck(lhs, op, undefined, this.parseNumValueOrTransformer(op), start);
    }
    op = this.lexOperator(STR_OPS);
    if (op !== undefined) {
      this.lx.blank();
      const modifier = this.lexModifier();
      if (modifier !== undefined) {
        const rhs = this.parseListValue(op, modifier, false);
        return this.finishCheck(lhs, op, modifier, rhs, start);
      }
      return this.finishCheck(lhs, op, undefined, this.parseStrValueOrTransformer(op), start);
    }
    op = this.lexOperator(LIST_OPS);
    if (op !== undefined) return this.finishCheck(lhs, op, undefined, this.parseListValue(op, undefined, true), start);

    throw diagnoseExpectedOperator(this.text, lhs, opStart);
  }

  private finishCheck(
    lhs: FieldOrTransformer,
    op: LexedOperator,
    modifier: { word: Modifier; span: Span } | undefined,
    rhs: CheckRhs | undefined,
    start: number,
  ): CheckExpr {
    const node: CheckExpr = {
      kind: 'check',
      lhs,
      operator: op.op,
      opPos: op.span,
      pos: { offset: start, length: this.lx.pos - start },
    };
    if (modifier) {
      node.modifier = modifier.word;
      node.modifierPos = modifier.span;
    }
    if (rhs) node.rhs = rhs;
    this.last = node;
    return node;
  }

  /**
   * libs' lex_helper_operator_list: the first operator whose text matches wins; one that needs a
   * trailing blank and has none fails the whole lookup *without* rewinding (faithfully kept).
   */
  private lexOperator(ops: readonly string[]): LexedOperator | undefined {
    for (const entry of ops) {
      const needsBlank = entry.endsWith(' ');
      const word = needsBlank ? entry.slice(0, -1) : entry;
      const at = this.lx.pos;
      if (!this.lx.literal(word)) continue;
      const op = (word === '==' ? '=' : word) as CheckOperator;
      const span = { offset: at, length: word.length };
      if (!needsBlank) return { op, span };
      return this.lx.blank() ? { op, span } : undefined;
    }
    return undefined;
  }

  /** oneof/anyof/allof followed by a blank (otherwise the word is an ordinary value, e.g. `= oneof`). */
  private lexModifier(): { word: Modifier; span: Span } | undefined {
    const at = this.lx.pos;
    for (const word of MODIFIERS) {
      if (!this.text.startsWith(word, at)) continue;
      const after = at + word.length;
      if (after >= this.text.length || !isBlank(this.text.charCodeAt(after))) return undefined;
      this.lx.pos = after;
      this.lx.blank();
      return { word, span: { offset: at, length: word.length } };
    }
    return undefined;
  }

  private parseNumValueOrTransformer(op: LexedOperator): CheckRhs {
    this.lx.blank();
    const t = this.tryTransformerOrVal();
    if (t !== undefined) return t;
    const num = this.lexNumber();
    if (num !== undefined) return num;
    throw diagnoseExpectedValue(this.text, op, 'number', this.lx.pos);
  }

  private parseStrValueOrTransformer(op: LexedOperator): CheckRhs {
    this.lx.blank();
    const t = this.tryTransformerOrVal();
    if (t !== undefined) return t;
    const v = this.lexStringValue();
    if (v !== undefined) return v;
    throw diagnoseExpectedValue(this.text, op, 'string', this.lx.pos);
  }

  /**
   * ListValue: '(' (StrValue (',' StrValue)*)? ')' or a list name; after in/intersects/pmatch (not
   * after a modifier) also a transformer or val(field).
   */
  private parseListValue(op: LexedOperator, modifier: { word: Modifier } | undefined, allowTransformer: boolean): CheckRhs {
    this.lx.blank();
    const start = this.lx.pos;
    if (this.lx.literal('(')) return this.parseListLiteral(start);
    if (allowTransformer) {
      const t = this.tryTransformerOrVal();
      if (t !== undefined) return t;
    }
    const name = this.lx.regex(RX_IDENTIFIER);
    if (name !== undefined) {
      const ref: ListRefExpr = { kind: 'list-ref', name, pos: { offset: start, length: name.length } };
      return ref;
    }
    throw diagnoseExpectedList(this.text, op, modifier?.word, start);
  }

  /** Right after '(' of a list literal. */
  private parseListLiteral(start: number): ListExpr {
    const items: ValueExpr[] = [];
    this.lx.blank();
    const first = this.lexStringValue();
    if (first !== undefined) {
      items.push(first);
      this.lx.blank();
      while (this.lx.literal(',')) {
        this.lx.blank();
        const item = this.lexStringValue();
        if (item === undefined) {
          const at = this.lx.pos;
          const what = this.lx.atEnd ? 'the condition ends' : `found '${this.tokenText(at)}'`;
          throw failure('expected-value', `expected a list item after ',' but ${what}`, at, this.lx.atEnd ? 0 : this.tokenLength(at));
        }
        items.push(item);
        this.lx.blank();
      }
    }
    if (!this.lx.literal(')')) {
      if (this.lx.atEnd) {
        throw failure('unclosed-paren', "unclosed '(' of a list: expected ')' before the end of the condition", start, 1, {
          code: 'unclosed-paren',
          message: "add the missing ')'",
        });
      }
      const at = this.lx.pos;
      const expected = items.length > 0 ? "',' or ')'" : "a list item or ')'";
      throw failure(
        'unexpected-token',
        `expected ${expected} in the list but found '${this.tokenText(at)}'`,
        at,
        this.tokenLength(at),
      );
    }
    return { kind: 'list', items, pos: { offset: start, length: this.lx.pos - start } };
  }

  /** val(Field) or a transformer expression; undefined (cursor unmoved) when neither starts here. */
  private tryTransformerOrVal(): TransformerExpr | undefined {
    this.lx.blank();
    const start = this.lx.pos;
    if (this.lx.literal('val(')) {
      this.lx.blank();
      const fieldStart = this.lx.pos;
      const name = this.lx.regex(RX_FIELD_NAME);
      if (name === undefined) {
        throw failure(
          'expected-field',
          "expected a field inside 'val(...)' (val takes exactly one field, no transformer or constant)",
          fieldStart,
          this.tokenLength(fieldStart),
        );
      }
      const field = this.parseFieldRemainder(name, fieldStart);
      this.lx.blank();
      this.expectTransformerClose('val', start);
      return { kind: 'transformer', name: 'val', args: [field], pos: { offset: start, length: this.lx.pos - start } };
    }
    const tr = this.lx.regex(RX_TRANSFORMER_OPEN);
    if (tr === undefined) return undefined;
    this.lx.blank();
    return this.parseTransformerRemainder(tr.slice(0, -1) as TransformerName, start);
  }

  // ---- values ---------------------------------------------------------------------------------

  private lexNumber(): ValueExpr | undefined {
    const start = this.lx.pos;
    const raw = this.lx.regex(RX_HEX_NUMBER) ?? this.lx.regex(RX_NUMBER);
    if (raw === undefined) return undefined;
    return { kind: 'value', form: 'number', raw, value: raw, pos: { offset: start, length: raw.length } };
  }

  private lexQuotedValue(): ValueExpr | undefined {
    const start = this.lx.pos;
    const q = this.lx.quoted();
    if (q === undefined) return undefined;
    return { kind: 'value', form: 'quoted', raw: q.raw, value: q.value, pos: { offset: start, length: q.raw.length } };
  }

  /** StrValue ::= QuotedStr | BareStr. */
  private lexStringValue(): ValueExpr | undefined {
    const q = this.lexQuotedValue();
    if (q !== undefined) return q;
    const start = this.lx.pos;
    const raw = this.lx.regex(RX_BARE_STRING);
    if (raw === undefined) return undefined;
    if (!this.options.libsCompat && raw.includes('{{')) throw templatingFailure(start, raw);
    return { kind: 'value', form: 'bare', raw, value: raw, pos: { offset: start, length: raw.length } };
  }

  // ---- diagnostics support --------------------------------------------------------------------

  private trailingContext(open: number | undefined): TrailingContext {
    return { text: this.text, pos: this.lx.pos, open, last: this.last, orParenEnd: this.orParenEnd };
  }

  private tokenText(at: number): string {
    return this.text.slice(at, at + this.tokenLength(at));
  }

  private tokenLength(at: number): number {
    return tokenLengthAt(this.text, at);
  }
}
