import { defaultListNames, defaultMacroNames } from '../../catalog/lookup.js';
import { checkFields, checkListRefs, checkMacroRefs, checkOperators, type ConditionReport, type ConditionScope } from './condition-check.js';
import { allSources } from './fields.js';
import type { KnownItems } from './known.js';
import type { ParsedCondition, ValidationState } from './state.js';

/**
 * Second pass over the parsed conditions, once every item of the text is known. Falco compiles
 * rules after loading every file, so a rule may use any macro; a macro only sees macros defined
 * before it (rule_loader_compiler.cpp resolve_macros visibility); lists have no order at all.
 * Macros are compiled inside the rules that use them, so their fields are checked against the
 * source of those rules: one source when all users agree, else any source.
 */
export function finishConditions(state: ValidationState, before: KnownItems): void {
  const macroConds = new Map<string, ParsedCondition[]>();
  for (const cond of state.conditions) {
    if (cond.owner !== 'macro') continue;
    const list = macroConds.get(cond.name) ?? [];
    list.push(cond);
    macroConds.set(cond.name, list);
  }
  const usage = macroSources(state, macroConds);
  const isList = (name: string) => state.known.lists.has(name) || defaultListNames().has(name);
  const listNames = () => [...state.known.lists, ...defaultListNames()];
  const anyMacro = (name: string) => state.known.macros.has(name) || defaultMacroNames().has(name);
  const macroNames = () => [...state.known.macros, ...defaultMacroNames()];

  for (const cond of state.conditions) {
    const report: ConditionReport = (code, offset, _length, message, suggestion) =>
      state.report(code, cond.at(offset), `${cond.owner} '${cond.name}': ${message}`, suggestion);
    let sources: readonly string[];
    let mode: ConditionScope['mode'] = 'every';
    if (cond.owner === 'rule') sources = cond.source ? [cond.source] : [];
    else {
      const users = usage.get(cond.name);
      if (users && users.size === 1) sources = [...users];
      else {
        sources = allSources();
        mode = 'any';
      }
    }
    const isMacro =
      cond.owner === 'rule'
        ? anyMacro
        : (name: string) => {
            const index = state.macroIndex.get(name);
            return (index !== undefined && index < cond.index) || before.macros.has(name) || defaultMacroNames().has(name);
          };
    const scope: ConditionScope = {
      sources,
      mode,
      isMacro,
      macroNames,
      isList,
      listNames,
      falcoVersion: state.falcoVersion,
      ...(cond.placeholder ? { placeholder: cond.placeholder } : {}),
      whyInvisible: (name) => (state.macroIndex.has(name) ? 'it is defined later, and a macro can only use macros defined before it' : undefined),
    };
    checkMacroRefs(cond.facts, scope, report);
    checkListRefs(cond.facts, scope, report);
    const resolved = checkFields(cond.facts, scope, report);
    checkOperators(cond.facts, resolved, scope, cond.text, report);
  }
}

/** For each macro of the text, the sources of the rules that use it, directly or through other macros. */
function macroSources(state: ValidationState, macroConds: Map<string, ParsedCondition[]>): Map<string, Set<string>> {
  const usage = new Map<string, Set<string>>();
  for (const cond of state.conditions) {
    if (cond.owner !== 'rule' || !cond.source) continue;
    const source = cond.source;
    const queue = cond.facts.identifiers.map((i) => i.name);
    const seen = new Set<string>();
    while (queue.length > 0) {
      const name = queue.pop()!;
      if (seen.has(name)) continue;
      seen.add(name);
      const defs = macroConds.get(name);
      if (!defs) continue;
      const set = usage.get(name) ?? new Set<string>();
      set.add(source);
      usage.set(name, set);
      for (const def of defs) for (const id of def.facts.identifiers) queue.push(id.name);
    }
  }
  return usage;
}
