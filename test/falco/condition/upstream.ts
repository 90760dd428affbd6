/** Loads every condition and output of the upstream Falco rules files (test helper). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

export const UPSTREAM_RULES_DIR = '/work/shared/falco/upstream/rules';

export interface UpstreamItem {
  file: string;
  kind: 'rule' | 'macro';
  name: string;
  text: string;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(e.name) ? [path] : [];
  });
}

function load(): { conditions: UpstreamItem[]; outputs: UpstreamItem[]; files: string[] } {
  const conditions: UpstreamItem[] = [];
  const outputs: UpstreamItem[] = [];
  const files = yamlFiles(UPSTREAM_RULES_DIR).sort();
  for (const path of files) {
    const file = relative(UPSTREAM_RULES_DIR, path);
    const doc: unknown = parse(readFileSync(path, 'utf8'));
    if (!Array.isArray(doc)) continue;
    for (const item of doc as Array<Record<string, unknown>>) {
      if (item === null || typeof item !== 'object') continue;
      const kind = typeof item.rule === 'string' ? 'rule' : typeof item.macro === 'string' ? 'macro' : undefined;
      if (!kind) continue;
      const name = String(item[kind]);
      if (typeof item.condition === 'string') conditions.push({ file, kind, name, text: item.condition });
      if (typeof item.output === 'string') outputs.push({ file, kind, name, text: item.output });
    }
  }
  return { conditions, outputs, files };
}

export const upstream = load();
