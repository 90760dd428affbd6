import type { CheckExpr, FieldRef, Modifier, TransformerExpr } from '../condition/ast.js';
import type { FalcoField } from '../../catalog/types.js';
import { compareVersions } from '../../util/version.js';
import { nearest } from '../../util/nearest.js';
import type { ConditionFacts } from './condition-facts.js';
import {
  checkField,
  checkFieldIn,
  isEventName,
  nearestEventName,
  operatorFits,
  operatorsFor,
  sourceHasFields,
  typeGroupOf,
  type FieldCheck,
  type TypeGroup,
} from './fields.js';
import type { RulesCode } from './problem.js';

/** Reports a problem at an offset (and length) inside the condition string. */
export type ConditionReport = (code: RulesCode, offset: number, length: number, message: string, suggestion?: string) => void;

/** What a condition may refer to where it is compiled. */
export interface ConditionScope {
  /**
   * Sources whose fields the condition is compiled against. `every`: a rule's source (or the one
   * source of every rule using a macro); `any`: a macro with no single known user, valid when a
   * field exists in any of them.
   */
  sources: readonly string[];
  mode: 'every' | 'any';
  /** Whether a bare identifier names a macro the condition can see. */
  isMacro(name: string): boolean;
  macroNames(): Iterable<string>;
  isList(name: string): boolean;
  listNames(): Iterable<string>;
  falcoVersion: string;
  /** A name the condition may use without it being a macro (the stand-in for an appended-to base). */
  placeholder?: string;
  /** Why a name the condition cannot see is still defined somewhere (a macro defined later). */
  whyInvisible?(name: string): string | undefined;
}

/** `<string op> oneof|anyof|allof` arrived with Falco 0.44.0 / libs 0.25 (rules-syntax operator notes). */
export const MODIFIERS_SINCE = '0.44.0';

export function checkMacroRefs(facts: ConditionFacts, scope: ConditionScope, report: ConditionReport): void {
  for (const id of facts.identifiers) {
    if (id.name === scope.placeholder || scope.isMacro(id.name)) continue;
    const invisible = scope.whyInvisible?.(id.name);
    const message = invisible
      ? `undefined macro '${id.name}': ${invisible}`
      : scope.isList(id.name)
        ? `'${id.name}' is a list, not a macro: use it after an operator, e.g. proc.name in (${id.name})`
        : `undefined macro '${id.name}': no macro of that name is defined in this file, before it, or in the upstream Falco rules`;
    report('FR909', id.pos.offset, id.pos.length, message, invisible ? undefined : nearest(id.name, scope.macroNames()));
  }
}

export function checkListRefs(facts: ConditionFacts, scope: ConditionScope, report: ConditionReport): void {
  for (const ref of facts.listRefs) {
    if (scope.isList(ref.name)) continue;
    report(
      'FR916',
      ref.pos.offset,
      ref.pos.length,
      `'${ref.name}' is not a list defined in this file or in the upstream Falco rules, so Falco compares against the literal string '${ref.name}'`,
      nearest(ref.name, scope.listNames()),
    );
  }
}

function resolve(ref: FieldRef, scope: ConditionScope): FieldCheck | undefined {
  const sources = scope.sources.filter(sourceHasFields);
  if (sources.length === 0 || sources.length < scope.sources.length) return undefined;
  const arg = ref.arg?.value;
  if (sources.length === 1) return checkField(ref.name, arg, sources[0]!);
  return checkFieldIn(ref.name, arg, sources, scope.mode);
}

/** Fields must exist for the source, with a valid argument, and be usable in conditions. */
export function checkFields(facts: ConditionFacts, scope: ConditionScope, report: ConditionReport): Map<FieldRef, FalcoField> {
  const resolved = new Map<FieldRef, FalcoField>();
  for (const ref of facts.fields) {
    const result = resolve(ref, scope);
    if (!result) continue;
    if (!result.ok) {
      report('FR908', ref.pos.offset, ref.pos.length, result.message, result.suggestion);
      continue;
    }
    const field = result.resolved.field;
    if (field.flags?.includes('output_only')) {
      report('FR908', ref.pos.offset, ref.pos.length, `${field.name} can only be used in outputs, not in conditions`);
      continue;
    }
    resolved.set(ref, field);
  }
  return resolved;
}

const OPERATOR_SUGGESTION: Partial<Record<TypeGroup, Record<string, string>>> = {
  list_fields: { '=': 'in', '!=': 'in', contains: 'intersects', startswith: 'in' },
  ip_or_net: { contains: 'in', startswith: 'in' },
};

const GROUP_WORDS: Record<TypeGroup, string> = {
  numeric: 'a number',
  bool: 'a boolean',
  string: 'a string',
  buffer: 'a byte buffer',
  ip_or_net: 'an IP address or network',
  list_fields: 'a list of values',
};

/** Why `operator` (with its modifier) cannot apply to `field`, or undefined when it can. */
export function operatorProblem(field: FalcoField, operator: string, modifier: Modifier | undefined): { message: string; suggestion?: string } | undefined {
  const group = typeGroupOf(field);
  if (!group) return undefined;
  const op = operator === '==' ? '=' : operator;
  if (!operatorFits(group, op)) {
    const suggestion = OPERATOR_SUGGESTION[group]?.[op];
    return {
      message: `'${operator}' does not apply to ${field.name} (${field.type}${field.list ? ' list' : ''}, ${GROUP_WORDS[group]}); it takes ${operatorsFor(group).join(', ')}`,
      ...(suggestion ? { suggestion } : {}),
    };
  }
  if (modifier && group === 'ip_or_net') return { message: `the '${modifier}' modifier does not apply to ${field.name} (an IP address or network field)` };
  return undefined;
}

