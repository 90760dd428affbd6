import { allFieldNames, fieldsOf } from '../../catalog/lookup.js';
import { catalog } from '../../catalog/index.js';
import type { FalcoField } from '../../catalog/types.js';
import { nearest } from '../../util/nearest.js';

/** A Falco field reference as written: `proc.name`, `proc.aname[2]`, `evt.arg.flags`, `%container.id`. */
export interface FieldReference {
  /** The reference without a leading `%`. */
  text: string;
  /** The part before any `[arg]`. */
  name: string;
  arg?: string;
}

const REFERENCE = /^%?([a-z][a-z0-9]*(?:\.[A-Za-z0-9_-]+)+)(?:\[([^\]]+)\])?$/;

export function parseFieldReference(text: string): FieldReference | undefined {
  const m = REFERENCE.exec(text.trim());
  if (!m) return undefined;
  return { text: text.trim().replace(/^%/, ''), name: m[1]!, ...(m[2] !== undefined ? { arg: m[2] } : {}) };
}

let fieldMap: Map<string, FalcoField> | undefined;
function anyField(name: string): FalcoField | undefined {
  if (!fieldMap) {
    fieldMap = new Map();
    for (const source of Object.keys(catalog.falcoFields().sources)) {
      for (const [n, f] of fieldsOf(source)) if (!fieldMap.has(n)) fieldMap.set(n, f);
    }
  }
  return fieldMap.get(name);
}

export type FieldVerdict =
  | { ok: true; field: FalcoField }
  | { ok: false; reason: 'unknown'; suggestion?: string }
  | { ok: false; reason: 'no-arg' | 'needs-arg'; field: FalcoField };

/**
 * Resolves a reference the way libsinsp does: an exact field name, a field with a `[arg]` when it takes one,
 * or a field with a `.arg` suffix when that is its argument form (`evt.arg.flags`, `evt.type.is.open`).
 */
export function resolveField(ref: FieldReference): FieldVerdict {
  const exact = anyField(ref.name);
  if (exact) {
    if (ref.arg !== undefined) {
      if (exact.arg === 'none' || !(exact.argForms ?? ['bracket']).includes('bracket')) return { ok: false, reason: 'no-arg', field: exact };
      return { ok: true, field: exact };
    }
    if (exact.arg === 'required') return { ok: false, reason: 'needs-arg', field: exact };
    return { ok: true, field: exact };
  }
  if (ref.arg === undefined) {
    // Longest known prefix that takes a dot-suffixed argument.
    const parts = ref.name.split('.');
    for (let i = parts.length - 1; i >= 2; i--) {
      const prefix = anyField(parts.slice(0, i).join('.'));
      if (prefix && prefix.arg !== 'none' && prefix.argForms?.includes('dot_suffix')) return { ok: true, field: prefix };
    }
  }
  const suggestion = suggestField(ref.name);
  return { ok: false, reason: 'unknown', ...(suggestion ? { suggestion } : {}) };
}

/**
 * The real field a wrong name most likely meant: the nearest spelling in its class, else the longest real field
 * it extends (`container.image_name` → `container.image`), else the shortest real field under it
 * (`k8s.pod` → `k8s.pod.name`, its `.name` first), else the nearest spelling anywhere.
 */
export function suggestField(name: string): string | undefined {
  const cls = name.slice(0, name.indexOf('.') + 1);
  const sameClass = [...allFieldNames()].filter((f) => f.startsWith(cls));
  const close = nearest(name, sameClass, Math.min(2, Math.floor(name.length / 4)));
  if (close) return close;
  const extended = sameClass.filter((f) => name.startsWith(f) && /[._]/.test(name[f.length] ?? '')).sort((a, b) => b.length - a.length)[0];
  // Prose that says `k8s.pod` means the pod's name more often than its uid.
  const children = sameClass.filter((f) => f.startsWith(`${name}.`)).sort((a, b) => a.length - b.length);
  const child = children.find((f) => f === `${name}.name`) ?? children[0];
  return extended ?? child ?? nearest(name, sameClass) ?? nearest(name, allFieldNames());
}

let classes: Set<string> | undefined;

/** Field classes (the part before the first dot) of every event source in the catalog. */
export function fieldClasses(): Set<string> {
  classes ??= new Set([...allFieldNames()].map((f) => f.slice(0, f.indexOf('.'))));
  return classes;
}
