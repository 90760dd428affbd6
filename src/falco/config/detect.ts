import { isMap, isScalar, isSeq, type Scalar, type YAMLMap } from 'yaml';
import { nearest } from '../../util/nearest.js';
import { falcoKeySpace, isKnownPath } from './keys.js';

/**
 * A Falco configuration file named in a comment or a sentence: `falco.yaml`, `falco.yml`,
 * `falco.conf` (with or without a directory) or a file in `config.d/`. The name must stand alone:
 * `falco_rules.yaml`, `falco.rules.yaml` and `my-falco.yaml` are not it.
 */
const CONFIG_FILE = /(?<![\w.-])((?:\/?[\w.-]+\/)*(?:falco\.(?:ya?ml|conf)|config\.d\/[\w.-]+\.ya?ml))(?![\w.-]*[\w-])/;

export interface NamedFile {
  /** The name as written (`/etc/falco/falco.conf`). */
  name: string;
  /** 0-based offset of the name in the text searched. */
  offset: number;
}

/** The Falco configuration file a line of text names, if any. */
export function configFileNamedIn(text: string): NamedFile | undefined {
  const match = CONFIG_FILE.exec(text);
  return match ? { name: match[1]!, offset: match.index } : undefined;
}

const RULES_FILE = /rules[\w.-]*\.ya?ml\b|rules\.d\b/;

export interface BlockLabel extends NamedFile {
  /** 0-based index of the comment line in the block text. */
  lineIndex: number;
}

/**
 * The file a YAML block says it is, from the comments above its first setting
 * (`# /etc/falco/falco.yaml`, `# falco.conf`, `# /etc/falco/config.d/outputs.yaml`).
 */
export function blockLabel(text: string): BlockLabel | undefined {
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    if (!trimmed.startsWith('#')) return undefined;
    // `# Save as rules.d/x.yaml and list it in falco.yaml`: the block is the rules file, not falco.yaml.
    if (RULES_FILE.test(line)) continue;
    const named = configFileNamedIn(line);
    if (named) return { ...named, lineIndex: i };
  }
  return undefined;
}

/** Top-level keys that mark a YAML map as something other than falco.yaml. */
const FOREIGN_MARKERS = {
  /** Kubernetes objects. */
  kubernetes: ['apiVersion', 'kind'],
  /** Compose files. */
  compose: ['services'],
  /** Falco rules written as a map by mistake: these are rule keys, never falco.yaml keys. */
  rules: ['rule', 'macro', 'list', 'condition', 'output', 'desc', 'required_engine_version', 'required_plugin_versions'],
} as const;

function keysOf(map: YAMLMap): string[] {
  return map.items.flatMap((pair) => (isScalar(pair.key) ? [String(pair.key.value)] : []));
}

/** A map some other tool reads (a Kubernetes object, a Compose file, a Falco rule written as a map). */
export function isForeignMap(map: YAMLMap): boolean {
  const keys = new Set(keysOf(map));
  if (FOREIGN_MARKERS.kubernetes.every((k) => keys.has(k))) return true;
  return FOREIGN_MARKERS.compose.some((k) => keys.has(k)) || FOREIGN_MARKERS.rules.some((k) => keys.has(k));
}

/**
 * Generic words another tool's YAML could use at its top level too (`log_level:`, `metrics:`).
 * Alone they prove nothing; every other top-level falco.yaml key (`json_output`, `http_output`,
 * `rules_files`, ...) names Falco's own settings.
 */
const GENERIC_KEYS = new Set(['log_level', 'static_fields', 'config_files', 'output_timeout', 'rules', 'priority', 'plugins', 'engine', 'metrics', 'webserver', 'capture', 'outputs', 'grpc']);

/** True when a top-level key is a falco.yaml key of some release, or a near miss of one Falco-specific key. */
function falcoishKey(name: string): 'known' | 'near' | undefined {
  const space = falcoKeySpace();
  if (isKnownPath(space, name)) return 'known';
  return nearest(name, specificKeys()) ? 'near' : undefined;
}

let specificKeyList: string[] | undefined;
/** Top-level keys (current and removed) that only falco.yaml uses, built once. */
function specificKeys(): string[] {
  const space = falcoKeySpace();
  return (specificKeyList ??= [...space.topLevel, ...[...space.removed.keys()].filter((k) => !k.includes('.'))].filter((k) => !GENERIC_KEYS.has(k)));
}

/**
 * A generic key is evidence only when its value is a map (or a list of maps) whose keys are mostly
 * that key's real children: `engine: {kind: ...}`, `plugins: [{name: ..., library_path: ...}]`.
 */
function childEvidence(name: string, value: unknown): boolean {
  const space = falcoKeySpace();
  let children: string[] = [];
  let prefix = name;
  if (isMap(value)) children = keysOf(value);
  else if (isSeq(value)) {
    children = value.items.flatMap((item) => (isMap(item) ? keysOf(item) : []));
    prefix = `${name}[]`;
  }
  const known = children.filter((c) => isKnownPath(space, `${prefix}.${c}`)).length;
  return known > 0 && known * 2 >= children.length;
}

/**
 * True when a YAML map reads as falco.yaml by its content: at least half its top-level keys are
 * falco.yaml keys (or near misses of Falco-specific ones), and at least one is unmistakably Falco's.
 */
export function looksLikeFalcoConfig(map: YAMLMap): boolean {
  if (isForeignMap(map)) return false;
  let falcoish = 0;
  let evidence = 0;
  for (const pair of map.items) {
    if (!isScalar(pair.key)) continue;
    const name = String(pair.key.value);
    const kind = falcoishKey(name);
    if (!kind) continue;
    falcoish++;
    if (kind === 'near' || !GENERIC_KEYS.has(name) || childEvidence(name, pair.value)) evidence++;
  }
  return evidence > 0 && falcoish * 2 >= map.items.length;
}

/** True when at least one top-level key is a falco.yaml key or a near miss of one. */
export function hasFalcoishKey(map: YAMLMap): boolean {
  return map.items.some((pair) => isScalar(pair.key) && falcoishKey(String(pair.key.value)) !== undefined);
}

/**
 * The Falco Helm chart's values put falco.yaml under a top-level `falco:` key (the chart renders
 * `.Values.falco` as falco.yaml). The nested map is returned when it reads as falco.yaml itself.
 */
export function helmFalcoSection(map: YAMLMap): YAMLMap | undefined {
  const falco = map.get('falco', true);
  return isMap(falco) && looksLikeFalcoConfig(falco) ? falco : undefined;
}

/**
 * The falco.yaml a Kubernetes ConfigMap carries (`data: {falco.yaml: |-\n ...}`), as literal block
 * scalars: their lines are the file's lines, so problems can be placed. Other data keys are not falco.yaml.
 */
export function configMapFalcoYaml(map: YAMLMap): Scalar[] {
  const kind = map.get('kind', true);
  const data = map.get('data', true);
  if (!isScalar(kind) || String(kind.value) !== 'ConfigMap' || !isMap(data)) return [];
  return data.items.flatMap((pair) =>
    isScalar(pair.key) && /^falco\.ya?ml$/.test(String(pair.key.value)) && isScalar(pair.value) && pair.value.type === 'BLOCK_LITERAL' ? [pair.value] : [],
  );
}
