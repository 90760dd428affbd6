import { catalog } from '../../catalog/index.js';
import { editDistance, nearest } from '../../util/nearest.js';

/** What the catalog says about one sysctl name, as a check needs it. */
export type SysctlLookup =
  | { status: 'known'; name: string; writable: boolean; kind: string | undefined }
  | { status: 'dir'; name: string }
  | { status: 'unknown'; name: string; invented: boolean }
  /** The name holds a wildcard or placeholder where the catalog cannot tell. */
  | { status: 'unsure'; name: string };

interface SysctlIndex {
  names: Map<string, { writable: boolean; kind: string }>;
  templates: Array<{ template: string; regex: RegExp; segments: string[] }>;
  /** Commonly invented names, with the real one where the catalog knows it. */
  invented: Map<string, string | undefined>;
  /** Every name and template, split in segments, for wildcard matching. */
  shapes: string[][];
  /** Directory (dotted, templates keep `<iface>`) → its child directories and its sysctls. */
  dirs: Map<string, { dirs: Set<string>; leaves: Set<string> }>;
  /** The directory keys split in segments, for matching names that hold wildcards or interface names. */
  dirShapes: string[][];
  /** Concrete names by top-level directory (`kernel` → kernel.*), to keep spelling suggestions cheap. */
  namesByTop: Map<string, string[]>;
  /** Leaf segment → full names/templates ending in it. */
  byLeaf: Map<string, string[]>;
}

let index: SysctlIndex | undefined;

function sysctlIndex(): SysctlIndex {
  if (index) return index;
  const data = catalog.sysctls();
  const names = new Map(Object.entries(data.names));
  const templates = data.patterns.map((p) => ({ template: p.template, regex: new RegExp(p.regex), segments: p.template.split('.') }));
  const dirs = new Map<string, { dirs: Set<string>; leaves: Set<string> }>();
  const byLeaf = new Map<string, string[]>();
  const dirOf = (key: string) => {
    let entry = dirs.get(key);
    if (!entry) dirs.set(key, (entry = { dirs: new Set(), leaves: new Set() }));
    return entry;
  };
  const shapes: string[][] = [];
  for (const full of [...names.keys(), ...templates.map((t) => t.template)]) {
    const segments = full.split('.');
    shapes.push(segments);
    for (let i = 0; i < segments.length; i++) {
      const parent = segments.slice(0, i).join('.');
      if (i === segments.length - 1) dirOf(parent).leaves.add(segments[i]!);
      else dirOf(parent).dirs.add(segments[i]!);
    }
    const leaf = segments.at(-1)!;
    byLeaf.set(leaf, [...(byLeaf.get(leaf) ?? []), full]);
  }
  const namesByTop = new Map<string, string[]>();
  for (const name of names.keys()) {
    const top = name.slice(0, name.indexOf('.'));
    namesByTop.set(top, [...(namesByTop.get(top) ?? []), name]);
  }
  const dirShapes = [...dirs.keys()].filter((k) => k !== '').map((k) => k.split('.'));
  index = { names, templates, invented: new Map(data.invented.map((i) => [i.name, i.realName])), shapes, dirs, byLeaf, dirShapes, namesByTop };
  return index;
}

const isPlaceholder = (segment: string): boolean => /^<[^>]+>$/.test(segment);

/** A segment the report leaves open: a glob, a variable or a `<placeholder>`. */
const isWildcard = (segment: string): boolean => /[*?[\]{}$<>]/.test(segment);

function segmentsMatch(shape: readonly string[], segments: readonly string[]): boolean {
  if (shape.length !== segments.length) return false;
  return shape.every((s, i) => s === segments[i] || isPlaceholder(s) || isWildcard(segments[i]!));
}

/** procps-ng reads `net/ipv4/ip_forward` as well as `net.ipv4.ip_forward`: the first separator decides. */
export function dottedSysctlName(argument: string): string {
  const first = /[./]/.exec(argument);
  return first?.[0] === '/' ? swapSeparators(argument) : argument;
}

/** `/proc/sys/net/ipv4/conf/eth0.100/rp_filter` → `net.ipv4.conf.eth0/100.rp_filter`. */
export function sysctlNameOfProcPath(path: string): string | undefined {
  const rest = /^\/proc\/sys\/(.*)$/.exec(path)?.[1];
  if (rest === undefined) return undefined;
  return swapSeparators(rest.replace(/\/+$/, ''));
}

/** `net.ipv4.ip_forward` → `/proc/sys/net/ipv4/ip_forward`, the inverse of sysctlNameOfProcPath. */
export function procPathOfSysctl(name: string): string {
  return `/proc/sys/${swapSeparators(name)}`;
}

function swapSeparators(text: string): string {
  return text.replace(/[./]/g, (c) => (c === '.' ? '/' : '.'));
}

export function lookupSysctl(name: string): SysctlLookup {
  const idx = sysctlIndex();
  if (name === '') return { status: 'dir', name };
  if (idx.invented.has(name)) return { status: 'unknown', name, invented: true };
  const entry = idx.names.get(name);
  if (entry) {
    const writable = entry.writable;
    return { status: 'known', name, writable, kind: entry.kind };
  }
  if (idx.templates.some((t) => t.regex.test(name))) return { status: 'known', name, writable: true, kind: undefined };
  const segments = name.split('.');
  if (segments.some((s) => s === '')) return { status: 'unknown', name, invented: false };
  const open = segments.some(isWildcard);
  if (isDirectory(segments)) return { status: 'dir', name };
  if (open) {
    // A placeholder standing for the leaf or a whole branch hides the name: nothing to check.
    if (isWildcard(segments.at(-1)!) || idx.shapes.some((shape) => segmentsMatch(shape, segments))) return { status: 'unsure', name };
  }
  return { status: 'unknown', name, invented: false };
}

