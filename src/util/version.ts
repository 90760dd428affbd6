/** Compares dotted release numbers (`0.41.0` < `0.44.1`); missing parts count as 0, `<=0.31.1` as 0.31.1. */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) => v.replace(/^[^\d]*/, '').split(/[.+-]/).map((p) => Number.parseInt(p, 10) || 0);
  const pa = parts(a);
  const pb = parts(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/** True when a feature that appeared in `since` and went away in `removedIn` exists in `version`. */
export function existsIn(version: string, since: string | undefined, removedIn: string | undefined): boolean {
  if (since && !since.startsWith('<=') && compareVersions(version, since) < 0) return false;
  if (removedIn && compareVersions(version, removedIn) >= 0) return false;
  return true;
}
