import type { ToolArgs } from '../../../catalog/types.js';

/**
 * Whether the catalog's operand counts for a command can be held against a report. The numbers come
 * from usage synopses, which are right for some tools and loose for others; only these were checked
 * against the real programs (docker 28.2.2 and the Debian 12 binaries, by running them one operand
 * short and one over):
 * - docker: every leaf's min/max matched cobra's own check, except the four below.
 * - kubectl, crictl: only counts marked `source: curated`; the synopsis-derived ones are wrong
 *   (`kubectl config get-contexts` takes an optional NAME, `kubectl set image` takes 2, not 4).
 * - systemctl verbs come from the verb table systemctl enforces itself.
 * - the GNU tools listed here refuse a missing or extra operand; others (netstat, w, uptime) ignore extras.
 * ctr and runc counts are not used: their synopses are loose (`ctr leases list` does not need one).
 */
const DOCKER_UNTRUSTED = new Set(['docker image import', 'docker import', 'docker plugin create', 'docker trust signer add']);

const GNU_TRUSTED = new Set([
  'uname',
  'pgrep',
  'pkill',
  'date',
  'pstree',
  'hostname',
  'dmesg',
  'who',
  'uniq',
  'mount',
  'chmod',
  'chown',
  'file',
  'fuser',
  'getcap',
  'grep',
  'killall',
  'stat',
  'readelf',
  'setcap',
  'modprobe',
  'modinfo',
  'insmod',
  'rmmod',
]);

export function trustedArgs(tool: string, path: string, args: ToolArgs | undefined): ToolArgs | undefined {
  if (!args) return undefined;
  const curated = (args as ToolArgs & { source?: string }).source === 'curated';
  switch (tool) {
    case 'docker':
      return DOCKER_UNTRUSTED.has(path) || path === 'docker' ? undefined : args;
    case 'kubectl':
    case 'crictl':
      return curated ? args : undefined;
    case 'systemctl':
      return path === 'systemctl' ? undefined : args;
    default:
      return GNU_TRUSTED.has(tool) ? args : undefined;
  }
}

/**
 * Options that stand in for an operand, so a command using one may have fewer operands than the
 * synopsis asks (`grep -e PAT`, `killall -l`, `crictl inspect --latest`, `kubectl auth can-i --list`).
 */
export const WAIVES_MIN: Readonly<Record<string, readonly string[]>> = {
  grep: ['-e', '--regexp', '-f', '--file'],
  chmod: ['--reference'],
  chown: ['--reference'],
  file: ['-f', '--files-from'],
  fuser: ['-l', '--list-signals'],
  // getcap -l prints the licence, -h the usage, with no file.
  getcap: ['-h', '-l'],
  // killall -u USER kills every process of USER without a NAME.
  killall: ['-l', '--list', '-u', '--user'],
  setcap: ['-r'],
  modprobe: ['-c', '--showconfig', '--show-config'],
  crictl: ['--latest', '--last', '--name', '--pod', '--label', '--id', '--image', '--state', '--all'],
  kubectl: ['--all', '--selector', '--filename', '--kustomize', '--all-namespaces', '--list', '--all-containers', '--all-pods', '--raw', '--field-selector'],
};
