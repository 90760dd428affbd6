import { isMap, isScalar, isSeq, type Node, type Scalar } from 'yaml';
import { catalog } from '../../catalog/index.js';
import type { FalcoField } from '../../catalog/types.js';
import { nearest } from '../../util/nearest.js';
import { compareVersions } from '../../util/version.js';
import { MODIFIERS_SINCE, operatorProblem } from './condition-check.js';
import { checkField, sourceHasFields } from './fields.js';
import type { ValidationState } from './state.js';
import { isNullScalar, keyName, keyStart, nodeStart, pairsByKey, scalarText } from './yaml-util.js';

/**
 * Rule exceptions (rule_loader_reader.cpp read_rule_exceptions, rule_loader_collector.cpp
 * validate_exception_info, rule_loader_compiler.cpp build_rule_exception_infos).
 */
export interface ExceptionContext {
  /** The rule's source; fields are checked against it. */
  source: string | undefined;
  /** define: a new rule; replace: `override: {exceptions: replace}`; append: appended exceptions. */
  mode: 'define' | 'replace' | 'append';
  /** Exception names the target rule is known to have (append to a rule of this text); undefined when unknown. */
  existing?: Set<string>;
}

const FIELD_TOKEN = /^([a-zA-Z][a-zA-Z0-9_]*(?:\.[a-zA-Z][a-zA-Z0-9_]*)+)(?:\[(.*)\])?$/;
const LIST_OPERATORS = new Set(['in', 'intersects', 'pmatch']);

function supportedOperators(): Set<string> {
  const ops = catalog.rulesSyntax().operators;
  return new Set([...ops.unary, ...ops.numeric, ...ops.string, ...ops.list]);
}

/** `startswith oneof`: a string operator with a modifier (Falco >= 0.44). */
function splitModifier(comp: string): { op: string; modifier?: string } {
  const parts = comp.trim().split(/\s+/);
  const modifiers = catalog.rulesSyntax().operators.modifiers;
  if (parts.length === 2 && modifiers.includes(parts[1]!)) return { op: parts[0]!, modifier: parts[1]! };
  return { op: comp.trim() };
}

interface Comp {
  text: string;
  at: number;
}

/** Names the exceptions of a rule define, for later appends in the same text. */
export function exceptionNames(node: Node | null | undefined): Set<string> {
  const names = new Set<string>();
  if (!isSeq(node)) return names;
  for (const ex of node.items) {
    if (!isMap(ex)) continue;
    const name = pairsByKey(ex).get('name')?.value;
    if (isScalar(name)) names.add(scalarText(name));
  }
  return names;
}

export function checkExceptions(state: ValidationState, node: Node | null | undefined, offset: number, ctx: ExceptionContext): void {
  if (isNullScalar(node)) return; // an empty `exceptions:` is allowed
  if (!isSeq(node)) {
    state.report('FR912', nodeStart(node as Node, offset), 'exceptions must be a list of exceptions, each with name, fields, comps and values');
    return;
  }
  for (const item of node.items) checkException(state, item as Node, nodeStart(item as Node, offset), ctx);
}

function checkException(state: ValidationState, ex: Node, at: number, ctx: ExceptionContext): void {
  if (!isMap(ex)) {
    state.report('FR912', at, 'each exception must be a mapping with name, fields, comps and values');
    return;
  }
  const pairs = pairsByKey(ex);
  const allowed = catalog.rulesSyntax().exceptions.keys;
  for (const pair of ex.items) {
    const key = keyName(pair);
    if (key !== undefined && !allowed.includes(key)) {
      state.report('FR912', keyStart(pair, at), `'${key}' is not an exception key: an exception has ${allowed.join(', ')}`, nearest(key, allowed));
    }
  }
  const nameNode = pairs.get('name')?.value;
  if (!isScalar(nameNode) || scalarText(nameNode) === '') {
    state.report('FR912', at, 'an exception needs a name');
    return;
  }
  const name = scalarText(nameNode);
  const fieldsPair = pairs.get('fields');
  const appendingValues = ctx.mode === 'append' && (ctx.existing === undefined || ctx.existing.has(name));
  if (!fieldsPair || isNullScalar(fieldsPair.value)) {
    if (!appendingValues) state.report('FR912', at, `exception '${name}' has no fields: a new exception needs fields (and values)`);
    return;
  }
  if (ctx.mode === 'append' && ctx.existing?.has(name)) {
    state.report('FR912', keyStart(fieldsPair, at), `exception '${name}' already exists in the rule: an append can only add values to it, not fields or comps`);
    return;
  }
  const fieldsNode = fieldsPair.value as Node;
  const listForm = isSeq(fieldsNode);
  const fields = listForm ? fieldsNode.items : [fieldsNode];
  const resolved: Array<FalcoField | undefined> = fields.map((f) => checkExceptionField(state, f as Node, at, ctx.source));
  const comps = readComps(state, pairs.get('comps')?.value as Node | undefined, keyStart(pairs.get('comps') ?? fieldsPair, at), listForm, fields.length, name);
  if (comps) {
    comps.forEach((comp, i) => {
      const field = resolved[i];
      if (!field) return;
      const { op, modifier } = splitModifier(comp.text);
      const problem = operatorProblem(field, op, modifier as never);
      if (problem) state.report('FR910', comp.at, `exception '${name}': ${problem.message}`, problem.suggestion);
    });
  }
  checkValues(state, pairs.get('values')?.value as Node | undefined, at, listForm, fields.length, comps, name);
}

