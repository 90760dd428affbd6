import { isMap, isScalar, type Pair } from 'yaml';
import { catalog } from '../../catalog/index.js';
import { nearest } from '../../util/nearest.js';
import { existsBefore, namesOf, type ItemKind } from './known.js';
import type { ValidationState } from './state.js';
import { keyName, keyStart, nodeStart, scalarText } from './yaml-util.js';

/** `override: {<key>: append|replace}` (rule_loader_reader.cpp decode_overrides). */
export interface Overrides {
  append: Map<string, number>;
  replace: Map<string, number>;
  /** Every key written under override, valid or not (a rejected entry is reported once, there). */
  listed: Set<string>;
  /** Offset of the `override` key. */
  at: number;
}

export function readOverrides(state: ValidationState, pair: Pair, kind: ItemKind): Overrides {
  const at = keyStart(pair, 0);
  const out: Overrides = { append: new Map(), replace: new Map(), listed: new Set(), at };
  const { append, replace } = catalog.rulesSyntax().items[kind].overridable;
  if (!isMap(pair.value)) {
    state.report('FR913', nodeStart(pair.value as never, at), `override must be a mapping of keys to append or replace, e.g. override: {${append[0]}: append}`);
    return out;
  }
  for (const entry of pair.value.items) {
    const key = keyName(entry);
    const keyAt = keyStart(entry, at);
    if (key === undefined) continue;
    out.listed.add(key);
    const operation = isScalar(entry.value) ? scalarText(entry.value) : '';
    const canAppend = append.includes(key);
    const canReplace = replace.includes(key);
    if (operation === 'append') {
      if (canAppend) out.append.set(key, keyAt);
      else state.report('FR913', keyAt, canReplace ? `'${key}' cannot be appended to; use replace` : `'${key}' cannot be overridden in a ${kind}: a ${kind} can append ${append.join(', ')} and replace ${replace.join(', ')}`, canReplace ? 'replace' : nearest(key, [...append, ...replace]));
    } else if (operation === 'replace') {
      if (canReplace) out.replace.set(key, keyAt);
      else state.report('FR913', keyAt, `'${key}' cannot be replaced in a ${kind}: a ${kind} can replace ${replace.join(', ')}`, nearest(key, replace));
    } else {
      const allowed = [canAppend ? 'append' : '', canReplace ? 'replace' : ''].filter(Boolean).join(' or ') || 'nothing';
      state.report('FR913', nodeStart(entry.value as never, keyAt), `invalid override operation '${operation}' for '${key}': allowed ${allowed}`, nearest(operation, ['append', 'replace']));
    }
  }
  return out;
}

/** An override or append must modify an item loaded earlier (ERROR_NO_PREVIOUS_RULE/MACRO/LIST). */
export function requireExisting(state: ValidationState, kind: ItemKind, name: string, offset: number, how: string): boolean {
  if (name === '') return false; // an empty name is reported as such
  if (existsBefore(kind, name, state.known)) return true;
  state.report(
    'FR913',
    offset,
    `${how} ${kind} '${name}', but no ${kind} of that name exists upstream or earlier in the rules`,
    nearest(name, namesOf(kind, state.known)),
  );
  return false;
}
