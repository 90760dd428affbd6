import { catalog } from '../../catalog/index.js';
import type { RemovedConfigKey } from '../../catalog/types.js';
import { nearest } from '../../util/nearest.js';
import { compareVersions, existsIn } from '../../util/version.js';
import { falcoKeySpace, joinPath, pathsEndingWith, splitPath, type KeyInfo, type KeySpace } from './keys.js';

/** What a key path is in a given Falco release. */
export type KeyStatus =
  /** A key Falco reads; `info` is absent for keys known only from the removed list (older releases). */
  | { kind: 'ok'; info?: KeyInfo; deprecated?: RemovedConfigKey }
  | { kind: 'unknown'; suggestion?: string; ignoredBy?: string }
  | { kind: 'too-new'; since: string }
  | { kind: 'removed'; removed: RemovedConfigKey; ignoredBy?: string };

export function catalogFalcoVersion(): string {
  return catalog.meta().falco;
}

/** Removed keys are versioned against Falco releases; plugin key spaces are not versioned here. */
function isFalcoSpace(space: KeySpace): boolean {
  return space === falcoKeySpace();
}

/** Sibling names a key at `parent` could have meant, in this release. */
export function siblingsIn(space: KeySpace, parent: string, version: string): string[] {
  const names = new Set<string>();
  const infoParent = parent === '' ? undefined : space.keys.get(parent);
  for (const name of parent === '' ? space.topLevel : (infoParent?.children ?? [])) {
    const info = space.keys.get(joinPath(parent, name));
    if (info && !info.ignored && (!isFalcoSpace(space) || existsIn(version, info.since, undefined))) names.add(name);
  }
  if (isFalcoSpace(space)) {
    for (const removed of space.removed.values()) {
      const { parent: p, step } = splitPath(removed.path);
      if (p === parent && existsIn(version, removed.since, removed.removedIn)) names.add(step);
    }
  }
  return [...names];
}

/** The nearest real key for a mistyped one: a sibling first, else the one key elsewhere with that exact name. */
function suggestKey(space: KeySpace, parent: string, name: string, version: string): string | undefined {
  const sibling = nearest(name, siblingsIn(space, parent, version));
  if (sibling) return joinPath(parent, sibling);
  const elsewhere = pathsEndingWith(space, name).filter((p) => {
    const info = space.keys.get(p);
    return !isFalcoSpace(space) || existsIn(version, info?.since, undefined);
  });
  return elsewhere.length === 1 ? elsewhere[0] : undefined;
}

/**
 * Classifies one key path against the catalog for `version`: current keys pass unless newer than
 * the release; removed keys pass in the releases that had them (catalog `since`/`removedIn`).
 */
export function keyStatus(space: KeySpace, path: string, version: string): KeyStatus {
  const info = space.keys.get(path);
  const removed = space.removed.get(path);
  const { parent, step } = splitPath(path);
  const versioned = isFalcoSpace(space);
  if (info && !info.ignored) {
    if (versioned && info.since && !existsIn(version, info.since, undefined)) return { kind: 'too-new', since: info.since };
    // A key both current and removed is one Falco still reads: a deprecated alias when the catalog names a replacement.
    const deprecated = removed?.replacement && versioned && compareVersions(version, removed.removedIn) >= 0 ? removed : undefined;
    return { kind: 'ok', info, ...(deprecated ? { deprecated } : {}) };
  }
  const ignoredBy = info?.ignored ? catalogFalcoVersion() : undefined;
  if (removed && versioned) {
    if (existsIn(version, removed.since, removed.removedIn)) return { kind: 'ok', ...(info ? { info } : {}) };
    if (removed.since && !removed.since.startsWith('<=') && compareVersions(version, removed.since) < 0) return { kind: 'too-new', since: removed.since };
    return { kind: 'removed', removed, ...(ignoredBy ? { ignoredBy } : {}) };
  }
  const suggestion = step === '[]' ? undefined : suggestKey(space, parent, step, version);
  return { kind: 'unknown', ...(suggestion && suggestion !== path ? { suggestion } : {}), ...(ignoredBy ? { ignoredBy } : {}) };
}
