import { editDistance } from '../../util/nearest.js';
import { adviseSysctl, lookupSysctl, type SysctlLookup } from '../system/sysctl-names.js';
import { fieldClasses, parseFieldReference, resolveField, suggestField, type FieldReference, type FieldVerdict } from './fields.js';
import { looksLikeFileOrHost, sysctlOfSpan } from './shapes.js';

/** What an inline span names, once the catalog has had its say. */
export type SpanName =
  | { kind: 'field'; ref: FieldReference; verdict: FieldVerdict }
  | { kind: 'sysctl'; name: string; lookup: SysctlLookup };

/**
 * Classes whose unknown names are reported even without a near real field: nothing else in a Falco report is
 * written `proc.something`. Other classes (`json.`, `thread.`, `github.`, `s3.` ...) share their spelling with
 * code (`json.dumps`, `thread.join`) and sites, so an unknown name there is reported only when it is one typo
 * from a field.
 */
const SURE_FIELD_CLASSES = new Set(['evt', 'proc', 'fd', 'fdlist', 'container', 'k8s', 'k8smeta', 'ka']);

/** Top-level names shared by a sysctl directory and a Falco field class. */
const SHARED_ROOTS = new Set(['user', 'fs']);

const cache = new Map<string, SpanName | undefined>();

/** Classifies a span as a Falco field or a sysctl reference; undefined when it is neither or the catalog cannot tell. */
export function nameOfSpan(text: string): SpanName | undefined {
  if (cache.has(text)) return cache.get(text);
  const result = classify(text);
  if (cache.size > 5000) cache.clear();
  cache.set(text, result);
  return result;
}

function classify(text: string): SpanName | undefined {
  const ref = parseFieldReference(text);
  const verdict = ref ? resolveField(ref) : undefined;
  if (ref && verdict?.ok) return { kind: 'field', ref, verdict };
  const sysctl = sysctlOfSpan(text);
  const lookup = sysctl ? lookupSysctl(sysctl) : undefined;
  if (sysctl && lookup && lookup.status !== 'unknown') return { kind: 'sysctl', name: sysctl, lookup };
  if (ref && verdict && !verdict.ok && verdict.reason !== 'unknown') return { kind: 'field', ref, verdict };
  if (looksLikeFileOrHost(ref?.name ?? sysctl ?? text)) return undefined;

  const root = (ref?.name ?? sysctl ?? '').split('.')[0] ?? '';
  if (sysctl && lookup && !SHARED_ROOTS.has(root)) return { kind: 'sysctl', name: sysctl, lookup };
  if (!ref || !verdict || !fieldClasses().has(root)) return undefined;
  if (!SHARED_ROOTS.has(root)) {
    if (SURE_FIELD_CLASSES.has(root) || (!verdict.ok && verdict.reason === 'unknown' && verdict.suggestion)) return { kind: 'field', ref, verdict };
    return undefined;
  }
  // `user.` and `fs.` are both: the catalog's invented-sysctl list, then the directory below the root, decide.
  if (sysctl && lookup?.status === 'unknown' && lookup.invented) return { kind: 'sysctl', name: sysctl, lookup };
  const fieldSide = suggestField(ref.name);
  const sysctlSide = sysctl ? adviseSysctl(sysctl).suggestion : undefined;
  if (fieldSide && sysctlSide) {
    return editDistance(ref.name, fieldSide) <= editDistance(ref.name, sysctlSide) ? { kind: 'field', ref, verdict } : sysctlName(sysctl!, lookup!);
  }
  if (fieldSide) return { kind: 'field', ref, verdict };
  if (sysctlSide) return sysctlName(sysctl!, lookup!);
  const branch = ref.name.split('.').slice(0, 2).join('.');
  if (sysctl && lookup && lookupSysctl(branch).status === 'dir') return { kind: 'sysctl', name: sysctl, lookup };
  return undefined;
}

function sysctlName(name: string, lookup: SysctlLookup): SpanName {
  return { kind: 'sysctl', name, lookup };
}
