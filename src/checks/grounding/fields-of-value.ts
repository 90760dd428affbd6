import type { AlertIndex } from './alert-index.js';
import { parseIso, sameInstant } from './timestamps.js';

/** The alert fields (and output keys) whose value a quoted word is; empty when it is none of them. */
export function fieldsOfValue(index: AlertIndex, text: string): string[] {
  const exact = index.fieldsByValue.get(text) ?? [];
  if (/^\d{19}$/.test(text)) {
    const ns = BigInt(text);
    const byInstant = index.instants.get(ns) ?? index.roundedNumbers.filter((r) => r.value === Number(text)).map((r) => r.field);
    return unique([...exact, ...byInstant]);
  }
  const written = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}/.test(text) ? parseIso(text) : undefined;
  if (written && written.digits >= 6) {
    return unique([...exact, ...[...index.instants].filter(([ns]) => sameInstant(written, ns)).flatMap(([, f]) => f)]);
  }
  return exact;
}

/** True when the alert knows what `field` holds (a field whose value was rounded in transit is not known). */
export function knowsField(index: AlertIndex, field: string): boolean {
  return index.valueByField.has(field);
}

/** True when `field`'s value in the alert is the quoted word (timestamps compared as instants). */
export function holds(index: AlertIndex, field: string, text: string): boolean {
  return fieldsOfValue(index, text).includes(field);
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}