function isDirectory(segments: readonly string[]): boolean {
  const idx = sysctlIndex();
  if (idx.dirs.has(segments.join('.'))) return true;
  return idx.dirShapes.some((shape) => segmentsMatch(shape, segments));
}

export interface SysctlAdvice {
  /** The nearest real name, when one stands out. */
  suggestion?: string;
  /** Extra words for the message, naming what the catalog has nearby. */
  hint?: string;
}

const advised = new Map<string, SysctlAdvice>();

/**
 * The real sysctl an invented one most likely meant: a close spelling, the same knob under the
 * right directory (`kernel.ptrace_scope` → `kernel.yama.ptrace_scope`), or a mistyped directory
 * repaired (`fs.binfmt.mode` → `fs.binfmt_misc.*`). Memoised: reports repeat the same inventions.
 */
export function adviseSysctl(name: string): SysctlAdvice {
  let advice = advised.get(name);
  if (!advice) advised.set(name, (advice = advise(name)));
  return advice;
}

function advise(name: string): SysctlAdvice {
  const idx = sysctlIndex();
  const known = idx.invented.get(name);
  if (known) return { suggestion: known };
  const segments = name.split('.');
  // A misspelling keeps its top-level directory; a wrong directory is handled below.
  const sameTop = idx.namesByTop.get(segments[0]!) ?? [...idx.names.keys()];
  const candidates = [...sameTop, ...idx.templates.flatMap((t) => (t.segments[0] === segments[0] ? (instantiate(t.segments, segments) ?? []) : []))];
  const close = nearest(name, candidates);
  if (close && close !== name) return { suggestion: close };

  const repaired = repairDirectory(segments);
  if (repaired) {
    const { dir, leaves } = repaired;
    const leaf = segments.at(-1)!;
    const list = [...leaves].filter((l) => !isPlaceholder(l));
    const pick = list.includes(leaf) ? leaf : nearest(leaf, list, list.length <= 8 ? Number.MAX_SAFE_INTEGER : undefined);
    const hint = list.length > 0 && list.length <= 8 ? `${dir} has ${list.map((l) => `${dir}.${l}`).join(', ')}` : undefined;
    if (pick) return { suggestion: `${dir}.${pick}`, ...(hint ? { hint } : {}) };
    if (hint) return { hint };
  }

  const leaf = segments.at(-1)!;
  const sameLeaf = idx.byLeaf.get(leaf) ?? [];
  // Only a distinctive knob name moved to another directory is a safe guess; `enabled` is everywhere.
  if ((leaf.length >= 8 || leaf.includes('_')) && sameLeaf.length > 0 && sameLeaf.length <= 2) {
    const options = sameLeaf.map((full) => instantiate(full.split('.'), segments) ?? full);
    const best = options.reduce((a, b) => (editDistance(name, b) < editDistance(name, a) ? b : a));
    return { suggestion: best };
  }

  const parent = segments.slice(0, -1).join('.');
  const leaves = [...(idx.dirs.get(parent)?.leaves ?? [])].filter((l) => !isPlaceholder(l));
  if (leaves.length > 0 && leaves.length <= 8) return { hint: `${parent} has ${leaves.map((l) => `${parent}.${l}`).join(', ')}` };
  return {};
}

/** A template with the report's own interface/device names put in (`net.ipv6.conf.<iface>.x` → `net.ipv6.conf.all.x`). */
function instantiate(template: readonly string[], segments: readonly string[]): string | undefined {
  if (!template.some(isPlaceholder)) return template.join('.');
  // A placeholder leaf (binfmt_misc entries, nf_log protocols) accepts any word: no suggestion to be made from it.
  if (isPlaceholder(template.at(-1)!) || template.length !== segments.length) return undefined;
  return template.map((s, i) => (isPlaceholder(s) ? segments[i]! : s)).join('.');
}

/** Walks the directories of a name, replacing a wrong one by the single close or prefix-sharing sibling. */
function repairDirectory(segments: readonly string[]): { dir: string; leaves: Set<string> } | undefined {
  const dirs = sysctlIndex().dirs;
  let current = '';
  let changed = false;
  for (const segment of segments.slice(0, -1)) {
    const here = dirs.get(current);
    if (!here) return undefined;
    const join = (s: string) => (current ? `${current}.${s}` : s);
    if (here.dirs.has(segment)) {
      current = join(segment);
      continue;
    }
    const options = [...here.dirs].filter((d) => !isPlaceholder(d));
    const prefixed = options.filter((d) => d.startsWith(segment) || segment.startsWith(d));
    const fix = nearest(segment, options) ?? (prefixed.length === 1 ? prefixed[0] : undefined);
    if (!fix) return undefined;
    current = join(fix);
    changed = true;
  }
  const leaves = dirs.get(current)?.leaves;
  return changed && leaves ? { dir: current, leaves } : undefined;
}
