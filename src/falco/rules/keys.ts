import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import { catalog } from '../../catalog/index.js';
import type { ItemSyntax } from '../../catalog/types.js';
import { nearest } from '../../util/nearest.js';
import type { ItemKind } from './known.js';
import type { ValidationState } from './state.js';
import { isNullScalar, keyName, keyStart, nodeStart, parseYamlCppBool, scalarText } from './yaml-util.js';

/** Keys models write for rule properties that Falco spells differently (the key Falco reads). */
const KEY_ALIASES: Record<ItemKind, Record<string, string>> = {
  rule: {
    name: 'rule',
    title: 'rule',
    id: 'rule',
    description: 'desc',
    summary: 'desc',
    severity: 'priority',
    level: 'priority',
    filter: 'condition',
    filters: 'condition',
    when: 'condition',
    match: 'condition',
    expr: 'condition',
    expression: 'condition',
    query: 'condition',
    message: 'output',
    msg: 'output',
    format: 'output',
    output_format: 'output',
    alert: 'output',
    enabled_by_default: 'enabled',
    disabled: 'enabled',
    labels: 'tags',
    tag: 'tags',
    mitre: 'tags',
    exception: 'exceptions',
    event_source: 'source',
  },
  macro: { name: 'macro', filter: 'condition', expr: 'condition', expression: 'condition', value: 'condition', when: 'condition' },
  list: { name: 'list', values: 'items', elements: 'items', entries: 'items', item: 'items' },
};

/** Keys that promise an effect Falco rules cannot have: a rule only raises an alert. */
const ACTION_KEYS = new Set(['action', 'actions', 'response', 'respond', 'remediation', 'block', 'kill', 'drop', 'deny', 'notify', 'exec', 'run']);

const KEYS_SUMMARY: Record<ItemKind, string> = {
  rule: 'a rule has rule, desc, condition, output and priority, and optionally source, enabled, tags, exceptions, override and a few tuning keys',
  macro: 'a macro has macro and condition (and override)',
  list: 'a list has list and items (and override)',
};

export function itemSyntax(kind: ItemKind): ItemSyntax {
  return catalog.rulesSyntax().items[kind];
}

/** The key an unknown key stands for, if it is a known alias. */
function aliasOf(kind: ItemKind, key: string): string | undefined {
  return KEY_ALIASES[kind][key.toLowerCase()];
}

/** Unknown keys (Falco warns and ignores them, so whatever they promise never happens). */
export function checkUnknownKeys(state: ValidationState, map: YAMLMap, kind: ItemKind, label: string): void {
  const allowed = itemSyntax(kind).allowed;
  for (const pair of map.items) {
    const key = keyName(pair);
    if (key === undefined || allowed.includes(key)) continue;
    const at = keyStart(pair, 0);
    if (ACTION_KEYS.has(key.toLowerCase())) {
      state.report('FR902', at, `${label}: '${key}' is not a ${kind} key, so Falco ignores it: a Falco rule only raises an alert, it cannot take actions`);
      continue;
    }
    const alias = aliasOf(kind, key);
    if (alias) {
      state.report('FR902', at, `${label}: '${key}' is not a ${kind} key, so Falco ignores it; Falco reads '${alias}'`, alias);
      continue;
    }
    state.report('FR902', at, `${label}: '${key}' is not a ${kind} key, so Falco ignores it; ${KEYS_SUMMARY[kind]}`, nearest(key, allowed));
  }
}

/** A required or optional scalar string value; reports why it is not one. */
export function stringValue(state: ValidationState, pair: Pair, label: string): string | undefined {
  const key = keyName(pair) ?? '';
  const at = keyStart(pair, 0);
  const value = pair.value as Node | null;
  if (isNullScalar(value)) {
    state.report('FR904', at, `${label}: '${key}' is empty`);
    return undefined;
  }
  if (!isScalar(value)) {
    const what = isMap(value) ? 'a mapping' : isSeq(value) ? 'a list' : 'not a string';
    const hint =
      key === 'condition' && isMap(value)
        ? `; write the whole condition as one string, e.g. condition: proc.name = bash and container.id != host`
        : key === 'condition' && isSeq(value)
          ? '; join the checks with and/or in one string'
          : '';
    state.report('FR904', nodeStart(value, at), `${label}: '${key}' must be a string, not ${what}${hint}`);
    return undefined;
  }
  const text = scalarText(value);
  if (text === '') {
    state.report('FR904', nodeStart(value, at), `${label}: '${key}' must not be empty`);
    return undefined;
  }
  return text;
}

export function boolValue(state: ValidationState, pair: Pair, label: string): boolean | undefined {
  const key = keyName(pair) ?? '';
  const value = pair.value as Node | null;
  const text = isScalar(value) && !isNullScalar(value) ? scalarText(value) : undefined;
  const parsed = text === undefined ? undefined : parseYamlCppBool(text);
  if (parsed === undefined) {
    state.report('FR904', nodeStart(value, keyStart(pair, 0)), `${label}: '${key}' must be true or false${text ? `, not '${text}'` : ''}`, text ? nearest(text.toLowerCase(), ['true', 'false']) : undefined);
  }
  return parsed;
}

function integerValue(state: ValidationState, pair: Pair, label: string): void {
  const key = keyName(pair) ?? '';
  const value = pair.value as Node | null;
  const text = isScalar(value) && !isNullScalar(value) ? scalarText(value) : undefined;
  if (text === undefined || !/^[+-]?\d+$/.test(text)) {
    state.report('FR904', nodeStart(value, keyStart(pair, 0)), `${label}: '${key}' must be a whole number${text ? `, not '${text}'` : ''}`);
  }
}

/** A sequence of scalars (tags, list items). */
export function scalarSequence(state: ValidationState, pair: Pair, label: string, example: string): void {
  const key = keyName(pair) ?? '';
  const value = pair.value as Node | null;
  const at = nodeStart(value, keyStart(pair, 0));
  if (!isSeq(value)) {
    state.report('FR904', at, `${label}: '${key}' must be a list, e.g. ${key}: ${example}`);
    return;
  }
  for (const item of value.items) {
    if (!isScalar(item)) state.report('FR904', nodeStart(item as Node, at), `${label}: each entry of '${key}' must be a plain value, not a nested list or mapping`);
  }
}

/** Type checks of the optional keys whose value is not checked elsewhere. */
export function checkPlainTypes(state: ValidationState, pairs: Map<string, Pair>, kind: ItemKind, label: string, skip: ReadonlySet<string>): void {
  const types = itemSyntax(kind).types;
  for (const [key, pair] of pairs) {
    if (skip.has(key)) continue;
    const type = types[key];
    if (type === 'boolean') boolValue(state, pair, label);
    else if (type === 'integer') integerValue(state, pair, label);
    else if (type === 'string') stringValue(state, pair, label);
    else if (type === 'sequence' && key === 'tags') scalarSequence(state, pair, label, '[container, mitre_execution]');
  }
}
