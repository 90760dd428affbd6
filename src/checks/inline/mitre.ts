import { catalog } from '../../catalog/index.js';
import { mitreIds } from '../../catalog/lookup.js';
import type { MitreEntry } from '../../catalog/types.js';

/** One ATT&CK id written in a report, with where it starts in its line. */
export interface MitreMention {
  id: string;
  index: number;
  /** Length of the text the id was read from (a URL form is longer than the id). */
  length: number;
}

const URL_FORM = /attack\.mitre\.org\/(?:techniques|tactics)\/(TA\d{4}|T\d{4})(?:\/(\d{3}))?/g;
const PLAIN_FORM = /(?<![\w/.-])(TA\d{4}|T\d{4}(?:\.\d{3})?)(?![\w]|\.\d)/g;

/** ATT&CK ids in a line, plain (`T1059.004`, `TA0003`, `T1562-impair-defenses`) or as attack.mitre.org URLs. */
export function mitreMentions(text: string): MitreMention[] {
  if (!/\bT/.test(text) && !text.includes('mitre')) return [];
  const found: MitreMention[] = [];
  let masked = text;
  for (const m of text.matchAll(URL_FORM)) {
    found.push({ id: m[2] ? `${m[1]}.${m[2]}` : m[1]!, index: m.index, length: m[0].length });
    masked = masked.slice(0, m.index) + ' '.repeat(m[0].length) + masked.slice(m.index + m[0].length);
  }
  for (const m of masked.matchAll(PLAIN_FORM)) found.push({ id: m[1]!, index: m.index, length: m[0].length });
  return found.sort((a, b) => a.index - b.index);
}

export type MitreStatus =
  | { status: 'active'; entry: MitreEntry }
  | { status: 'revoked' | 'deprecated'; entry: MitreEntry; replacement?: MitreEntry }
  | { status: 'other-domain' }
  | { status: 'invented'; parent?: MitreEntry };

let otherDomains: Set<string> | undefined;

export function mitreStatus(id: string): MitreStatus {
  const entry = mitreIds().get(id);
  if (entry?.revoked || entry?.deprecated) {
    const replacement = entry.revokedBy ? mitreIds().get(entry.revokedBy) : undefined;
    return { status: entry.revoked ? 'revoked' : 'deprecated', entry, ...(replacement ? { replacement } : {}) };
  }
  if (entry) return { status: 'active', entry };
  otherDomains ??= new Set(catalog.mitre().otherDomains);
  if (otherDomains.has(id)) return { status: 'other-domain' };
  const parent = id.includes('.') ? mitreIds().get(id.slice(0, id.indexOf('.'))) : undefined;
  return { status: 'invented', ...(parent ? { parent } : {}) };
}

export function attackVersion(): string {
  return catalog.mitre().version;
}

/** The technique an id belongs to (`T1059.004` → `T1059`); tactics are their own family. */
export function familyOf(id: string): string {
  return id.split('.')[0]!;
}

let activeByName: Map<string, string[]> | undefined;

/** Active ids by lower-cased name. Names are not unique (`DNS` is T1071.004 and T1590.002). */
export function activeIdsNamed(name: string): string[] {
  if (!activeByName) {
    activeByName = new Map();
    for (const e of mitreIds().values()) {
      if (e.revoked || e.deprecated) continue;
      const key = e.name.toLowerCase();
      activeByName.set(key, [...(activeByName.get(key) ?? []), e.id]);
    }
  }
  return activeByName.get(name.toLowerCase()) ?? [];
}
