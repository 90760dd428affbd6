/**
 * Canonical printing of a condition AST. Choices:
 *  - single blanks between tokens, `, ` between list items and transformer arguments;
 *  - `=` for both `=` and `==` (the AST already folds them: they are the same operator);
 *  - values are printed exactly as written (`raw`: original quotes and escapes, hex numbers), so
 *    no escaping decision is ever made here;
 *  - parentheses only where the tree needs them: an `or` inside an `and` or a `not`, and an `and`
 *    inside an `and` (or an `or` inside an `or`) — the latter only arise from explicit grouping
 *    in the source, and re-parsing must yield the same nesting;
 *  - `not` is printed with a blank (`not (a or b)`, never `not(`), and `and`/`or` are always
 *    followed by a blank, so the result never depends on libs' `or(` quirk.
 * Guarantee: parseCondition(printCondition(ast)) gives `ast` back, positions aside.
 */

import { MODIFIERS, type CheckExpr, type CheckRhs, type Expr, type FieldArg, type FieldRef, type TransformerArg, type TransformerExpr } from './ast.js';

export function printCondition(ast: Expr): string {
  return printExpr(ast);
}

function printExpr(e: Expr): string {
  switch (e.kind) {
    case 'and':
    case 'or':
      return e.children.map((c) => printChildOf(e.kind, c)).join(` ${e.kind} `);
    case 'not':
      return `not ${needsParensUnderNot(e.child) ? `(${printExpr(e.child)})` : printExpr(e.child)}`;
    case 'identifier':
      return e.name;
    case 'check':
      return printCheck(e);
  }
}

function printChildOf(parent: 'and' | 'or', child: Expr): string {
  const wrap = child.kind === parent || (parent === 'and' && child.kind === 'or') || endsWithModifierWord(child);
  return wrap ? `(${printExpr(child)})` : printExpr(child);
}

/** `not` applies to one check, one macro, another `not`, or a parenthesised group. */
function needsParensUnderNot(child: Expr): boolean {
  return child.kind === 'and' || child.kind === 'or' || endsWithModifierWord(child);
}

/**
 * `proc.name = oneof` followed by a blank and more text would re-parse with `oneof` as a modifier;
 * such a check (only possible when it was parenthesised in the source) keeps its parentheses.
 */
function endsWithModifierWord(e: Expr): boolean {
  return e.kind === 'check' && e.rhs?.kind === 'value' && e.rhs.form === 'bare' && MODIFIER_WORDS.has(e.rhs.raw);
}

const MODIFIER_WORDS: ReadonlySet<string> = new Set(MODIFIERS);

function printCheck(c: CheckExpr): string {
  const lhs = printOperand(c.lhs);
  if (!c.rhs) return `${lhs} ${c.operator}`;
  const op = c.modifier ? `${c.operator} ${c.modifier}` : c.operator;
  return `${lhs} ${op} ${printRhs(c.rhs)}`;
}

function printRhs(r: CheckRhs): string {
  switch (r.kind) {
    case 'value':
      return r.raw;
    case 'list':
      return `(${r.items.map((i) => i.raw).join(', ')})`;
    case 'list-ref':
      return r.name;
    case 'transformer':
      return printTransformer(r);
  }
}

function printOperand(o: FieldRef | TransformerExpr): string {
  return o.kind === 'field' ? printField(o) : printTransformer(o);
}

function printField(f: FieldRef): string {
  return f.name + printArg(f.arg);
}

function printArg(arg: FieldArg | undefined): string {
  return arg ? `[${arg.raw}]` : '';
}

function printTransformer(t: TransformerExpr): string {
  return `${t.name}(${t.args.map(printTransformerArg).join(', ')})${printArg(t.arg)}`;
}

function printTransformerArg(a: TransformerArg): string {
  switch (a.kind) {
    case 'field':
      return printField(a);
    case 'transformer':
      return printTransformer(a);
    case 'value':
      return a.raw;
    case 'transformer-list':
      return `(${a.items.map(printTransformerArg).join(', ')})`;
  }
}
