import { isMap, isSeq, type Node, type YAMLMap } from 'yaml';
import { catalog } from '../../catalog/index.js';
import { readEngineVersion, readList, readMacro, readPluginVersions, readRule, type RuleExceptions } from './items.js';
import { REAL_SHAPE } from './shape.js';
import type { ValidationState } from './state.js';
import { isNullScalar, keyName, keyStart, nodeEnd, nodeStart, pairsByKey } from './yaml-util.js';

/** The document level: a rules file is a YAML sequence of items (rule_loader_reader.cpp read). */

type Kind = 'required_engine_version' | 'required_plugin_versions' | 'list' | 'macro' | 'rule';

/** Falco classifies an item by the first of these keys it has. */
function kindOf(map: YAMLMap): Kind | undefined {
  let best: Kind | undefined;
  let bestRank = Number.POSITIVE_INFINITY;
  for (const pair of map.items) {
    const key = keyName(pair);
    const rank = key === undefined ? -1 : ITEM_KINDS().indexOf(key as Kind);
    if (rank >= 0 && rank < bestRank) {
      best = key as Kind;
      bestRank = rank;
    }
  }
  return best;
}

let itemKinds: Kind[] | undefined;
const ITEM_KINDS = (): Kind[] => (itemKinds ??= catalog.rulesSyntax().itemKinds as Kind[]);

/** Keys that show a map was meant as a rule, whatever its spelling. */
const RULE_ISH = new Set(['name', 'condition', 'filter', 'output', 'desc', 'description', 'priority', 'severity', 'when', 'message', 'source', 'tags']);

/** Top-level keys models wrap rules in; Falco wants the list itself. */
const CONTAINERS = /^(rules|filters|macros|lists|falco_?rules|custom_?rules|detections|alerts|policies)$/i;

export function readDocument(state: ValidationState, contents: Node | null, exceptions: RuleExceptions): void {
  if (contents === null || isNullScalar(contents)) return;
  if (isSeq(contents)) {
    for (const item of contents.items) readItem(state, item as Node | null, exceptions);
    return;
  }
  if (isMap(contents)) {
    readTopLevelMap(state, contents, exceptions);
    return;
  }
  state.report('FR901', nodeStart(contents, 0), `this is a single value, not a rules file: ${REAL_SHAPE}`, undefined, nodeEnd(contents, 0));
}

function readItem(state: ValidationState, item: Node | null, exceptions: RuleExceptions): void {
  if (item === null || isNullScalar(item)) return;
  state.index++;
  const at = nodeStart(item, 0);
  if (!isMap(item)) {
    state.report('FR901', at, `each item of a rules file must be a mapping (- rule: ..., - macro: ..., - list: ...), not ${isSeq(item) ? 'a nested list' : 'a plain value'}; ${REAL_SHAPE}`);
    return;
  }
  const kind = kindOf(item);
  switch (kind) {
    case 'required_engine_version':
      return readEngineVersion(state, item);
    case 'required_plugin_versions':
      return readPluginVersions(state, item);
    case 'list':
      return readList(state, item);
    case 'macro':
      return readMacro(state, item);
    case 'rule':
      return readRule(state, item, exceptions);
    default: {
      const keys = item.items.map(keyName).filter((k): k is string => k !== undefined);
      state.report(
        'FR901',
        at,
        `this item has no rule, macro or list key (it has ${keys.join(', ') || 'no keys'}), so Falco ignores it as an unknown top-level item; ${REAL_SHAPE}`,
        keys.includes('name') ? 'rule' : undefined,
        nodeEnd(item, at),
      );
      if (keys.some((k) => RULE_ISH.has(k))) readRule(state, item, exceptions, { lenient: true, nameKey: 'name' });
    }
  }
}

function readTopLevelMap(state: ValidationState, map: YAMLMap, exceptions: RuleExceptions): void {
  const pairs = pairsByKey(map);
  const single = (catalog.rulesSyntax().itemKinds as Kind[]).find((k) => pairs.has(k) && !isMap(pairs.get(k)!.value));
  if (single) {
    // One item written without its leading dash: Falco says "Rules content is not yaml array of objects".
    state.report('FR901', nodeStart(map, 0), `the rules file is a single mapping, not a list: write the item as \`- ${single}: ...\` (${REAL_SHAPE})`, undefined, nodeEnd(map, 0));
    readItem(state, map, exceptions);
    return;
  }
  const others: string[] = [];
  let othersAt: number | undefined;
  let othersEnd: number | undefined;
  for (const pair of map.items) {
    const key = keyName(pair);
    if (key === undefined) continue;
    const at = keyStart(pair, 0);
    const value = pair.value as Node | null;
    if ((key === 'rule' || key === 'macro' || key === 'list') && isMap(value)) {
      state.report(
        'FR901',
        at,
        `'${key}:' holds a mapping here, but in Falco '${key}' is the item's name and sits in a list item beside the other keys (- ${key}: <name>); ${REAL_SHAPE}`,
        undefined,
        nodeEnd(value, at),
      );
      state.index++;
      readAs(state, key, value, exceptions);
      continue;
    }
    if (CONTAINERS.test(key) && (isSeq(value) || isMap(value))) {
      state.report(
        'FR901',
        at,
        `top-level '${key}:' key: a Falco rules file has no such key; the file itself is the list of items (remove '${key}:' and write - rule: <name> items); ${REAL_SHAPE}`,
        undefined,
        nodeEnd(value, at),
      );
      const entries = isSeq(value) ? value.items : [value];
      for (const entry of entries) {
        if (!isMap(entry)) continue;
        state.index++;
        const kind = kindOf(entry);
        const byContainer = /macro/i.test(key) ? 'macro' : /list/i.test(key) ? 'list' : 'rule';
        readAs(state, kind === 'macro' || kind === 'list' || kind === 'rule' ? kind : byContainer, entry, exceptions, kind === undefined ? 'name' : undefined);
      }
      continue;
    }
    others.push(key);
    othersAt ??= at;
    othersEnd ??= nodeEnd(value, at);
  }
  if (others.length > 0 && othersAt !== undefined) {
    const tags = others.includes('tags') ? ' (tags belong inside a rule item: tags: [...])' : '';
    state.report(
      'FR901',
      othersAt,
      `top-level key${others.length > 1 ? 's' : ''} ${others.map((k) => `'${k}'`).join(', ')}: a Falco rules file is not a mapping${tags}; ${REAL_SHAPE}`,
      undefined,
      othersEnd,
    );
  }
}

function readAs(state: ValidationState, kind: 'rule' | 'macro' | 'list', map: YAMLMap, exceptions: RuleExceptions, nameKey?: string): void {
  const pairs = pairsByKey(map);
  const name = nameKey ?? (pairs.has(kind) ? kind : 'name');
  if (kind === 'rule') readRule(state, map, exceptions, { lenient: true, nameKey: name });
  else if (kind === 'macro') readMacro(state, map, { lenient: true, nameKey: name });
  else readList(state, map, { lenient: true, nameKey: name });
}
