import { isMap, isScalar, isSeq, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { compareVersions } from '../../util/version.js';
import { parseItemCondition } from './condition-parse.js';
import { checkExceptions, exceptionNames } from './exceptions.js';
import { checkPlainTypes, checkUnknownKeys, itemSyntax, scalarSequence, stringValue, boolValue } from './keys.js';
import { sourceOfKnownRule } from './known.js';
import { checkOutput } from './output-check.js';
import { readOverrides, requireExisting, type Overrides } from './override.js';
import { scalarOffsetMap } from './scalar-map.js';
import type { ValidationState } from './state.js';
import { engineVersionBound, parseEngineVersion, priorityProblem, sourceProblem } from './values.js';
import { isNullScalar, keyStart, nodeStart, pairsByKey, scalarText } from './yaml-util.js';

/** Per-kind reading of rules-file items, following rule_loader_reader.cpp read_item. */

/** Exception names of the rules defined in this text, for appends that follow. */
export type RuleExceptions = Map<string, Set<string>>;

function offsetOf(map: YAMLMap): number {
  return map.range?.[0] ?? 0;
}

/** Output checks map the parser's offsets back into the scalar. */
function checkOutputScalar(state: ValidationState, pair: Pair, source: string | undefined, label: string): void {
  const value = pair.value;
  if (!isScalar(value)) return;
  const map = scalarOffsetMap(value, state.text);
  checkOutput(scalarText(value), source, (code, offset, _length, message, suggestion) => state.report(code, map(offset), `${label}: ${message}`, suggestion));
}

function checkPriority(state: ValidationState, pair: Pair, label: string): void {
  const text = stringValue(state, pair, label);
  if (text === undefined) return;
  const problem = priorityProblem(text);
  if (problem) state.report('FR905', nodeStart(pair.value as Node, keyStart(pair, 0)), `${label}: ${problem.message}`, problem.suggestion);
}

function readSource(state: ValidationState, pair: Pair | undefined, label: string): string {
  if (!pair) return 'syscall';
  const text = stringValue(state, pair, label);
  if (text === undefined) return 'syscall';
  const problem = sourceProblem(text);
  if (problem) state.report('FR906', nodeStart(pair.value as Node, keyStart(pair, 0)), `${label}: ${problem.message}`, problem.suggestion);
  return text;
}

function conditionScalar(state: ValidationState, pair: Pair | undefined, label: string): Scalar | undefined {
  if (!pair) return undefined;
  return stringValue(state, pair, label) === undefined ? undefined : (pair.value as Scalar);
}

const RULE_CORE = ['condition', 'output', 'desc', 'priority'] as const;

export function readRule(state: ValidationState, map: YAMLMap, ruleExceptions: RuleExceptions, options: { lenient?: boolean; nameKey?: string } = {}): void {
  const pairs = pairsByKey(map);
  const start = offsetOf(map);
  const namePair = pairs.get(options.nameKey ?? 'rule');
  const name = namePair ? (stringValue(state, namePair, 'rule') ?? '') : '';
  const label = `rule '${name}'`;
  state.stats.rules++;
  checkUnknownKeys(state, map, 'rule', label);
  if (options.lenient) {
    readLooseRule(state, pairs, name, label);
    return;
  }

  const appendPair = pairs.get('append');
  const appendFlag = appendPair ? boolValue(state, appendPair, label) === true : false;
  const overridePair = pairs.get('override');
  const overrides = overridePair ? readOverrides(state, overridePair, 'rule') : undefined;
  const hasOverrides = overrides !== undefined && overrides.append.size + overrides.replace.size > 0;
  if (appendFlag && overridePair) {
    state.report('FR913', keyStart(overridePair, start), `${label}: override and append: true cannot be used together; keep override`);
  }

  if (hasOverrides || (overridePair && !appendFlag)) {
    readRuleOverride(state, pairs, name, label, overrides!, ruleExceptions, start);
    return;
  }
  if (appendFlag) {
    const exists = requireExisting(state, 'rule', name, keyStart(namePair!, start), 'append: true appends to');
    const source = exists ? ruleSource(state, name) : undefined;
    checkPlainTypes(state, pairs, 'rule', label, new Set(['condition', 'exceptions', 'append', 'rule', 'output', 'priority', 'source']));
    const cond = conditionScalar(state, pairs.get('condition'), label);
    if (cond) parseItemCondition(state, cond, { owner: 'rule', name, ...(source ? { source } : {}), appended: true });
    const ex = pairs.get('exceptions');
    if (ex) checkExceptions(state, ex.value as Node, keyStart(ex, start), { source, mode: 'append', ...existingExceptions(ruleExceptions, name) });
    return;
  }

  const present = RULE_CORE.filter((k) => pairs.has(k));
  if (present.length === 0) {
    const enabled = pairs.get('enabled');
    if (enabled) {
      // Deprecated but accepted: `- rule: X` + `enabled: false` toggles a rule loaded earlier.
      boolValue(state, enabled, label);
      requireExisting(state, 'rule', name, keyStart(namePair!, start), 'enabled: changes');
      checkPlainTypes(state, pairs, 'rule', label, new Set(['rule', 'enabled']));
      return;
    }
    state.report(
      'FR903',
      keyStart(namePair!, start),
      `${label} has no condition, output, desc or priority: a new rule needs all four; to change an existing rule, list the keys under override (e.g. override: {tags: append})`,
    );
    checkPlainTypes(state, pairs, 'rule', label, new Set(['rule']));
    return;
  }
  const missing = itemSyntax('rule').required.filter((k) => !pairs.has(k));
  if (missing.length > 0) {
    state.report('FR903', keyStart(namePair!, start), `${label} is missing ${missing.join(', ')}: a new rule needs rule, condition, output, desc and priority`);
  }
  const source = readSource(state, pairs.get('source'), label);
  const previous = sourceOfKnownRule(name, state.known);
  if (previous !== undefined && previous !== source && namePair) {
    state.report('FR913', keyStart(namePair, start), `${label} is redefined with source ${source}, but it was defined with source ${previous}: Falco refuses a rule redefined with a different source`);
  }
  const priority = pairs.get('priority');
  if (priority) checkPriority(state, priority, label);
  const cond = conditionScalar(state, pairs.get('condition'), label);
  if (cond) parseItemCondition(state, cond, { owner: 'rule', name, source, appended: false });
  const output = pairs.get('output');
  if (output && stringValue(state, output, label) !== undefined) checkOutputScalar(state, output, source, label);
  const ex = pairs.get('exceptions');
  if (ex) {
    checkExceptions(state, ex.value as Node, keyStart(ex, start), { source, mode: 'define' });
    ruleExceptions.set(name, exceptionNames(ex.value as Node));
  } else ruleExceptions.set(name, new Set());
  checkPlainTypes(state, pairs, 'rule', label, new Set(['rule', 'source', 'priority', 'condition', 'output', 'exceptions', 'override', 'append']));
  if (name) state.known.rules.set(name, source);
}

function existingExceptions(ruleExceptions: RuleExceptions, name: string): { existing?: Set<string> } {
  const existing = ruleExceptions.get(name);
  return existing ? { existing } : {};
}

function ruleSource(state: ValidationState, name: string): string | undefined {
  return sourceOfKnownRule(name, state.known);
}

function readRuleOverride(state: ValidationState, pairs: Map<string, Pair>, name: string, label: string, overrides: Overrides, ruleExceptions: RuleExceptions, start: number): void {
  const namePair = pairs.get('rule')!;
  const { append, replace } = itemSyntax('rule').overridable;
  const listed = new Set([...overrides.append.keys(), ...overrides.replace.keys()]);
  for (const key of listed) {
    if (!pairs.has(key)) state.report('FR913', overrides.append.get(key) ?? overrides.replace.get(key) ?? overrides.at, `${label}: override lists '${key}' but the item has no ${key} key`);
  }
  for (const [key, pair] of pairs) {
    if ((append.includes(key) || replace.includes(key)) && !overrides.listed.has(key)) {
      state.report('FR913', keyStart(pair, start), `${label}: '${key}' has no entry under override, so Falco rejects it; add ${key}: ${append.includes(key) ? 'append' : 'replace'} under override`, `${key}: ${append.includes(key) ? 'append' : 'replace'}`);
    }
  }
  const exists = requireExisting(state, 'rule', name, keyStart(namePair, start), 'override changes');
  const source = exists ? ruleSource(state, name) : undefined;
  const condPair = pairs.get('condition');
  const cond = listed.has('condition') ? conditionScalar(state, condPair, label) : undefined;
  if (cond) parseItemCondition(state, cond, { owner: 'rule', name, ...(source ? { source } : {}), appended: overrides.append.has('condition') });
  const output = pairs.get('output');
  if (output && listed.has('output') && stringValue(state, output, label) !== undefined) {
    // An appended output is checked alone: its fields must exist whatever it is appended to.
    checkOutputScalar(state, output, source, label);
  }
  const priority = pairs.get('priority');
  if (priority && listed.has('priority')) checkPriority(state, priority, label);
  const ex = pairs.get('exceptions');
  if (ex && listed.has('exceptions')) {
    const mode = overrides.append.has('exceptions') ? 'append' : 'replace';
    checkExceptions(state, ex.value as Node, keyStart(ex, start), { source, mode, ...(mode === 'append' ? existingExceptions(ruleExceptions, name) : {}) });
    const names = exceptionNames(ex.value as Node);
    const known = ruleExceptions.get(name);
    if (known && mode === 'append') for (const n of names) known.add(n);
    else if (known) ruleExceptions.set(name, names);
  }
  const sourcePair = pairs.get('source');
  if (sourcePair) readSource(state, sourcePair, label);
  checkPlainTypes(state, pairs, 'rule', label, new Set(['rule', 'condition', 'output', 'priority', 'exceptions', 'override', 'source']));
}

/** Keys inside a wrong-shaped container: the values are still checked, so the author learns everything at once. */
function readLooseRule(state: ValidationState, pairs: Map<string, Pair>, name: string, label: string): void {
  const sourcePair = pairs.get('source');
  const source = sourcePair ? readSource(state, sourcePair, label) : 'syscall';
  for (const key of ['priority', 'severity', 'level']) {
    const pair = pairs.get(key);
    if (pair && isScalar(pair.value)) checkPriority(state, pair, label);
  }
  const condPair = pairs.get('condition');
  if (condPair) {
    const cond = conditionScalar(state, condPair, label);
    if (cond) parseItemCondition(state, cond, { owner: 'rule', name, source, appended: false });
  }
  for (const key of ['output', 'message', 'msg', 'format', 'output_format', 'alert']) {
    const pair = pairs.get(key);
    if (pair && isScalar(pair.value) && !isNullScalar(pair.value)) checkOutputScalar(state, pair, source, label);
  }
  const ex = pairs.get('exceptions');
  if (ex) checkExceptions(state, ex.value as Node, keyStart(ex, 0), { source, mode: 'define' });
  checkPlainTypes(state, pairs, 'rule', label, new Set(['rule', 'source', 'priority', 'condition', 'output', 'exceptions', 'override', 'append']));
}

export function readMacro(state: ValidationState, map: YAMLMap, options: { lenient?: boolean; nameKey?: string } = {}): void {
  const pairs = pairsByKey(map);
  const start = offsetOf(map);
  const namePair = pairs.get(options.nameKey ?? 'macro');
  const name = namePair ? (stringValue(state, namePair, 'macro') ?? '') : '';
  const label = `macro '${name}'`;
  state.stats.macros++;
  checkUnknownKeys(state, map, 'macro', label);
  const appendPair = pairs.get('append');
  const appendFlag = appendPair ? boolValue(state, appendPair, label) === true : false;
  const overridePair = pairs.get('override');
  const overrides = overridePair ? readOverrides(state, overridePair, 'macro') : undefined;
  if (appendFlag && overridePair) state.report('FR913', keyStart(overridePair, start), `${label}: override and append: true cannot be used together; keep override`);
  const condPair = pairs.get('condition');
  if (!condPair) {
    if (!options.lenient) state.report('FR903', namePair ? keyStart(namePair, start) : start, `${label} has no condition: a macro needs macro and condition`);
  }
  if (overrides) for (const [key, at] of [...overrides.append, ...overrides.replace]) if (!pairs.has(key)) state.report('FR913', at, `${label}: override lists '${key}' but the item has no ${key} key`);
  const appended = appendFlag || (overrides?.append.has('condition') ?? false);
  const modifies = appended || (overrides?.replace.size ?? 0) > 0;
  if (modifies && !options.lenient) requireExisting(state, 'macro', name, namePair ? keyStart(namePair, start) : start, appended ? 'appends to' : 'override replaces');
  const cond = conditionScalar(state, condPair, label);
  if (cond) parseItemCondition(state, cond, { owner: 'macro', name, appended });
  if (name && !state.macroIndex.has(name)) state.macroIndex.set(name, state.index);
  if (name) state.known.macros.add(name);
}

export function readList(state: ValidationState, map: YAMLMap, options: { lenient?: boolean; nameKey?: string } = {}): void {
  const pairs = pairsByKey(map);
  const start = offsetOf(map);
  const namePair = pairs.get(options.nameKey ?? 'list');
  const name = namePair ? (stringValue(state, namePair, 'list') ?? '') : '';
  const label = `list '${name}'`;
  state.stats.lists++;
  checkUnknownKeys(state, map, 'list', label);
  const appendPair = pairs.get('append');
  const appendFlag = appendPair ? boolValue(state, appendPair, label) === true : false;
  const overridePair = pairs.get('override');
  const overrides = overridePair ? readOverrides(state, overridePair, 'list') : undefined;
  if (appendFlag && overridePair) state.report('FR913', keyStart(overridePair, start), `${label}: override and append: true cannot be used together; keep override`);
  const items = pairs.get('items');
  if (!items) {
    if (!options.lenient) state.report('FR903', namePair ? keyStart(namePair, start) : start, `${label} has no items: a list needs list and items (e.g. items: [bash, sh])`);
  } else scalarSequence(state, items, label, '[bash, sh]');
  if (overrides) for (const [key, at] of [...overrides.append, ...overrides.replace]) if (!pairs.has(key)) state.report('FR913', at, `${label}: override lists '${key}' but the item has no ${key} key`);
  const appended = appendFlag || (overrides?.append.has('items') ?? false);
  const modifies = appended || (overrides?.replace.size ?? 0) > 0;
  if (modifies && !options.lenient) requireExisting(state, 'list', name, namePair ? keyStart(namePair, start) : start, appended ? 'appends to' : 'override replaces');
  if (name && !state.listIndex.has(name)) state.listIndex.set(name, state.index);
  if (name) state.known.lists.add(name);
}

export function readEngineVersion(state: ValidationState, map: YAMLMap): void {
  const pairs = pairsByKey(map);
  const pair = pairs.get('required_engine_version')!;
  checkOnlyKey(state, map, 'required_engine_version');
  const text = stringValue(state, pair, 'required_engine_version');
  if (text === undefined) return;
  const at = nodeStart(pair.value as Node, keyStart(pair, 0));
  const version = parseEngineVersion(text);
  if (!version) {
    state.report('FR904', at, `required_engine_version '${text}' is not a version: write "x.y.z" (e.g. 0.57.0) or a whole number`);
    return;
  }
  const bound = engineVersionBound(state.falcoVersion);
  if (bound && compareVersions(version, bound.version) > 0) {
    state.report(
      'FR914',
      at,
      `required_engine_version ${text} is newer than the rules engine of Falco ${state.falcoVersion} (${bound.exact ? '' : 'at most '}${bound.version}): Falco refuses to load the file`,
    );
  }
}

export function readPluginVersions(state: ValidationState, map: YAMLMap): void {
  const pair = pairsByKey(map).get('required_plugin_versions')!;
  checkOnlyKey(state, map, 'required_plugin_versions');
  const at = keyStart(pair, 0);
  if (!isSeq(pair.value)) {
    state.report('FR904', nodeStart(pair.value as Node, at), 'required_plugin_versions must be a list of {name, version} entries');
    return;
  }
  for (const entry of pair.value.items) checkPluginEntry(state, entry as Node, at, true);
}

function checkPluginEntry(state: ValidationState, entry: Node, fallback: number, allowAlternatives: boolean): void {
  const at = nodeStart(entry, fallback);
  if (!isMap(entry)) {
    state.report('FR904', at, 'each required_plugin_versions entry must be a mapping with name and version');
    return;
  }
  const pairs = pairsByKey(entry);
  for (const key of ['name', 'version']) {
    const p = pairs.get(key);
    if (!p) state.report('FR903', at, `a required_plugin_versions entry needs ${key}`);
    else if (key === 'version') {
      const v = stringValue(state, p, 'required_plugin_versions');
      if (v !== undefined && !/^\d+\.\d+\.\d+/.test(v)) state.report('FR904', nodeStart(p.value as Node, at), `plugin version '${v}' is not a semver "x.y.z"`);
    } else stringValue(state, p, 'required_plugin_versions');
  }
  const alternatives = pairs.get('alternatives');
  if (alternatives && allowAlternatives) {
    if (!isSeq(alternatives.value)) state.report('FR904', keyStart(alternatives, at), 'alternatives must be a list of {name, version} entries');
    else for (const alt of alternatives.value.items) checkPluginEntry(state, alt as Node, at, false);
  }
}

function checkOnlyKey(state: ValidationState, map: YAMLMap, only: string): void {
  for (const p of map.items) {
    const key = isScalar(p.key) ? scalarText(p.key) : undefined;
    if (key !== undefined && key !== only) state.report('FR902', keyStart(p, 0), `'${key}' does not belong in a ${only} item, which has only the ${only} key; Falco ignores it`);
  }
}