function checkExceptionField(state: ValidationState, node: Node, fallback: number, source: string | undefined): FalcoField | undefined {
  const at = nodeStart(node, fallback);
  if (!isScalar(node)) {
    state.report('FR912', at, 'exception fields are field names (a name, or a list of names)');
    return undefined;
  }
  const text = scalarText(node);
  const m = FIELD_TOKEN.exec(text);
  if (!m) {
    state.report('FR908', at, `'${text}' is not a Falco field name`);
    return undefined;
  }
  if (!source || !sourceHasFields(source)) return undefined;
  const result = checkField(m[1]!, m[2], source);
  if (!result.ok) {
    state.report('FR908', at, `exception field ${result.message}`, result.suggestion);
    return undefined;
  }
  return result.resolved.field;
}

function readComps(state: ValidationState, node: Node | undefined, fallback: number, listForm: boolean, count: number, name: string): Comp[] | undefined {
  const defaultComp = listForm ? '=' : 'in';
  if (node === undefined || isNullScalar(node)) return Array.from({ length: count }, () => ({ text: defaultComp, at: fallback }));
  const at = nodeStart(node, fallback);
  const comps: Comp[] = [];
  if (listForm) {
    if (!isSeq(node)) {
      state.report('FR912', at, `exception '${name}': fields is a list, so comps must be a list of the same length`);
      return undefined;
    }
    for (const c of node.items) comps.push({ text: isScalar(c) ? scalarText(c) : '', at: nodeStart(c as Node, at) });
    if (comps.length !== count) {
      state.report('FR912', at, `exception '${name}': fields and comps lists must have equal length (${count} fields, ${comps.length} comps)`);
      return undefined;
    }
  } else {
    if (!isScalar(node)) {
      state.report('FR912', at, `exception '${name}': fields is a single field, so comps must be a single operator (in, pmatch or intersects)`);
      return undefined;
    }
    comps.push({ text: scalarText(node), at });
  }
  const supported = supportedOperators();
  const valid: Comp[] = [];
  for (const comp of comps) {
    const { op, modifier } = splitModifier(comp.text);
    if (!supported.has(op)) {
      state.report('FR912', comp.at, `exception '${name}': '${comp.text}' is not a Falco comparison operator`, nearest(op, supported));
      continue;
    }
    if (modifier && compareVersions(state.falcoVersion, MODIFIERS_SINCE) < 0) {
      state.report('FR914', comp.at, `exception '${name}': the '${modifier}' modifier arrived in Falco ${MODIFIERS_SINCE}`);
      continue;
    }
    if (!listForm && !modifier && !LIST_OPERATORS.has(op)) {
      state.report('FR912', comp.at, `exception '${name}': with a single field, comps must be in, pmatch or intersects (or a string operator with oneof/anyof/allof), not '${comp.text}'`, 'in');
      continue;
    }
    valid.push(comp);
  }
  return valid.length === comps.length ? comps : undefined;
}

function checkValues(state: ValidationState, node: Node | undefined, fallback: number, listForm: boolean, count: number, comps: Comp[] | undefined, name: string): void {
  if (node === undefined || isNullScalar(node)) return; // values are optional: the exception then matches nothing yet
  const at = nodeStart(node, fallback);
  if (!isSeq(node)) {
    state.report('FR912', at, `exception '${name}': values must be a list`);
    return;
  }
  for (const entry of node.items) {
    const entryAt = nodeStart(entry as Node, at);
    if (!listForm) {
      if (!isScalar(entry)) state.report('FR912', entryAt, `exception '${name}': with a single field, values must be a flat list of strings`);
      continue;
    }
    if (!isSeq(entry)) {
      state.report('FR912', entryAt, `exception '${name}': with a list of fields, each values entry must be a list of ${count} value${count === 1 ? '' : 's'} (one per field)`);
      continue;
    }
    if (entry.items.length !== count) {
      state.report('FR912', entryAt, `exception '${name}': fields and values lists must have equal length (${count} fields, ${entry.items.length} values)`);
      continue;
    }
    entry.items.forEach((value, i) => {
      const comp = comps?.[i];
      if (!comp || !isSeq(value)) return;
      const { op, modifier } = splitModifier(comp.text);
      if (!modifier && !LIST_OPERATORS.has(op)) {
        state.report('FR912', nodeStart(value as Node, entryAt), `exception '${name}': a list of values needs comps in, intersects or pmatch (or a modifier), not '${comp.text}'`, 'in');
      }
    });
  }
}

export type { Scalar };
