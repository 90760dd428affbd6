import { isAlias, isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import { nearest } from '../../util/nearest.js';
import { existsIn } from '../../util/version.js';
import { containerPluginKeySpace, falcoKeySpace, joinPath, splitPath, type KeyInfo, type KeySpace } from './keys.js';
import { problem, type ConfigCode, type ConfigProblem } from './problem.js';
import { isNullScalar, isOpaqueValue, scalarFits } from './scalars.js';
import { keyStatus, siblingsIn, type KeyStatus } from './status.js';

/** Where a node sits, from its start offset in the parsed text. */
export type Locate = (offset: number) => { line: number; column: number };

export interface WalkContext {
  /** The Falco release the text is checked against. */
  version: string;
  locate: Locate;
  report: (problem: ConfigProblem) => void;
  /** Called with every key path the walker classifies (for coverage figures). */
  onKey?: (path: string) => void;
}

/**
 * Keys whose values Falco compares case-insensitively: the catalog's notes (config-keys.json) say
 * `priority` goes through falco_common::parse_priority (strcasecmp) and `rule_matching` likewise.
 */
const CASE_INSENSITIVE = new Set(['priority', 'rule_matching']);

export function displayPath(space: KeySpace, path: string): string {
  return space.root === '' ? path : `${space.root}.${path}`;
}

function at(ctx: WalkContext, node: Node | null | undefined): { line: number; column: number } {
  return ctx.locate(node?.range?.[0] ?? 0);
}

function report(ctx: WalkContext, code: ConfigCode, node: Node | null | undefined, message: string, suggestion?: string): void {
  const { line, column } = at(ctx, node);
  ctx.report(problem(code, line, column, message, suggestion));
}

function listKeys(names: readonly string[]): string {
  return names.length <= 12 ? names.join(', ') : `${names.slice(0, 12).join(', ')}, ...`;
}

/** A replacement the catalog names is offered as a suggestion only when it is itself a key path. */
function replacementKey(space: KeySpace, replacement: string | undefined): string | undefined {
  const first = replacement?.split(/\s/)[0];
  if (!first) return undefined;
  return space.keys.has(first) || first.startsWith('plugins[name=') ? first : undefined;
}

/** Reports a key that is not a key of this release; true when the walk may go on into its value. */
export function reportKeyStatus(ctx: WalkContext, space: KeySpace, path: string, status: KeyStatus, node: Node | null | undefined, unknownCode: ConfigCode): boolean {
  const shown = displayPath(space, path);
  switch (status.kind) {
    case 'ok':
      if (status.deprecated) {
        const d = status.deprecated;
        report(ctx, 'FR956', node, `${shown} is deprecated (dropped from the shipped falco.yaml in ${d.removedIn}); Falco ${ctx.version} still reads it, use ${d.replacement} instead`, replacementKey(space, d.replacement));
      }
      return true;
    case 'too-new':
      report(ctx, unknownCode, node, `${shown} is not in Falco ${ctx.version}: it first appears in ${status.since}`);
      return false;
    case 'removed': {
      const r = status.removed;
      const ignored = status.ignoredBy ? `; Falco ${status.ignoredBy}'s schema still lists it but Falco ignores it` : '';
      const instead = r.replacement ? `; use ${r.replacement}` : '';
      report(ctx, 'FR953', node, `${shown} was removed in Falco ${r.removedIn} (last in ${r.lastSeen})${ignored}${instead}`, replacementKey(space, r.replacement));
      return false;
    }
    case 'unknown': {
      const { parent } = splitPath(path);
      const siblings = parent === '' ? [] : siblingsIn(space, parent, ctx.version);
      const has = siblings.length > 0 ? ` (${displayPath(space, parent)} has: ${listKeys(siblings)})` : '';
      const what = space.root === '' ? `a falco.yaml key in Falco ${ctx.version}` : `a key ${space.describes} reads in its init_config`;
      const message = status.ignoredBy ? `${shown} is in Falco ${status.ignoredBy}'s config schema but Falco never reads it` : `${shown} is not ${what}${has}`;
      report(ctx, unknownCode, node, message, status.suggestion ? displayPath(space, status.suggestion) : undefined);
      return false;
    }
  }
}

function kindOf(node: unknown): string {
  if (isMap(node)) return 'a map';
  if (isSeq(node)) return 'a list';
  return 'a single value';
}

function expected(space: KeySpace, info: KeyInfo): string {
  const words = info.types
    .filter((t) => t !== 'null')
    .map((t) => {
      if (t === 'object') return info.children.length > 0 ? `a map (keys: ${listKeys(info.children.filter((c) => !space.keys.get(joinPath(info.path, c))?.ignored))})` : 'a map';
      if (t === 'array') return 'a list';
      if (t === 'boolean') return 'a boolean (true or false)';
      if (t === 'integer') return 'an integer';
      if (t === 'number') return 'a number';
      return 'a string';
    });
  return words.join(' or ');
}

function wrongType(ctx: WalkContext, space: KeySpace, info: KeyInfo, node: Node, got: string): void {
  report(ctx, 'FR951', node, `${displayPath(space, info.path)} takes ${expected(space, info)}; ${got}`);
}

/** The nearest allowed value, or the one allowed value the text abbreviates (`warn` → `warning`). */
function suggestValue(text: string, values: readonly string[]): string | undefined {
  const lower = text.toLowerCase();
  const near = nearest(lower, values);
  if (near) return near;
  const prefixed = values.filter((v) => lower.length >= 3 && v.startsWith(lower));
  return prefixed.length === 1 ? prefixed[0] : undefined;
}

/**
 * `engine.kind` names an engine whose section sits beside it (`engine.kmod`, ...); a kind the catalog
 * lists as removed (`engine.ebpf`, `engine.gvisor`) is valid in the releases that still had that section.
 */
function engineKindStatus(space: KeySpace, value: string, version: string): { ok: boolean; removed?: { removedIn: string; lastSeen: string; instead?: string } } {
  const removed = space.removed.get(`engine.${value}`);
  if (!removed) return { ok: false };
  if (existsIn(version, removed.since, removed.removedIn)) return { ok: true };
  const instead = removed.replacement?.startsWith('engine.') ? splitPath(removed.replacement.split(/\s/)[0]!).step : undefined;
  return { ok: false, removed: { removedIn: removed.removedIn, lastSeen: removed.lastSeen, ...(instead ? { instead } : {}) } };
}

function checkEnum(ctx: WalkContext, space: KeySpace, info: KeyInfo, node: Node, text: string): void {
  const values = (info.values ?? []).map(String);
  if (values.length === 0) return;
  const insensitive = space.root === '' && CASE_INSENSITIVE.has(info.path);
  const matches = insensitive ? values.some((v) => v.toLowerCase() === text.toLowerCase()) : values.includes(text);
  if (matches) return;
  const shown = displayPath(space, info.path);
  const valid = `valid: ${values.join(', ')}${insensitive ? ', in any case' : ''}`;
  if (space.root === '' && info.path === 'engine.kind') {
    const kind = engineKindStatus(space, text, ctx.version);
    if (kind.ok) return;
    if (kind.removed) {
      const r = kind.removed;
      report(ctx, 'FR952', node, `${shown} "${text}" is not valid in Falco ${ctx.version} (${valid}): the ${text} engine was removed in ${r.removedIn} (last in ${r.lastSeen})`, r.instead);
      return;
    }
  }
  report(ctx, 'FR952', node, `${shown} "${text}" is not a value Falco ${ctx.version} accepts (${valid})`, suggestValue(text, values));
}

function checkScalar(ctx: WalkContext, space: KeySpace, info: KeyInfo, node: Node): void {
  if (!isScalar(node)) return;
  const text = String(node.value ?? '');
  if (isNullScalar(text, node.type === 'PLAIN' || node.type === undefined)) return;
  if (isOpaqueValue(text)) return;
  const scalarTypes = info.types.filter((t) => t === 'string' || t === 'integer' || t === 'boolean' || t === 'number');
  if (scalarTypes.some((t) => scalarFits(t, text))) {
    checkEnum(ctx, space, info, node, text);
    return;
  }
  if (info.types.includes('array')) {
    // Falco reads a single value where it expects a list of values as a one-item list (get_sequence).
    const item = space.keys.get(`${info.path}[]`);
    if (!item) return;
    if (!item.types.includes('object')) checkScalar(ctx, space, item, node);
    else wrongType(ctx, space, info, node, `got ${kindOf(node)}`);
    return;
  }
  const got = scalarTypes.length > 0 ? `Falco cannot read "${text}" as one and falls back to the default` : `got ${kindOf(node)} ("${text}")`;
  wrongType(ctx, space, info, node, got);
}

/** The plugin a `plugins[]` entry configures, when it is the container plugin the catalog describes. */
function pluginSpaceFor(entry: YAMLMap): KeySpace | undefined {
  const name = entry.get('name', true);
  const space = containerPluginKeySpace();
  return isScalar(name) && String(name.value) === space.plugin ? space : undefined;
}

/** Checks a value against its catalog entry, then walks into maps and lists. */
export function checkValue(ctx: WalkContext, space: KeySpace, info: KeyInfo | undefined, node: unknown): void {
  if (!info || node === null || node === undefined || isAlias(node)) return;
  const n = node as Node;
  if (isMap(node)) {
    if (!info.types.includes('object')) return wrongType(ctx, space, info, n, `got ${kindOf(node)}`);
    if (info.children.length > 0) checkEntries(ctx, space, info.path, node);
    if (space === falcoKeySpace() && info.path === 'plugins[]') {
      const pluginSpace = pluginSpaceFor(node);
      const init = node.get('init_config', true);
      if (pluginSpace && isMap(init)) checkEntries(ctx, pluginSpace, '', init);
    }
    return;
  }
  if (isSeq(node)) {
    if (!info.types.includes('array')) return wrongType(ctx, space, info, n, `got ${kindOf(node)}`);
    const item = space.keys.get(`${info.path}[]`);
    for (const child of node.items) checkValue(ctx, space, item, child);
    return;
  }
  checkScalar(ctx, space, info, n);
}

/** Checks every key of a map against the key space, then each value. */
export function checkEntries(ctx: WalkContext, space: KeySpace, parent: string, map: YAMLMap): void {
  for (const pair of map.items as Array<Pair<unknown, unknown>>) {
    const key = pair.key;
    if (!isScalar(key)) continue;
    const name = String(key.value ?? '');
    // `<<` merges another map in; its keys are checked where that map is written.
    if (name === '<<' || isOpaqueValue(name)) continue;
    const path = joinPath(parent, name);
    ctx.onKey?.(displayPath(space, path));
    const status = keyStatus(space, path, ctx.version);
    if (reportKeyStatus(ctx, space, path, status, key, 'FR950') && status.kind === 'ok') checkValue(ctx, space, status.info, pair.value);
  }
}
