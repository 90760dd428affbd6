/**
 * Traversal helpers and reference collection over a condition AST, for checks against the field
 * catalog and the rules file's macros and lists.
 */

import type {
  CheckExpr,
  CheckOperator,
  Expr,
  FieldOrTransformer,
  FieldRef,
  Modifier,
  Span,
  TransformerArg,
  TransformerExpr,
  TransformerName,
  ValueExpr,
} from './ast.js';

/** A field name with an optional [arg], as a whole string. */
const RX_FIELD_LIKE = /^[a-zA-Z][a-zA-Z0-9_]*(?:\.[a-zA-Z][a-zA-Z0-9_]*)+(?:\[[^\]]*\])?$/;

/** Calls `fn` for every check, with whether an odd number of `not`s apply to it. */
export function forEachCheck(ast: Expr, fn: (check: CheckExpr, negated: boolean) => void): void {
  const visit = (e: Expr, negated: boolean): void => {
    switch (e.kind) {
      case 'and':
      case 'or':
        for (const c of e.children) visit(c, negated);
        return;
      case 'not':
        visit(e.child, !negated);
        return;
      case 'check':
        fn(e, negated);
        return;
      case 'identifier':
        return;
    }
  };
  visit(ast, false);
}

export type FieldRole = 'lhs' | 'rhs';

export interface FieldUse {
  field: FieldRef;
  name: string;
  pos: Span;
  /** Left-hand side of the check, or right-hand side (only ever inside val() or a transformer). */
  role: FieldRole;
  /** Directly inside val(...). */
  inVal: boolean;
  /** Enclosing transformers, outermost first (val included); empty for a plain field. */
  transformers: TransformerName[];
  check: CheckExpr;
}

export interface MacroUse {
  name: string;
  pos: Span;
}

/**
 * A possible list reference. `list-ref`: a name right after in/intersects/pmatch or a modifier;
 * `list-item`: a bare item of a list literal, which Falco replaces by the list's items when a list
 * of that name exists (otherwise it is just a string).
 */
export interface ListUse {
  name: string;
  pos: Span;
  via: 'list-ref' | 'list-item';
  check: CheckExpr;
}

export interface OperatorUse {
  operator: CheckOperator;
  modifier?: Modifier;
  pos: Span;
  /** The left-hand side; `field` is set when it is a plain field (not a transformer). */
  lhs: FieldOrTransformer;
  field?: FieldRef;
  rhsKind: 'none' | 'value' | 'list' | 'list-ref' | 'transformer';
  check: CheckExpr;
}

export interface ValueUse {
  value: ValueExpr;
  /** rhs: the single value after an operator; list-item: inside a list literal; transformer-arg: a constant passed to a transformer. */
  context: 'rhs' | 'list-item' | 'transformer-arg';
  /**
   * A bare value spelled like a field name (`proc.name = proc.pname`): libs compares against the
   * literal text and warns "may be a valid field misused as a const string value".
   */
  looksLikeField: boolean;
  check: CheckExpr;
}

export interface TransformerUse {
  transformer: TransformerExpr;
  role: FieldRole;
  /** Enclosing transformers, outermost first. */
  outer: TransformerName[];
  check: CheckExpr;
}

export interface ConditionReferences {
  fields: FieldUse[];
  macros: MacroUse[];
  lists: ListUse[];
  operators: OperatorUse[];
  values: ValueUse[];
  transformers: TransformerUse[];
}

export function collectReferences(ast: Expr): ConditionReferences {
  const refs: ConditionReferences = { fields: [], macros: [], lists: [], operators: [], values: [], transformers: [] };
  const visit = (e: Expr): void => {
    switch (e.kind) {
      case 'and':
      case 'or':
        for (const c of e.children) visit(c);
        return;
      case 'not':
        visit(e.child);
        return;
      case 'identifier':
        refs.macros.push({ name: e.name, pos: e.pos });
        return;
      case 'check':
        collectCheck(e, refs);
        return;
    }
  };
  visit(ast);
  return refs;
}

function collectCheck(check: CheckExpr, refs: ConditionReferences): void {
  collectOperand(check.lhs, 'lhs', [], check, refs);
  const rhs = check.rhs;
  refs.operators.push({
    operator: check.operator,
    ...(check.modifier ? { modifier: check.modifier } : {}),
    pos: check.opPos,
    lhs: check.lhs,
    ...(check.lhs.kind === 'field' ? { field: check.lhs } : {}),
    rhsKind: rhs ? rhs.kind : 'none',
    check,
  });
  if (!rhs) return;
  switch (rhs.kind) {
    case 'value':
      refs.values.push({ value: rhs, context: 'rhs', looksLikeField: looksLikeField(rhs), check });
      return;
    case 'list':
      for (const item of rhs.items) {
        refs.values.push({ value: item, context: 'list-item', looksLikeField: looksLikeField(item), check });
        if (item.form === 'bare') refs.lists.push({ name: item.value, pos: item.pos, via: 'list-item', check });
      }
      return;
    case 'list-ref':
      refs.lists.push({ name: rhs.name, pos: rhs.pos, via: 'list-ref', check });
      return;
    case 'transformer':
      collectOperand(rhs, 'rhs', [], check, refs);
      return;
  }
}

function collectOperand(
  node: TransformerArg,
  role: FieldRole,
  outer: TransformerName[],
  check: CheckExpr,
  refs: ConditionReferences,
): void {
  switch (node.kind) {
    case 'field':
      refs.fields.push({
        field: node,
        name: node.name,
        pos: node.pos,
        role,
        inVal: outer[outer.length - 1] === 'val',
        transformers: outer,
        check,
      });
      return;
    case 'transformer': {
      refs.transformers.push({ transformer: node, role, outer, check });
      const inner = [...outer, node.name];
      for (const a of node.args) collectOperand(a, role, inner, check, refs);
      return;
    }
    case 'transformer-list':
      for (const item of node.items) collectOperand(item, role, outer, check, refs);
      return;
    case 'value':
      refs.values.push({ value: node, context: 'transformer-arg', looksLikeField: false, check });
      return;
  }
}

function looksLikeField(v: ValueExpr): boolean {
  return v.form === 'bare' && RX_FIELD_LIKE.test(v.value);
}
