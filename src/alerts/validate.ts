import type { core } from 'zod';
import { FalcoAlertSchema, PRIORITIES, type FalcoAlert } from './schema.js';

/** One reason a JSON value is not a Falco alert, addressed by a JSONPath-like path ("$.output_fields.x"). */
export interface AlertIssue {
  path: string;
  message: string;
}

export type AlertValidation = { ok: true; alert: FalcoAlert } | { ok: false; issues: AlertIssue[] };

/** Checks a parsed JSON value against the alert schema and explains every failure in terms of the input. */
export function validateAlert(value: unknown): AlertValidation {
  const result = FalcoAlertSchema.safeParse(value);
  if (result.success) return { ok: true, alert: result.data };
  if (!isPlainObject(value)) {
    return { ok: false, issues: [{ path: '$', message: `expected an alert object, got ${describeValue(value)}` }] };
  }
  return { ok: false, issues: result.error.issues.map((issue) => explainIssue(issue, value)) };
}

/** "$.rule: missing; $.output_fields: expected an object, got a string" (at most `limit` issues). */
export function formatIssues(issues: readonly AlertIssue[], limit = 5): string {
  const shown = issues.slice(0, limit).map((i) => `${i.path}: ${i.message}`);
  if (issues.length > limit) shown.push(`and ${issues.length - limit} more`);
  return shown.join('; ');
}

/** Renders a zod path as "$.a.b", "$.output_fields[\"proc.aname[2]\"]" or "$.tags[3]". */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

const EXPECTED_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'a boolean',
  array: 'an array',
  object: 'an object',
  record: 'an object',
  null: 'null',
};

function explainIssue(issue: core.$ZodIssue, root: unknown): AlertIssue {
  const path = issue.path;
  const actual = valueAt(root, path);
  const where = jsonPath(path);
  if (actual.missing) return { path: where, message: 'missing' };
  const got = describeValue(actual.value);
  switch (issue.code) {
    case 'invalid_type':
      return { path: where, message: `expected ${EXPECTED_NAMES[issue.expected] ?? issue.expected}, got ${got}` };
    case 'invalid_value':
      if (path.length === 1 && path[0] === 'priority') {
        return { path: where, message: `expected one of ${PRIORITIES.join(', ')}, got ${got}` };
      }
      return { path: where, message: `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${got}` };
    case 'too_small':
      if (issue.origin === 'string' && issue.minimum === 1) return { path: where, message: 'must not be empty' };
      return { path: where, message: issue.message };
    case 'invalid_union':
      return explainFieldValue(path, actual.value);
    default:
      return { path: where, message: issue.message };
  }
}

/** The only union in the schema is an output_fields value: a scalar or a flat list of scalars. */
function explainFieldValue(path: readonly PropertyKey[], value: unknown): AlertIssue {
  if (Array.isArray(value)) {
    const bad = value.findIndex((v) => v !== null && typeof v === 'object');
    if (bad >= 0) {
      return {
        path: jsonPath([...path, bad]),
        message: `expected a string, number, boolean or null, got ${describeValue(value[bad])}`,
      };
    }
  }
  return {
    path: jsonPath(path),
    message: `expected a string, number, boolean, null or an array of those, got ${describeValue(value)}`,
  };
}

function valueAt(root: unknown, path: readonly PropertyKey[]): { missing: boolean; value: unknown } {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !Object.prototype.hasOwnProperty.call(current, key)) {
      return { missing: true, value: undefined };
    }
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return { missing: false, value: current };
}

export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? `a string ("${value.slice(0, 37)}...")` : `a string (${JSON.stringify(value)})`;
    case 'number':
      return `a number (${value})`;
    case 'boolean':
      return `a boolean (${value})`;
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
