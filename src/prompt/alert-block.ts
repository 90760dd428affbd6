import type { FalcoAlert, OutputFieldValue } from '../alerts/schema.js';
import { fenceUntrusted, type Fenced } from './fence.js';

export const ALERT_LABEL = 'UNTRUSTED ALERT DATA';

/**
 * One value on one line. Plain text stays as it is so the model can copy it exactly; text that would break the
 * one-line layout (line breaks, leading or trailing spaces, an empty string) is written as a JSON string.
 */
export function formatValue(value: Exclude<OutputFieldValue, null>): string {
  if (Array.isArray(value)) return JSON.stringify(value);
  if (typeof value !== 'string') return String(value);
  if (value === '' || /[\u0000-\u001f\u007f\u2028\u2029]/.test(value) || value.trim() !== value || value.startsWith('"')) return JSON.stringify(value);
  return value;
}

/** The fields of an alert that hold a value (Falco writes null for a value it could not get). */
export function presentFields(alert: FalcoAlert): Array<[string, Exclude<OutputFieldValue, null>]> {
  return Object.entries(alert.output_fields).filter((entry): entry is [string, Exclude<OutputFieldValue, null>] => entry[1] !== null);
}

/**
 * The alert as compact `name = value` lines: the header keys, then only the output_fields the alert has. The
 * rendered output text repeats the fields, so it is included only when the alert carries no fields at all.
 */
export function alertLines(alert: FalcoAlert): string[] {
  const lines: string[] = [];
  const header: Array<[string, string | undefined]> = [
    ['rule', alert.rule],
    ['priority', alert.priority],
    ['source', alert.source],
    ['time', alert.time],
    ['hostname', alert.hostname],
  ];
  for (const [key, value] of header) if (value !== undefined) lines.push(`${key} = ${formatValue(value)}`);
  const fields = presentFields(alert);
  for (const [field, value] of fields) lines.push(`${formatValue(field)} = ${formatValue(value)}`);
  const missing = Object.entries(alert.output_fields).filter(([, v]) => v === null).map(([f]) => formatValue(f));
  if (missing.length > 0) lines.push(`(no value: ${missing.join(', ')})`);
  if (fields.length === 0) {
    const text = alert.output ?? alert.message;
    if (text !== undefined) lines.push(`output = ${formatValue(text)}`);
  }
  return lines;
}

/** The alert lines inside the untrusted-data fence. */
export function alertBlock(alert: FalcoAlert): Fenced {
  return fenceUntrusted(alertLines(alert).join('\n'), ALERT_LABEL);
}
