import type { FalcoAlert } from '../alerts/schema.js';
import { catalog } from '../catalog/index.js';
import { defaultRuleNames, mitreIds } from '../catalog/lookup.js';
import type { DefaultRule, MitreEntry } from '../catalog/types.js';

/** Tags are short words; anything else in the tags array is not a tag and is not repeated to the model. */
const TAG = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/;

/** The upstream rule of this name and source, when the alert's rule is one of Falco's default rules. */
export function defaultRuleOf(alert: FalcoAlert): DefaultRule | undefined {
  const rule = defaultRuleNames().get(alert.rule);
  if (!rule) return undefined;
  const source = alert.source === 'syscalls' ? 'syscall' : alert.source;
  return source === undefined || rule.source === source ? rule : undefined;
}

/**
 * The rule's tags: the alert's own, or, when Falcosidekick dropped them, the upstream rule's. `from` says which,
 * so the prompt does not present catalog tags as the alert's.
 */
export function ruleTags(alert: FalcoAlert): { tags: string[]; from: 'alert' | 'catalog' | 'none' } {
  const own = (alert.tags ?? []).filter((t) => TAG.test(t));
  if (own.length > 0) return { tags: own, from: 'alert' };
  const upstream = defaultRuleOf(alert)?.tags ?? [];
  return upstream.length > 0 ? { tags: [...upstream].sort(), from: 'catalog' } : { tags: [], from: 'none' };
}

/** `T1059.004`, `TA0003`, and the id at the start of tags such as `T1562-impair-defenses`. */
const ID_IN_TAG = /^(TA\d{4}|T\d{4}(?:\.\d{3})?)(?:$|[-_])/;

/**
 * The ATT&CK ids a rule's tags name, each checked against the catalog: invented, revoked and deprecated ids are
 * left out, so a report never repeats an id ATT&CK does not have.
 */
export function mitreFromTags(tags: readonly string[]): MitreEntry[] {
  const out: MitreEntry[] = [];
  for (const tag of tags) {
    const id = ID_IN_TAG.exec(tag)?.[1];
    const entry = id ? mitreIds().get(id) : undefined;
    if (!entry || entry.revoked || entry.deprecated || out.some((e) => e.id === entry.id)) continue;
    out.push(entry);
  }
  return out;
}

/** `Command and Scripting Interpreter: Unix Shell` for a sub-technique, the plain name otherwise. */
export function mitreFullName(entry: MitreEntry): string {
  if (!entry.id.includes('.')) return entry.name;
  const parent = mitreIds().get(entry.id.slice(0, entry.id.indexOf('.')));
  return parent ? `${parent.name}: ${entry.name}` : entry.name;
}

/** Whether an id is a tactic (TA....) rather than a technique. */
export function isTactic(entry: MitreEntry): boolean {
  return entry.id.startsWith('TA');
}

/** Tactics named by `mitre_<tactic>` tags (`mitre_credential_access` → Credential Access). */
export function tacticsFromTags(tags: readonly string[]): MitreEntry[] {
  const byShortname = new Map(catalog.mitre().tactics.map((t) => [t.shortname ?? '', t]));
  const out: MitreEntry[] = [];
  for (const tag of tags) {
    const m = /^mitre_([a-z_]+)$/.exec(tag);
    const tactic = m ? byShortname.get(m[1]!.replace(/_/g, '-')) : undefined;
    if (tactic && !out.includes(tactic)) out.push(tactic);
  }
  return out;
}
