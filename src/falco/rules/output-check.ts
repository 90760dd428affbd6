import { fieldsOf } from '../../catalog/lookup.js';
import type { FieldRef } from '../condition/ast.js';
import { parseOutput } from '../condition/output.js';
import { checkField, sourceHasFields } from './fields.js';
import type { ConditionReport } from './condition-check.js';

/**
 * Falco 0.44.1 strips `%container.info` from outputs with a deprecation warning
 * (rule_loader_compiler.cpp s_container_info_fmt): not a field, but accepted.
 */
const STRIPPED = new Set(['container.info']);

/**
 * libs' formatter takes the longest *known* field name at a '%' and prints what follows as text,
 * so `%proc.names` is %proc.name then "s". A token is fine when a field that needs no argument
 * is a prefix of it.
 */
function knownPrefix(name: string, source: string): boolean {
  for (const field of fieldsOf(source).values()) {
    if (field.arg !== 'required' && name.startsWith(field.name) && name.length > field.name.length) return true;
  }
  return false;
}

function checkOutputField(ref: FieldRef, source: string, report: ConditionReport): void {
  if (STRIPPED.has(ref.name) && !ref.arg) return;
  const result = checkField(ref.name, ref.arg?.value, source);
  if (!result.ok) {
    if (!ref.arg && knownPrefix(ref.name, source)) return;
    report('FR911', ref.pos.offset, ref.pos.length, `%${ref.name}${ref.arg ? `[${ref.arg.raw}]` : ''} in the output: ${result.message}`, result.suggestion && `%${result.suggestion}`);
    return;
  }
  const field = result.resolved.field;
  if (field.flags?.includes('filter_only')) report('FR911', ref.pos.offset, ref.pos.length, `%${field.name} can only be used in conditions, not in outputs`);
}

/** Every `%field` must exist for the rule's source; syntax errors and `{{...}}` templates are reported too. */
export function checkOutput(output: string, source: string | undefined, report: ConditionReport): void {
  const parsed = parseOutput(output);
  if (!parsed.ok) {
    for (const error of parsed.errors) {
      report('FR911', error.offset, Math.max(1, error.length), error.message, error.hint?.replacement);
    }
  }
  if (!source || !sourceHasFields(source)) return;
  for (const ref of parsed.refs) for (const field of ref.fields) checkOutputField(field, source, report);
}
