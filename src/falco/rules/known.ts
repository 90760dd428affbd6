import { defaultListNames, defaultMacroNames, defaultRuleNames } from '../../catalog/lookup.js';

/** Source of an upstream rule, from its definition. */
function upstreamRuleSource(name: string): string | undefined {
  return defaultRuleNames().get(name)?.source;
}

/**
 * Rules, macros and lists loaded before the text being checked: earlier rules files (Falco loads
 * rules_files in order) or earlier blocks of the same report. The upstream rules are always known.
 */
export interface KnownItems {
  /** Rule name → its event source. */
  rules: Map<string, string>;
  macros: Set<string>;
  lists: Set<string>;
}

export function createKnownItems(): KnownItems {
  return { rules: new Map(), macros: new Set(), lists: new Set() };
}

export function copyKnownItems(known: KnownItems): KnownItems {
  return { rules: new Map(known.rules), macros: new Set(known.macros), lists: new Set(known.lists) };
}

export type ItemKind = 'rule' | 'macro' | 'list';

/** Whether an item of this kind and name exists upstream or in `known`. */
export function existsBefore(kind: ItemKind, name: string, known: KnownItems): boolean {
  if (kind === 'rule') return known.rules.has(name) || defaultRuleNames().has(name);
  if (kind === 'macro') return known.macros.has(name) || defaultMacroNames().has(name);
  return known.lists.has(name) || defaultListNames().has(name);
}

/** The event source of a rule defined upstream or in `known`. */
export function sourceOfKnownRule(name: string, known: KnownItems): string | undefined {
  return known.rules.get(name) ?? upstreamRuleSource(name);
}

export function namesOf(kind: ItemKind, known: KnownItems): Iterable<string> {
  if (kind === 'rule') return [...known.rules.keys(), ...defaultRuleNames().keys()];
  if (kind === 'macro') return [...known.macros, ...defaultMacroNames()];
  return [...known.lists, ...defaultListNames()];
}
