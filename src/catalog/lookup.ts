import { memo } from '../util/memo.js';
import { catalog } from './index.js';
import type { FalcoField, PathEntry, ToolSpec } from './types.js';

const fieldMaps = memo(() => {
  const bySource = new Map<string, Map<string, FalcoField>>();
  for (const [source, fields] of Object.entries(catalog.falcoFields().sources)) {
    bySource.set(source, new Map(fields.map((f) => [f.name, f])));
  }
  return bySource;
});

/** Fields of one event source by name; an unknown source has none. */
export function fieldsOf(source: string): Map<string, FalcoField> {
  return fieldMaps().get(source) ?? new Map();
}

export const allFieldNames = memo(() => new Set([...fieldMaps().values()].flatMap((m) => [...m.keys()])));

/** Sources that define a field of this name. */
export function sourcesOfField(name: string): string[] {
  return [...fieldMaps()].filter(([, m]) => m.has(name)).map(([s]) => s);
}

const toolMap = memo(() => {
  const map = new Map<string, ToolSpec>();
  for (const spec of Object.values(catalog.tools())) {
    for (const binary of spec.binaries) map.set(binary, spec);
  }
  return map;
});

/** The CLI spec of a program by the name it is run as (`docker`, `sha256sum`, `/usr/bin/docker`). */
export function toolByBinary(name: string): ToolSpec | undefined {
  return toolMap().get(name.slice(name.lastIndexOf('/') + 1));
}

export const knownBinaries = memo(() => [...toolMap().keys()]);

const pathMap = memo(() => new Map<string, PathEntry>(catalog.paths().entries.map((e) => [e.path.replace(/\/$/, ''), e])));

/** The catalog entry of a well-known path (with or without a trailing slash). */
export function pathEntry(path: string): PathEntry | undefined {
  return pathMap().get(path.replace(/\/$/, ''));
}

export const mitreIds = memo(() => {
  const m = catalog.mitre();
  return new Map([...m.tactics, ...m.techniques].map((e) => [e.id, e]));
});

export const defaultRuleNames = memo(() => new Map(catalog.defaultRules().rules.map((r) => [r.name, r])));
export const defaultMacroNames = memo(() => new Set(catalog.defaultRules().macros));
export const defaultListNames = memo(() => new Set(catalog.defaultRules().lists));
