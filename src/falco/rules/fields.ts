import { catalog } from '../../catalog/index.js';
import { fieldsOf, sourcesOfField } from '../../catalog/lookup.js';
import type { FalcoField } from '../../catalog/types.js';
import { nearest } from '../../util/nearest.js';
import { memo } from '../../util/memo.js';

/**
 * Resolves a field reference the way libs does (filter_check_list::new_filter_check_from_fldname):
 * the whole token must name a field, or a field that takes a `.suffix` argument followed by that
 * argument (`evt.arg.fd`, `evt.type.is.open`, `thread.cgroup.cpuacct`). Everything here comes from
 * the catalog (fields per source, argument presence and forms, event names, parameter names).
 */

export interface ResolvedField {
  field: FalcoField;
  /** The argument as written, from `[arg]` or from the `.suffix`. */
  arg?: string;
}

export type FieldCheck = { ok: true; resolved: ResolvedField } | { ok: false; message: string; suggestion?: string };

const eventNames = memo(() => new Set(catalog.eventTypes().events));
const syscallNames = memo(() => new Set(catalog.eventTypes().syscalls));
const paramNames = memo(() => new Set(catalog.eventTypes().params));

/** Names usable as `evt.type` values: driver events plus the ppm_sc syscall names. */
export function isEventName(name: string): boolean {
  return eventNames().has(name) || syscallNames().has(name);
}

export function nearestEventName(name: string): string | undefined {
  return nearest(name, [...eventNames(), ...syscallNames()]);
}

const dotSuffixFields = new Map<string, FalcoField[]>();
/** Fields of a source that take a `.suffix` argument, longest name first (libs takes the longest prefix). */
function dotSuffixOf(source: string): FalcoField[] {
  let list = dotSuffixFields.get(source);
  if (!list) {
    list = [...fieldsOf(source).values()].filter((f) => f.argForms?.includes('dot_suffix')).sort((a, b) => b.name.length - a.name.length);
    dotSuffixFields.set(source, list);
  }
  return list;
}

const nameLists = new Map<string, string[]>();
/** Field names of a source, minus hidden ones, as suggestion candidates. */
function namesOf(source: string): string[] {
  let names = nameLists.get(source);
  if (!names) {
    names = [...fieldsOf(source).values()].filter((f) => !f.flags?.includes('hidden')).map((f) => f.name);
    nameLists.set(source, names);
  }
  return names;
}

export function allSources(): string[] {
  return Object.keys(catalog.falcoFields().sources);
}

/** Sources whose fields the catalog knows; a plugin source without fields (kafka) cannot be checked. */
export function sourceHasFields(source: string): boolean {
  return fieldsOf(source).size > 0;
}

function nearestField(name: string, sources: readonly string[]): string | undefined {
  return nearest(
    name,
    sources.flatMap((s) => namesOf(s)),
  );
}

function describeArg(field: FalcoField): string {
  const form = field.argForms?.includes('bracket') ? `${field.name}[${argWord(field)}]` : `${field.name}.${argWord(field)}`;
  return form;
}

function argWord(field: FalcoField): string {
  if (field.argEnum) return field.argEnum.join('|');
  if (field.name === 'evt.arg' || field.name === 'evt.rawarg') return 'name';
  if (field.name === 'evt.type.is') return 'event';
  return field.argType === 'index' ? 'N' : 'key';
}

/** Validates an argument against what the catalog says about the field. */
function checkArg(field: FalcoField, arg: string, form: 'bracket' | 'dot_suffix'): string | undefined {
  if (field.arg === 'none') return `${field.name} takes no argument`;
  if (!field.argForms?.includes(form)) return `${field.name} takes its argument as ${describeArg(field)}, not ${form === 'bracket' ? `[${arg}]` : `.${arg}`}`;
  if (field.argEnum && !field.argEnum.includes(arg)) return `${field.name} takes ${field.argEnum.join(' or ')} as argument, not '${arg}'`;
  const numeric = /^\d+$/.test(arg);
  if (field.argType === 'index' && !numeric) return `${field.name}[...] takes a number (an index), not '${arg}'`;
  if (field.name === 'evt.type.is' && !isEventName(arg)) return `'${arg}' is not an event type, so ${field.name}.${arg} is not a field`;
  if ((field.name === 'evt.arg' || field.name === 'evt.rawarg') && form === 'dot_suffix' && !paramNames().has(arg))
    return `'${arg}' is not the name of any event parameter, so ${field.name}.${arg} is not a field`;
  return undefined;
}

