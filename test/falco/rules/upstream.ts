import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The upstream rules files of Falco 0.44.1 (../shared/falco/upstream/rules), in a load order that works. */
export const UPSTREAM_DIR = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'falco', 'upstream', 'rules');

export const hasUpstream = existsSync(UPSTREAM_DIR);

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : /\.ya?ml$/.test(e.name) ? [join(dir, e.name)] : []));
}

/** falco_rules.yaml first (the others override it), k8saudit before k8saudit-gke (which appends to it). */
export function upstreamFiles(): Array<{ file: string; text: string }> {
  if (!hasUpstream) return [];
  const rank = (f: string) => (f === 'falco_rules.yaml' ? 0 : f.includes('k8saudit-gke') ? 2 : 1);
  return walk(UPSTREAM_DIR)
    .map((p) => relative(UPSTREAM_DIR, p))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((file) => ({ file, text: readFileSync(join(UPSTREAM_DIR, file), 'utf8') }));
}
