import type { FalcoAlert } from '../../alerts/schema.js';
import { identifiersIn, type Kind } from './kinds.js';
import { parseIso } from './timestamps.js';

/** One value the alert carries, under the name a report would use for it. */
export interface AlertValue {
  /** An output_fields key (`proc.aname[2]`), a key=value key of the output text (`gparent`), or a top-level key. */
  field: string;
  value: string;
}

/** Everything the grounding checks ask of one alert, computed once per alert object. */
export interface AlertIndex {
  alert: FalcoAlert;
  values: AlertValue[];
  /** Exact value text → fields holding it. */
  fieldsByValue: Map<string, string[]>;
  /** Field → its value text. */
  valueByField: Map<string, string>;
  /** Identifier-shaped values found anywhere in the alert (output text included), by kind, with the field they came from. */
  byKind: Map<Kind, Map<string, string>>;
  /** Instants (ns since the epoch) → fields; from `time` and every 19-digit value. */
  instants: Map<bigint, string[]>;
  /** Integers beyond 2^53 that reached us as JS numbers (rounded): only equality as a double can be checked. */
  roundedNumbers: Array<{ field: string; value: number }>;
  /** Every string of the alert, newline-joined, for boundary-aware search. */
  haystack: string;
  /** The clock Falco printed before the output (`18:26:49.455310091`), in the Falco host's zone. */
  outputClock?: string;
}

const cache = new WeakMap<FalcoAlert, AlertIndex>();

export function indexAlert(alert: FalcoAlert): AlertIndex {
  let index = cache.get(alert);
  if (!index) {
    index = build(alert);
    cache.set(alert, index);
  }
  return index;
}

function build(alert: FalcoAlert): AlertIndex {
  const values: AlertValue[] = [];
  const roundedNumbers: AlertIndex['roundedNumbers'] = [];
  const add = (field: string, raw: unknown) => {
    if (raw === null || raw === undefined) return;
    if (typeof raw === 'number' && Number.isInteger(raw) && !Number.isSafeInteger(raw)) {
      roundedNumbers.push({ field, value: raw });
      return;
    }
    values.push({ field, value: String(raw) });
  };
  add('time', alert.time);
  add('rule', alert.rule);
  add('priority', alert.priority);
  add('hostname', alert.hostname);
  add('source', alert.source);
  add('uuid', alert.uuid);
  for (const tag of alert.tags ?? []) add('tags', tag);
  for (const [field, value] of Object.entries(alert.output_fields)) {
    if (Array.isArray(value)) value.forEach((v) => add(field, v));
    else add(field, value);
  }
  const body = outputBody(alert.output ?? alert.message ?? '');
  for (const pair of outputPairs(body.text)) add(pair.field, pair.value);

  const fieldsByValue = new Map<string, string[]>();
  const valueByField = new Map<string, string>();
  for (const { field, value } of values) {
    fieldsByValue.set(value, [...(fieldsByValue.get(value) ?? []), field]);
    if (!valueByField.has(field)) valueByField.set(field, value);
  }

  const strings = [...values.map((v) => v.value), alert.output ?? '', alert.message ?? ''];
  const byKind = new Map<Kind, Map<string, string>>();
  const note = (kind: Kind, text: string, field: string) => {
    let map = byKind.get(kind);
    if (!map) byKind.set(kind, (map = new Map()));
    if (!map.has(text)) map.set(text, field);
  };
  for (const { field, value } of values) for (const f of identifiersIn(value)) note(f.kind, f.text, field);
  for (const f of identifiersIn(alert.output ?? '')) note(f.kind, f.text, 'output');

  const instants = new Map<bigint, string[]>();
  const instant = (ns: bigint, field: string) => instants.set(ns, [...(instants.get(ns) ?? []), field]);
  const time = parseIso(alert.time);
  if (time) instant(time.ns, 'time');
  for (const { field, value } of values) if (/^\d{19}$/.test(value)) instant(BigInt(value), field);
  for (const { field, value } of roundedNumbers) if (value >= 1e18 && value < 1e19) instant(BigInt(value), field);

  return {
    alert,
    values,
    fieldsByValue,
    valueByField,
    byKind,
    instants,
    roundedNumbers,
    haystack: strings.join('\n'),
    ...(body.clock ? { outputClock: body.clock } : {}),
  };
}

/** `18:26:49.455310091: Critical Executing binary ... | k=v ...` → the clock and the rendered rule output. */
function outputBody(output: string): { clock?: string; text: string } {
  const m = /^(\d{2}:\d{2}:\d{2}\.\d+|\d{4}-\d{2}-\d{2}T\S+):\s+\S+\s+([\s\S]*)$/.exec(output);
  if (!m) return { text: output };
  // With time_format_iso_8601 the prefix is a full date-time, which the `time` key already gives.
  return m[1]!.includes('T') ? { text: m[2]! } : { clock: m[1]!, text: m[2]! };
}

/**
 * The `key=value` pairs of a rendered output (`gparent=containerd-shim`, `command=cat /etc/shadow`): a value runs
 * until the next `key=` word, so values with spaces stay whole. A closing `)` that ends the output is not a value's.
 */
function outputPairs(text: string): AlertValue[] {
  const pairs: AlertValue[] = [];
  const words = text.replace(/\)\s*$/, '').split(/\s+/);
  let current: AlertValue | undefined;
  for (const word of words) {
    const m = /^\(?([A-Za-z_][\w.[\]-]*)=(.*)$/.exec(word);
    if (m) {
      if (current) pairs.push(current);
      current = { field: m[1]!, value: m[2]! };
    } else if (current && word !== '') {
      current.value += ` ${word}`;
    }
  }
  if (current) pairs.push(current);
  return pairs.filter((p) => p.value !== '' && p.value !== '<NA>');
}

const WORD_CHAR = /[A-Za-z0-9_]/;

/** True when `text` occurs in the alert as a whole token (not as part of a longer word or number). */
export function occursInAlert(index: AlertIndex, text: string): boolean {
  const hay = index.haystack;
  for (let at = hay.indexOf(text); at !== -1; at = hay.indexOf(text, at + 1)) {
    const before = hay[at - 1];
    const after = hay[at + text.length];
    if ((before === undefined || !WORD_CHAR.test(before) || !WORD_CHAR.test(text[0]!)) && (after === undefined || !WORD_CHAR.test(after) || !WORD_CHAR.test(text.at(-1)!))) return true;
  }
  return false;
}
