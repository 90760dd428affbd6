import { catalog } from '../../catalog/index.js';
import type { PathEntry } from '../../catalog/types.js';
import { nearest } from '../../util/nearest.js';

/** What is wrong with a path, for a finding: the message names the catalog's real path. */
export interface PathProblem {
  message: string;
  suggestion?: string;
}

interface Node {
  /** Absolute path of this node, catalog spelling (`/var/lib/docker/containers/<id>`). */
  path: string;
  entry?: PathEntry;
  literal: Map<string, Node>;
  /** Children whose name holds a placeholder (`<id>`, `<id>-json.log`), with the regex an actual name must match. */
  templated: Array<{ segment: string; regex: RegExp; node: Node }>;
}

/**
 * Directories whose every child the catalog (plus the extras below) names, so that a name one typo
 * away from a real child is an invention rather than a file the user made. Other well-known
 * directories (rules.d, /var/log, /etc/docker, ...) hold user files and get no near-miss check.
 */
const ENUMERATED_DIRS = new Set(['/etc/falco', '/etc/falcoctl', '/var/lib/docker', '/var/lib/docker/containers/<id>', '/etc/kubernetes']);

/**
 * Real children the catalog does not list (it lists well-known paths, not every file); they only
 * keep the near-miss check quiet, e.g. `/var/lib/docker/containerd` is one letter from `containers`.
 */
const EXTRA_CHILDREN: Record<string, () => string[]> = {
  '/etc/falco': () => catalog.defaultRules().files.map((f) => f.slice(f.lastIndexOf('/') + 1)),
  // Storage-driver directories (overlay, aufs, ...) sit next to overlay2 when another driver is or was used.
  '/var/lib/docker': () => ['builder', 'buildkit', 'containerd', 'engine-id', 'plugins', 'runtimes', 'swarm', 'tmp', 'tmp-old', 'trust', 'overlay', 'aufs', 'btrfs', 'devicemapper', 'fuse-overlayfs', 'vfs', 'zfs'],
  '/var/lib/docker/containers/<id>': () => ['checkpoints', 'resolv.conf.hash'],
  '/etc/kubernetes': () => ['controller-manager.conf', 'scheduler.conf', 'super-admin.conf', 'bootstrap-kubelet.conf', 'tmp'],
};

/** Directories only the kernel or a daemon fills: a missing child there cannot be one the user created. */
const MANAGED_DIRS = new Set(['/proc/<pid>', '/proc/<pid>/ns', '/var/lib/docker/containers/<id>']);

const PLACEHOLDER_SEGMENT: Record<string, string> = {
  // /proc/<pid> must not swallow /proc/meminfo or /proc/sys: only pids, self and stand-ins for a pid.
  '<pid>': String.raw`(?:\d+|self|thread-self|<[^>]*>|\$.*|\*)`,
};

let root: Node | undefined;

function tree(): Node {
  if (root) return root;
  root = { path: '', literal: new Map(), templated: [] };
  for (const entry of catalog.paths().entries) {
    // /proc/sys belongs to the sysctl checks; home-relative paths depend on the user.
    if (!entry.path.startsWith('/') || entry.path.startsWith('/proc/sys/')) continue;
    let node = root;
    for (const segment of splitPath(entry.path)) node = childOf(node, segment);
    node.entry = entry;
  }
  return root;
}

