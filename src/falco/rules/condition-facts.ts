import type { CheckExpr, Expr, FieldRef, IdentifierExpr, ListExpr, ListRefExpr, TransformerArg, TransformerExpr } from '../condition/ast.js';

/** What a condition refers to, collected in one walk so the checks never re-walk the tree. */
export interface ConditionFacts {
  /** Bare words used as whole checks: macro references. */
  identifiers: IdentifierExpr[];
  /** List names right after in/intersects/pmatch (or a modifier). */
  listRefs: ListRefExpr[];
  /** Every field reference, on either side and inside transformers. */
  fields: FieldRef[];
  checks: CheckExpr[];
  lists: ListExpr[];
}

export function collectFacts(ast: Expr): ConditionFacts {
  const facts: ConditionFacts = { identifiers: [], listRefs: [], fields: [], checks: [], lists: [] };
  walkExpr(ast, facts);
  return facts;
}

function walkExpr(e: Expr, facts: ConditionFacts): void {
  switch (e.kind) {
    case 'and':
    case 'or':
      for (const c of e.children) walkExpr(c, facts);
      return;
    case 'not':
      walkExpr(e.child, facts);
      return;
    case 'identifier':
      facts.identifiers.push(e);
      return;
    case 'check':
      facts.checks.push(e);
      walkOperand(e.lhs, facts);
      if (!e.rhs) return;
      if (e.rhs.kind === 'list') facts.lists.push(e.rhs);
      else if (e.rhs.kind === 'list-ref') facts.listRefs.push(e.rhs);
      else if (e.rhs.kind === 'transformer') walkOperand(e.rhs, facts);
      return;
  }
}

function walkOperand(node: FieldRef | TransformerExpr | TransformerArg, facts: ConditionFacts): void {
  if (node.kind === 'field') facts.fields.push(node);
  else if (node.kind === 'transformer') for (const a of node.args) walkOperand(a, facts);
  else if (node.kind === 'transformer-list') for (const a of node.items) walkOperand(a, facts);
}
