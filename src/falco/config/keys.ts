import { catalog } from '../../catalog/index.js';
import type { RemovedConfigKey } from '../../catalog/types.js';
import { memo } from '../../util/memo.js';

/** A config key as the validator needs it: the catalog entry plus what its children are. */
export interface KeyInfo {
  /** Catalog path: dots between map keys, `[]` for list items (`plugins[].name`). */
  path: string;
  /** Accepted value kinds: string, integer, boolean, number, array, object, null. */
  types: readonly string[];
  values?: ReadonlyArray<string | number | boolean>;
  /** In Falco's JSON schema but not read by Falco (`rule_files`, `container_engines`). */
  ignored: boolean;
  since?: string;
  /** Also listed as removed: dropped from the shipped falco.yaml, or a deprecated alias Falco still reads. */
  removed?: RemovedConfigKey;
  /** Names of the child keys the catalog knows (empty for scalars and open maps). */
  children: readonly string[];
  /** True when the catalog has an entry for `<path>[]` (the list items are described). */
  hasItems: boolean;
}

/** One key space: the falco.yaml keys, or the keys of a plugin's init_config. */
export interface KeySpace {
  /** Where the space is rooted in falco.yaml, for messages (`''` or `plugins[name=container].init_config`). */
  root: string;
  /** Falco release the catalog describes, or the plugin name and version. */
  describes: string;
  keys: ReadonlyMap<string, KeyInfo>;
  /** Child names of the root. */
  topLevel: readonly string[];
  /** For a plugin's init_config: the plugin's name in `plugins[].name`. */
  plugin?: string;
  removed: ReadonlyMap<string, RemovedConfigKey>;
}

/** The parent path of a catalog path and the last step (`a.b[]` → `a.b`, `[]`). */
export function splitPath(path: string): { parent: string; step: string } {
  if (path.endsWith('[]')) return { parent: path.slice(0, -2), step: '[]' };
  const dot = path.lastIndexOf('.');
  return dot === -1 ? { parent: '', step: path } : { parent: path.slice(0, dot), step: path.slice(dot + 1) };
}

/** Joins a parent path and a map key or the list-item step. */
export function joinPath(parent: string, step: string): string {
  if (step === '[]') return `${parent}[]`;
  return parent === '' ? step : `${parent}.${step}`;
}

function buildSpace(
  root: string,
  describes: string,
  entries: ReadonlyArray<{ path: string; type: string | string[]; values?: Array<string | number | boolean>; ignored?: boolean; since?: string }>,
  removedList: readonly RemovedConfigKey[],
): KeySpace {
  const removed = new Map(removedList.map((r) => [r.path, r]));
  const children = new Map<string, string[]>();
  const items = new Set<string>();
  for (const entry of entries) {
    const { parent, step } = splitPath(entry.path);
    if (step === '[]') items.add(parent);
    else children.set(parent, [...(children.get(parent) ?? []), step]);
  }
  const keys = new Map<string, KeyInfo>();
  for (const entry of entries) {
    keys.set(entry.path, {
      path: entry.path,
      types: Array.isArray(entry.type) ? entry.type : [entry.type],
      ...(entry.values ? { values: entry.values } : {}),
      ignored: entry.ignored === true,
      ...(entry.since ? { since: entry.since } : {}),
      ...(removed.has(entry.path) ? { removed: removed.get(entry.path)! } : {}),
      children: children.get(entry.path) ?? [],
      hasItems: items.has(entry.path),
    });
  }
  return { root, describes, keys, topLevel: children.get('') ?? [], removed };
}

/** The falco.yaml keys of the catalog's Falco release (0.44.1), with the removed ones. */
export const falcoKeySpace = memo((): KeySpace => {
  const data = catalog.falcoConfig();
  return buildSpace('', `Falco ${data.falco}`, data.keys, data.removed);
});

/** The container plugin's init_config keys (the plugin Falco loads by default since 0.41). */
export const containerPluginKeySpace = memo((): KeySpace => {
  const plugin = catalog.falcoConfig().containerPlugin;
  return { ...buildSpace(`plugins[name=${plugin.plugin}].init_config`, `the ${plugin.plugin} plugin ${plugin.version}`, plugin.keys, []), plugin: plugin.plugin };
});

/** Every known path (current, ignored or removed) in a key space, for content detection and suggestions. */
export function isKnownPath(space: KeySpace, path: string): boolean {
  return space.keys.has(path) || space.removed.has(path);
}

/** Full paths of keys whose last step is `name`, for keys written at the wrong level (`url:` at the top). */
export function pathsEndingWith(space: KeySpace, name: string): string[] {
  return [...space.keys.values()].filter((k) => !k.ignored && splitPath(k.path).step === name && k.path.includes('.')).map((k) => k.path);
}
