import type { Scalar } from 'yaml';
import { parseCondition } from '../condition/parser.js';
import { collectFacts } from './condition-facts.js';
import { scalarOffsetMap } from './scalar-map.js';
import type { ValidationState } from './state.js';
import { scalarText } from './yaml-util.js';

/**
 * Stands in for the condition an `override: {condition: append}` (or `append: true`) adds to.
 * Falco parses `<old condition> <new text>`; with the old text unknown (upstream) or checked on
 * its own, `<placeholder> <new text>` parses the same way, so `and ...`/`or ...` fragments work
 * and a fragment that does not start with and/or fails, as it does in Falco.
 */
const APPEND_BASE = 'falco_report_appended_condition';

export interface ConditionOwner {
  owner: 'rule' | 'macro';
  name: string;
  source?: string;
  appended: boolean;
}

/** Parses a condition scalar; syntax errors become FR907 at the right line and column. */
export function parseItemCondition(state: ValidationState, scalar: Scalar, who: ConditionOwner): void {
  const value = scalarText(scalar);
  const map = scalarOffsetMap(scalar, state.text);
  const prefix = who.appended ? `${APPEND_BASE} ` : '';
  const text = prefix + value;
  const at = (offset: number): number => map(Math.max(0, offset - prefix.length));
  const result = parseCondition(text);
  if (!result.ok) {
    const { error } = result;
    state.report('FR907', at(error.offset), `${who.owner} '${who.name}': ${error.message}`, error.hint?.replacement);
    return;
  }
  state.stats.conditions++;
  state.conditions.push({
    owner: who.owner,
    name: who.name,
    index: state.index,
    ...(who.source ? { source: who.source } : {}),
    text,
    ast: result.ast,
    facts: collectFacts(result.ast),
    at,
    ...(who.appended ? { placeholder: APPEND_BASE } : {}),
  });
}
