import { catalog } from '../../catalog/index.js';
import { nearest } from '../../util/nearest.js';
import { compareVersions } from '../../util/version.js';
import { memo } from '../../util/memo.js';

/** Values of rule keys, checked against the catalog's rules syntax (falco_common.cpp, rule_loader_reader.cpp). */

/** Lower-cased priority spelling → canonical name; Falco compares case-insensitively (strcasecmp). */
const priorityNames = memo(() => {
  const { canonical, aliases } = catalog.rulesSyntax().priorities;
  const map = new Map<string, string>(canonical.map((p) => [p.toLowerCase(), p]));
  for (const [alias, target] of Object.entries(aliases)) map.set(alias.toLowerCase(), target);
  return map;
});

function isValidPriority(value: string): boolean {
  return priorityNames().has(value.toLowerCase());
}

export function priorityProblem(value: string): { message: string; suggestion?: string } | undefined {
  if (isValidPriority(value)) return undefined;
  const { canonical } = catalog.rulesSyntax().priorities;
  const lower = value.toLowerCase();
  // `warn`, `crit`, `emerg`: an abbreviation of exactly one priority name.
  const prefixed = lower.length >= 3 ? [...priorityNames().keys()].filter((p) => p.startsWith(lower)) : [];
  const close = prefixed.length === 1 ? prefixed[0] : nearest(lower, priorityNames().keys());
  return {
    message: `'${value}' is not a Falco priority: use one of ${canonical.map((p) => p.toUpperCase()).join(', ')} (any case; INFO for Informational)`,
    ...(close ? { suggestion: close === 'info' ? 'INFO' : priorityNames().get(close)!.toUpperCase() } : {}),
  };
}

const knownSources = memo(() => {
  const { default: def, plugin } = catalog.rulesSyntax().sources;
  return [def, ...plugin];
});

/**
 * Words models use for "the kind of events" that are not sources. Process, file and network
 * activity all arrive through the syscall source; the Kubernetes audit log is k8s_audit.
 */
const SOURCE_ALIASES: Record<string, string> = {
  process: 'syscall',
  processes: 'syscall',
  file: 'syscall',
  files: 'syscall',
  network: 'syscall',
  container: 'syscall',
  containers: 'syscall',
  host: 'syscall',
  kernel: 'syscall',
  system: 'syscall',
  sys: 'syscall',
  ebpf: 'syscall',
  k8s: 'k8s_audit',
  kubernetes: 'k8s_audit',
  k8saudit: 'k8s_audit',
  audit: 'k8s_audit',
  cloudtrail: 'aws_cloudtrail',
  aws: 'aws_cloudtrail',
  gcp: 'gcp_auditlog',
  gcpaudit: 'gcp_auditlog',
};

export function sourceProblem(value: string): { message: string; suggestion?: string } | undefined {
  if (knownSources().includes(value)) return undefined;
  const suggestion = SOURCE_ALIASES[value.toLowerCase()] ?? nearest(value, knownSources());
  const why = SOURCE_ALIASES[value.toLowerCase()] === 'syscall' ? ' (process, file and network events all come from the syscall source)' : '';
  return {
    message: `'${value}' is not a Falco event source: the sources are ${knownSources().join(', ')}${why}`,
    ...(suggestion ? { suggestion } : {}),
  };
}

/** A `required_engine_version` value as a semver, or undefined when Falco could not parse it. */
export function parseEngineVersion(text: string): string | undefined {
  // A bare integer N is the legacy form and means 0.N.0 (rule_loader_reader get_implicit_engine_version).
  if (/^\d+$/.test(text)) return `0.${Number(text)}.0`;
  if (/^\d+\.\d+\.\d+$/.test(text)) return text;
  return undefined;
}

/**
 * The rules engine version of a Falco release, when the catalog knows it. The catalog knows one:
 * its own Falco (0.44.1 → engine 0.62.0). For older releases we only know the engine is not newer.
 */
export function engineVersionBound(falcoVersion: string): { version: string; exact: boolean } | undefined {
  const catalogFalco = catalog.meta().falco;
  const engine = catalog.rulesSyntax().engineVersion;
  const cmp = compareVersions(falcoVersion, catalogFalco);
  if (cmp === 0) return { version: engine, exact: true };
  if (cmp < 0) return { version: engine, exact: false };
  return undefined;
}