/**
 * Checks `name` (the FieldName token) with its optional bracket argument against one source.
 * `bracketArg` is undefined when the token has no `[...]`.
 */
export function checkField(name: string, bracketArg: string | undefined, source: string): FieldCheck {
  const fields = fieldsOf(source);
  const exact = fields.get(name);
  if (exact) {
    if (bracketArg !== undefined) {
      const problem = checkArg(exact, bracketArg, 'bracket');
      if (problem) return { ok: false, message: problem, ...(exact.arg === 'none' ? { suggestion: exact.name } : {}) };
      return { ok: true, resolved: { field: exact, arg: bracketArg } };
    }
    if (exact.arg === 'required') return { ok: false, message: `${exact.name} needs an argument: ${describeArg(exact)}` };
    return { ok: true, resolved: { field: exact } };
  }
  for (const field of dotSuffixOf(source)) {
    if (!name.startsWith(field.name + '.')) continue;
    const suffix = name.slice(field.name.length + 1);
    if (bracketArg !== undefined) return { ok: false, message: `${name}[${bracketArg}] is not a field: ${field.name} takes one argument` };
    const problem = checkArg(field, suffix, 'dot_suffix');
    if (problem) {
      const suggestion =
        field.name === 'evt.type.is' ? nearestEventName(suffix) : field.name === 'evt.arg' || field.name === 'evt.rawarg' ? nearest(suffix, paramNames()) : undefined;
      return { ok: false, message: problem, ...(suggestion ? { suggestion: `${field.name}.${suggestion}` } : {}) };
    }
    return { ok: true, resolved: { field, arg: suffix } };
  }
  return unknownField(name, source);
}

function unknownField(name: string, source: string): FieldCheck {
  const elsewhere = sourcesOfField(name).filter((s) => s !== source);
  const suggestion = nearestField(name, [source]);
  const where = elsewhere.length > 0 ? ` (it is a field of the ${elsewhere.join(', ')} source${elsewhere.length > 1 ? 's' : ''}, not of ${source})` : '';
  return {
    ok: false,
    message: `${name} is not a Falco field of the ${source} source${where}`,
    ...(suggestion ? { suggestion } : {}),
  };
}

/**
 * Checks a field against several sources at once (a macro used by rules of several sources, or by
 * none we can see): valid when `every` source has it, or when `any` does.
 */
export function checkFieldIn(name: string, bracketArg: string | undefined, sources: readonly string[], mode: 'every' | 'any'): FieldCheck {
  const results = sources.map((source) => ({ source, result: checkField(name, bracketArg, source) }));
  if (mode === 'every') return results.find((r) => !r.result.ok)?.result ?? results[0]?.result ?? { ok: false, message: `${name} is not a Falco field` };
  const ok = results.find((r) => r.result.ok);
  if (ok) return ok.result;
  // A source that has the field but not with this argument says more than "no such field".
  const known = results.find((r) => fieldsOf(r.source).has(name) || dotSuffixOf(r.source).some((f) => name.startsWith(f.name + '.')));
  if (known) return known.result;
  const suggestion = nearestField(name, sources);
  return { ok: false, message: `${name} is not a Falco field of any event source`, ...(suggestion ? { suggestion } : {}) };
}

export type TypeGroup = 'numeric' | 'bool' | 'string' | 'buffer' | 'ip_or_net' | 'list_fields';

const groupOfType = memo(() => {
  const map = new Map<string, TypeGroup>();
  for (const [group, types] of Object.entries(catalog.rulesSyntax().typeGroups)) for (const t of types) map.set(t, group as TypeGroup);
  return map;
});

/** The operator-compatibility group of a field (libs filter_compare.cpp), or undefined when unknown (DYNAMIC). */
export function typeGroupOf(field: FalcoField): TypeGroup | undefined {
  if (field.list) return 'list_fields';
  return groupOfType().get(field.type);
}

const operatorsOfGroup = memo(() => {
  const map = new Map<TypeGroup, Set<string>>();
  for (const [group, ops] of Object.entries(catalog.rulesSyntax().operatorsByGroup)) map.set(group as TypeGroup, new Set(ops));
  return map;
});

export function operatorFits(group: TypeGroup, operator: string): boolean {
  return operatorsOfGroup().get(group)?.has(operator) ?? true;
}

export function operatorsFor(group: TypeGroup): string[] {
  return [...(operatorsOfGroup().get(group) ?? [])];
}