function childOf(parent: Node, segment: string): Node {
  const path = `${parent.path}/${segment}`;
  if (!segment.includes('<')) {
    let node = parent.literal.get(segment);
    if (!node) parent.literal.set(segment, (node = { path, literal: new Map(), templated: [] }));
    return node;
  }
  const existing = parent.templated.find((t) => t.segment === segment);
  if (existing) return existing.node;
  const source = segment
    .split(/(<[^>]+>)/)
    .map((part) => (part.startsWith('<') ? (PLACEHOLDER_SEGMENT[part] ?? '[^/]+') : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  const node: Node = { path, literal: new Map(), templated: [] };
  parent.templated.push({ segment, regex: new RegExp(`^${source}$`), node });
  return node;
}

function splitPath(path: string): string[] {
  return path.split('/').filter((s) => s !== '' && s !== '.');
}

/** A segment the report leaves open: a glob, a variable or a `<placeholder>`. */
const isOpen = (segment: string): boolean => /[*?[\]{}$<>]/.test(segment);

interface Walk {
  /** Nodes matched for the first `nodes.length` segments. */
  nodes: Node[];
  /** Placeholder → the report's segment in that place (`<id>` → `<container_id>`). */
  bindings: Map<string, string>;
}

/** The deepest way down the catalog tree the segments go; literal children are tried before templates. */
function walk(node: Node, segments: readonly string[], i: number, bindings: Map<string, string>): Walk {
  if (i === segments.length) return { nodes: [], bindings };
  const segment = segments[i]!;
  let best: Walk = { nodes: [], bindings };
  const tryChild = (child: Node, bound: Map<string, string>) => {
    const rest = walk(child, segments, i + 1, bound);
    if (rest.nodes.length + 1 > best.nodes.length) best = { nodes: [child, ...rest.nodes], bindings: rest.bindings };
  };
  const literal = node.literal.get(segment);
  if (literal) tryChild(literal, bindings);
  for (const t of node.templated) {
    const whole = /^<[^>]+>$/.test(t.segment);
    // An open segment (`$CID`, `*`, `<container_id>`) fits a whole placeholder, never a partly fixed name.
    if (isOpen(segment) ? !whole : !t.regex.test(segment)) continue;
    if (whole && t.segment === '<pid>' && !t.regex.test(segment)) continue;
    const bound = new Map(bindings);
    if (whole) bound.set(t.segment, segment);
    tryChild(t.node, bound);
  }
  return best;
}

function fill(template: string, bindings: ReadonlyMap<string, string>): string {
  return template.replace(/<[^>]+>/g, (p) => bindings.get(p) ?? p);
}

/**
 * Checks one absolute path against the catalog's well-known Falco, container runtime, Kubernetes
 * and /proc paths. Returns a problem only when the catalog shows the path is wrong: a path it marks
 * missing, a path under a directory it marks missing, or a one-typo miss of a real file in a
 * directory it enumerates. Anything else (user files, paths it does not know) passes.
 */
export function checkWellKnownPath(path: string): PathProblem | undefined {
  return checkPath(path, 0);
}

function checkPath(path: string, depth: number): PathProblem | undefined {
  if (!path.startsWith('/') || path.includes('/../') || depth > 2) return undefined;
  const segments = splitPath(path);
  const { nodes, bindings } = walk(tree(), segments, 0, new Map());
  const trailingSlash = path.endsWith('/') ? '/' : '';

  // (b) and (a): the path, or a directory on the way to it, is one the catalog marks missing.
  for (const [k, node] of nodes.entries()) {
    const entry = node.entry;
    if (!entry || entry.exists !== false) continue;
    const whole = k === segments.length - 1;
    const shown = fill(entry.path, bindings);
    if (entry.realPath) {
      const real = fill(entry.realPath, bindings).replace(/\/$/, '');
      const rest = segments.slice(k + 1).join('/');
      const repaired = rest ? `${real}/${rest}${trailingSlash}` : `${real}${entry.type === 'dir' ? '/' : ''}`;
      const head = `${shown} does not exist; the real ${entry.type === 'dir' ? 'directory' : 'file'} is ${entry.realPath}`;
      const further = rest ? checkPath(repaired, depth + 1) : undefined;
      if (further) return { message: `${head}; and ${further.message}`, suggestion: further.suggestion ?? repaired };
      return { message: head, suggestion: repaired };
    }
    if (whole && MANAGED_DIRS.has(parentPath(node.path))) {
      const sibling = sameKindSibling(nodes[k - 1], node, bindings);
      return {
        message: `${shown} does not exist: neither the kernel nor the runtime creates it in ${parentPath(entry.path)}/${sibling ? `; the file there is ${parentPath(entry.path)}/${sibling.template}` : ''}`,
        ...(sibling ? { suggestion: `${fill(parentPath(entry.path), bindings)}/${sibling.name}` } : {}),
      };
    }
  }
  if (nodes.length === segments.length || nodes.length === 0) return undefined;

  // (c): the next segment is one typo away from a real child of a directory the catalog enumerates.
  const parent = nodes.at(-1)!;
  const segment = segments[nodes.length]!;
  if (!ENUMERATED_DIRS.has(parent.path) || isOpen(segment)) return undefined;
  const real = childNames(parent, bindings);
  const extras = EXTRA_CHILDREN[parent.path]?.() ?? [];
  if (extras.includes(segment)) return undefined;
  // Rotated, backed-up or hashed copies (`<id>-json.log.1`, `falco.yaml.bak`) are real files too.
  if ([...real.keys(), ...extras].some((name) => segment.startsWith(`${name}.`) || segment.startsWith(`${name}-`) || name.startsWith(`${segment}.`)))
    return undefined;
  const rest = segments.slice(nodes.length + 1).join('/');
  const elsewhere = rest || trailingSlash ? undefined : sameNameElsewhere(segment, parent);
  if (elsewhere) {
    return { message: `${segment} is not in ${fill(parent.path, bindings)}/; the catalog has it at ${elsewhere}`, suggestion: fill(elsewhere, bindings) };
  }
  // A directory is only mistaken for a directory, a file for a file (`falco_rules.d` is not `falco_rules.yaml`).
  const wantDir = rest !== '' || trailingSlash !== '' || segment.endsWith('.d');
  const sameKind = [...real.keys()].filter((name) => isDirNode(parent, real.get(name)!) === wantDir);
  const close = nearest(segment, sameKind);
  if (!close || close === segment) return undefined;
  const template = real.get(close)!;
  const dir = fill(parent.path, bindings);
  const repaired = `${dir}/${close}${rest ? `/${rest}` : ''}${trailingSlash}`;
  const head = `${dir}/ has no ${segment}; the real one is ${parent.path}/${template}`;
  const further = rest ? checkPath(repaired, depth + 1) : undefined;
  if (further) return { message: `${head}; and ${further.message}`, suggestion: further.suggestion ?? repaired };
  return { message: head, suggestion: repaired };
}

/** Whether a child (by catalog spelling) is a directory: typed so, or holding children of its own. */
function isDirNode(parent: Node, segment: string): boolean {
  const node = parent.literal.get(segment) ?? parent.templated.find((t) => t.segment === segment)?.node;
  if (!node) return false;
  return node.entry ? node.entry.type === 'dir' : node.literal.size + node.templated.length > 0;
}

let byName: Map<string, PathEntry[]> | undefined;

/**
 * The one real file of the same project with this name outside the directory
 * (`/etc/falco/falcoctl.yaml` → `/etc/falcoctl/falcoctl.yaml`); another project's file name is just a user file.
 */
function sameNameElsewhere(name: string, dir: Node): string | undefined {
  if (!byName) {
    byName = new Map();
    for (const e of catalog.paths().entries) {
      if (e.exists === false || e.type === 'dir' || !e.path.startsWith('/')) continue;
      const base = e.path.slice(e.path.lastIndexOf('/') + 1);
      byName.set(base, [...(byName.get(base) ?? []), e]);
    }
  }
  const area = [...dir.literal.values(), ...dir.templated.map((t) => t.node)].find((n) => n.entry)?.entry?.area;
  const found = (byName.get(name) ?? []).filter((e) => e.area === area && parentPath(e.path) !== dir.path);
  return found.length === 1 ? found[0]!.path : undefined;
}

function parentPath(path: string): string {
  return path.replace(/\/$/, '').replace(/\/[^/]*$/, '');
}

/** Real child names (templates filled in from the report's path) → their catalog spelling. */
function childNames(node: Node, bindings: ReadonlyMap<string, string>): Map<string, string> {
  const names = new Map<string, string>();
  for (const [name, child] of node.literal) if (child.entry?.exists !== false) names.set(name, name);
  for (const t of node.templated) {
    if (/^<[^>]+>$/.test(t.segment) || t.node.entry?.exists === false) continue;
    names.set(fill(t.segment, bindings), t.segment);
  }
  return names;
}

/** The one real sibling with the same extension, for a missing file with no realPath (`container.log` → `<id>-json.log`). */
function sameKindSibling(parent: Node | undefined, node: Node, bindings: ReadonlyMap<string, string>): { name: string; template: string } | undefined {
  if (!parent) return undefined;
  const ext = /\.[^.]+$/.exec(node.path)?.[0];
  if (!ext) return undefined;
  const matches = [...childNames(parent, bindings)].filter(([name]) => name.endsWith(ext));
  return matches.length === 1 ? { name: matches[0]![0], template: matches[0]![1] } : undefined;
}

/**
 * The catalog entry of a Falco path that a stock install does not have and that only exists once the
 * user configures it (`/var/log/falco.log` needs file_output); undefined for anything else.
 */
export function falcoPathAbsentOnStockInstall(path: string): PathEntry | undefined {
  if (!path.startsWith('/')) return undefined;
  const segments = splitPath(path);
  const { nodes } = walk(tree(), segments, 0, new Map());
  return nodes.find((n) => n.entry?.area === 'falco' && n.entry.exists === false && !n.entry.realPath)?.entry;
}
