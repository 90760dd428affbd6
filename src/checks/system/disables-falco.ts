import { catalog } from '../../catalog/index.js';
import type { SimpleCommand, Word } from '../../shell/types.js';
import type { Check } from '../check.js';
import { killedNames, normalizePath, removedPackages, rmRecursive, serviceAction, stopsService, unitName } from './actions.js';
import { parseArgs, programOf } from './words.js';

let units: Set<string> | undefined;

/** Falco's systemd units (from the catalog) and the names they answer to, without `.service`. */
function falcoUnits(): Set<string> {
  units ??= new Set([
    'falco',
    // falco-bpf.service was removed in 0.44.0 but reports written for older installs still stop it.
    'falco-bpf',
    ...catalog
      .paths()
      .falcoUnits.flatMap((u) => [u.name, u.alias ?? ''])
      .filter((n) => n.startsWith('falco') && !n.startsWith('falcoctl'))
      .map((n) => n.replace(/\.service$/, '')),
  ]);
  return units;
}

const isFalcoUnit = (word: Word): boolean => falcoUnits().has(unitName(word)) || /^falco\*(\.service)?$/.test(unitName(word));

/** Paths whose removal takes Falco (its binary, configuration or default rules) away. */
const FALCO_PATHS = new Set(['/usr/bin/falco', '/etc/falco/falco.yaml', '/etc/falco/falco_rules.yaml']);
const FALCO_DIRS = new Set(['/etc/falco', '/etc/falco/*', '/usr/share/falco', '/usr/share/falco/*']);

/** What in the command stops or removes Falco, described for the message; undefined when nothing. */
function howItDisablesFalco(command: SimpleCommand): { word: Word; what: string } | undefined {
  const program = programOf(command) ?? '';
  const service = serviceAction(command);
  if (stopsService(service)) {
    const unit = service.units.find(isFalcoUnit);
    if (unit) return { word: unit, what: `${service.verb}s the ${unitName(unit)} service` };
  }
  const killed = killedNames(command);
  if (killed.includes('falco')) return { word: command.name, what: `kills the falco process` };
  const pkg = removedPackages(command).find((w) => w.text === 'falco');
  if (pkg) return { word: pkg, what: 'uninstalls the falco package' };
  const rm = rmRecursive(command);
  if (rm) {
    const gone = rm.operands.find((w) => FALCO_PATHS.has(normalizePath(w.text)) || (rm.recursive && FALCO_DIRS.has(normalizePath(w.text))));
    if (gone) return { word: gone, what: `deletes ${gone.text}` };
  }
  if (program === 'rmmod' || (program === 'modprobe' && command.args.some((a) => a.text === '-r' || a.text === '--remove'))) {
    const mod = command.args.find((a) => a.text === 'falco');
    if (mod) return { word: mod, what: "unloads Falco's kernel module" };
  }
  if (program === 'helm') {
    const { operands } = parseArgs(command.args, { valued: ['n', 'namespace', 'kube-context', 'kubeconfig', 'timeout'] });
    if (['uninstall', 'delete', 'del', 'un'].includes(operands[0]?.text ?? '')) {
      const release = operands.slice(1).find((w) => w.text === 'falco');
      if (release) return { word: release, what: 'uninstalls the falco Helm release' };
    }
  }
  if (program === 'kubectl') {
    const { operands } = parseArgs(command.args, { valued: ['n', 'namespace', 'context', 'kubeconfig', 'l', 'selector', 'o', 'output', 'grace-period', 'timeout', 'f', 'filename'] });
    if (operands[0]?.text === 'delete') {
      const rest = operands.slice(1).map((w) => w.text);
      const kinds = /^(ds|daemonsets?|daemonset\.apps|ns|namespaces?|deploy|deployments?)$/;
      const direct = operands.slice(1).find((w) => /^(ds|daemonsets?|daemonset\.apps|ns|namespaces?|deploy|deployments?)\/falco$/.test(w.text));
      const named = kinds.test(rest[0] ?? '') ? operands.slice(2).find((w) => w.text === 'falco') : undefined;
      const target = direct ?? named;
      if (target) return { word: target, what: `deletes Falco from the cluster (${rest.join(' ')})` };
    }
  }
  if (program === 'docker' || program === 'podman') {
    const { operands } = parseArgs(command.args, { valued: ['t', 'time', 's', 'signal'] });
    if (['stop', 'kill', 'rm', 'pause'].includes(operands[0]?.text ?? '')) {
      const ctr = operands.slice(1).find((w) => w.text === 'falco');
      if (ctr) return { word: ctr, what: `${operands[0]!.text}s the falco container` };
    }
  }
  return undefined;
}

export const disablesFalco: Check = {
  meta: {
    code: 'FR602',
    name: 'disables-falco',
    severity: 'error',
    summary: 'Stops, disables, kills or removes Falco, the detection the incident depends on.',
    docs: {
      bad: '```bash\nsudo systemctl stop falco\nsudo pkill falco\n```',
      good: '```bash\nsudo systemctl restart falco\nsudo kill -1 $(pidof falco)\nsudo systemctl status falco-modern-bpf.service\n```',
    },
  },
  run({ analysis, report }) {
    for (const command of analysis.commands) {
      const found = howItDisablesFalco(command);
      if (!found) continue;
      report({
        line: found.word.line,
        column: found.word.column,
        message: `${found.what}: the host loses its runtime detection in the middle of an incident; restart or reload Falco instead (systemctl restart, kill -1)`,
      });
    }
  },
};
