/** Where Falco reads rules and configuration from, as the file checks need it. */

export const RULES_DIR = '/etc/falco/rules.d';

/** Falco 0.41+ loads only these from a rules directory (falco.yaml, `rules_files` comment). */
export const RULES_EXTENSIONS = /\.ya?ml$/i;

export type FalcoFileKind = 'rules' | 'config';

/**
 * Whether a path is a Falco rules file or configuration file: Falco's own directories, plus files
 * whose names say they are Falco rules (`custom_rules.yaml`, `falco_rules.local.yaml`).
 */
export function falcoFileKind(path: string): FalcoFileKind | undefined {
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (path.startsWith('/etc/falco/config.d/') || /^falco(\.[\w-]+)?\.ya?ml$/i.test(base) || base === 'falco.conf') return 'config';
  if (path.startsWith('/etc/falco/') || /rules[^/]*\.ya?ml$/i.test(base)) return 'rules';
  return undefined;
}

const SECTION = /^\[[^\][,]+\]$/;
const INI_PAIR = /^[A-Za-z_][\w.-]*\s*=(?!=)\s*\S/;
const YAML_LINE = /^(-\s|-$|[\w.-]+:(\s|$)|["'][^"']+["']:\s)/;

/**
 * True when text is plainly INI (`[section]` headers, `key = value` lines) and nothing in it reads
 * as YAML. A YAML rule's folded condition can hold `proc.name = bash`, but then `condition:` is there too.
 */
export function looksLikeIni(text: string): boolean {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#') && !l.startsWith(';'));
  if (lines.length === 0 || lines.some((l) => YAML_LINE.test(l))) return false;
  const sections = lines.filter((l) => SECTION.test(l)).length;
  const pairs = lines.filter((l) => INI_PAIR.test(l)).length;
  return (sections >= 1 && pairs >= 1) || pairs >= 2;
}