function lhsGroupOfTransformer(t: TransformerExpr): TypeGroup | undefined {
  // len() yields a number whatever it measures; the other transformers keep or yield strings we do not model.
  return t.name === 'len' ? 'numeric' : undefined;
}

/** Operators must fit the field type; modifiers need Falco 0.44; evt.type values must be events. */
export function checkOperators(facts: ConditionFacts, resolved: Map<FieldRef, FalcoField>, scope: ConditionScope, text: string, report: ConditionReport): void {
  for (const check of facts.checks) {
    if (check.modifier && check.modifierPos && compareVersions(scope.falcoVersion, MODIFIERS_SINCE) < 0) {
      report(
        'FR914',
        check.modifierPos.offset,
        check.modifierPos.length,
        `the '${check.modifier}' operator modifier arrived in Falco ${MODIFIERS_SINCE}; Falco ${scope.falcoVersion} cannot parse it`,
      );
    }
    const written = text.slice(check.opPos.offset, check.opPos.offset + check.opPos.length).trim();
    checkGluedTilde(check, written, report);
    const lhs = check.lhs;
    if (lhs.kind === 'transformer') {
      const group = lhsGroupOfTransformer(lhs);
      if (group && !operatorFits(group, check.operator)) {
        report('FR910', check.opPos.offset, check.opPos.length, `'${written}' does not apply to len(...), which is a number; it takes ${operatorsFor(group).join(', ')}`);
      }
      checkTransformerArgs(lhs, resolved, report);
      continue;
    }
    const field = resolved.get(lhs);
    if (!field) continue;
    const problem = operatorProblem(field, written.split(/\s+/)[0] ?? check.operator, check.modifier);
    if (problem) report('FR910', check.opPos.offset, check.opPos.length, problem.message, problem.suggestion);
    else checkFieldToField(check, field, resolved, report);
    if (field.name === 'evt.type' && !lhs.arg) checkEventValues(check, scope, report);
  }
}

/**
 * `proc.name=~bash` parses in libs as `=` against the literal text "~bash" (a bare string may
 * start with '~'), so Falco loads it and the check never matches what the author meant: a regex.
 * Spaced out (`=~ bash`) it is a syntax error; glued, we report it the same way.
 */
function checkGluedTilde(check: CheckExpr, written: string, report: ConditionReport): void {
  const rhs = check.rhs;
  if ((written !== '=' && written !== '==' && written !== '!=') || rhs?.kind !== 'value' || rhs.form !== 'bare' || !rhs.raw.startsWith('~')) return;
  if (rhs.pos.offset !== check.opPos.offset + check.opPos.length) return;
  report(
    'FR907',
    check.opPos.offset,
    check.opPos.length + 1,
    `Falco has no '${written}~' operator: libs reads '${written}' and compares with the literal text '${rhs.raw}'; use 'regex' (RE2, matches the whole value) or 'glob' (shell wildcards)`,
    'regex',
  );
}

/** Fields flagged no_transformer cannot be wrapped by tolower() and friends (libs EPF_NO_TRANSFORMER). */
function checkTransformerArgs(t: TransformerExpr, resolved: Map<FieldRef, FalcoField>, report: ConditionReport): void {
  for (const arg of t.args) {
    if (arg.kind === 'transformer') checkTransformerArgs(arg, resolved, report);
    if (arg.kind !== 'field') continue;
    const field = resolved.get(arg);
    if (field?.flags?.includes('no_transformer')) report('FR910', arg.pos.offset, arg.pos.length, `${field.name} cannot be used inside ${t.name}()`);
  }
}

/** Fields flagged no_rhs cannot take part in a field-to-field comparison (libs EPF_NO_RHS). */
function checkFieldToField(check: CheckExpr, lhsField: FalcoField, resolved: Map<FieldRef, FalcoField>, report: ConditionReport): void {
  const rhs = check.rhs;
  if (rhs?.kind !== 'transformer') return;
  if (lhsField.flags?.includes('no_rhs')) {
    report('FR910', check.lhs.pos.offset, check.lhs.pos.length, `${lhsField.name} cannot be compared with another field`);
    return;
  }
  if (rhs.name !== 'val') {
    checkTransformerArgs(rhs, resolved, report);
    return;
  }
  for (const arg of rhs.args) {
    if (arg.kind !== 'field') continue;
    const field = resolved.get(arg);
    if (field?.flags?.includes('no_rhs')) report('FR910', arg.pos.offset, arg.pos.length, `${field.name} cannot be used in val(): it cannot be compared with another field`);
  }
}

function checkEventValues(check: CheckExpr, scope: ConditionScope, report: ConditionReport): void {
  if (!['=', '!=', 'in', 'intersects'].includes(check.operator)) return;
  const rhs = check.rhs;
  const values = rhs?.kind === 'value' ? [rhs] : rhs?.kind === 'list' ? rhs.items : [];
  for (const v of values) {
    if (v.form === 'number' || isEventName(v.value) || (v.form === 'bare' && scope.isList(v.value))) continue;
    report('FR917', v.pos.offset, v.pos.length, `'${v.value}' is not a Falco event type, so this evt.type comparison never matches`, nearestEventName(v.value));
  }
}
