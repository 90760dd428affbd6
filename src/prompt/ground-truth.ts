import type { FalcoAlert } from '../alerts/schema.js';
import { catalog } from '../catalog/index.js';
import { pathEntry } from '../catalog/lookup.js';
import { defaultRuleOf } from './rule-context.js';

/**
 * Facts models get wrong about Falco, stated from the catalog so they follow the Falco release we check against:
 * the rules file shape, how to tune a rule, where the files live, what the services are called.
 */

/** A path the catalog knows to exist; a catalog change that drops it breaks the prompt test, not the prompt. */
function realPath(path: string): string {
  const entry = pathEntry(path);
  if (!entry || entry.exists === false) throw new Error(`catalog does not list ${path} as an existing path`);
  return path;
}

/** Exception key fields to show in the example, valid for the alert's source. */
function exampleFields(source: string | undefined): [string, string] | undefined {
  if (source === 'syscall' || source === 'syscalls' || source === undefined) return ['container.name', 'proc.name'];
  if (source === 'k8s_audit') return ['ka.target.namespace', 'ka.user.name'];
  return undefined;
}

function exceptionExample(alert: FalcoAlert): string[] {
  const fields = exampleFields(alert.source);
  if (!fields) return [];
  // The rule name is repeated only when it is an upstream rule: anything else from the alert stays in the fence.
  const upstream = defaultRuleOf(alert);
  const name = upstream ? upstream.name : '<the exact rule name from the alert>';
  return [
    '  ```yaml',
    `  - rule: ${name}`,
    '    exceptions:',
    '      - name: known_good_activity',
    `        fields: [${fields.join(', ')}]`,
    '        comps: [=, =]',
    '        values:',
    `          - [<exact ${fields[0]} value>, <exact ${fields[1]} value>]`,
    '    override:',
    '      exceptions: append',
    '  ```',
  ];
}

export function groundTruth(alert: FalcoAlert): string {
  const syntax = catalog.rulesSyntax();
  const rule = syntax.items.rule;
  const optional = rule.allowed.filter((k) => !rule.required.includes(k) && k !== 'append');
  const priorities = syntax.priorities.canonical.map((p) => p.toUpperCase());
  const units = catalog.paths().falcoUnits;
  const engines = units.filter((u) => u.alias === 'falco.service').map((u) => u.name);
  const follow = units.find((u) => u.name.startsWith('falcoctl'))?.name;
  const config = realPath('/etc/falco/falco.yaml');
  const configDir = realPath('/etc/falco/config.d/');
  const rulesDir = realPath('/etc/falco/rules.d/');
  const defaultRules = realPath('/etc/falco/falco_rules.yaml');
  const localRules = realPath('/etc/falco/falco_rules.local.yaml');
  const lines = [
    `- Falco rules files are YAML: a list whose items start with \`- rule:\`, \`- macro:\` or \`- list:\`. They are never INI files, and rules have no \`filter:\`, \`when:\` or \`action:\` keys.`,
    `- A new rule needs the keys ${rule.required.join(', ')}. It may also have ${optional.join(', ')}.`,
    `- A rule's priority is one of ${priorities.join(', ')} (INFO is accepted for INFORMATIONAL).`,
    `- To stop an existing rule from alerting on activity you have confirmed is expected, do not copy or rewrite the rule: append an exception to it in a rules file that loads later. Exception keys are ${syntax.exceptions.keys.join(', ')}; use only fields of the alert's event source${alert.source ? ` (${alert.source})` : ''}:`,
    ...exceptionExample(alert),
    `- Falco's configuration file is ${config}. Put configuration changes in a drop-in YAML file in ${configDir}, which Falco merges after falco.yaml (a setting there overrides the same setting in falco.yaml; lists are appended). There is no falco.conf.`,
    `- Your own rules go in a file in ${rulesDir}; Falco loads only the *.yaml and *.yml files there, after ${defaultRules} and ${localRules}. Never edit ${defaultRules}: upgrades replace it.`,
    `- Check a rules file with \`falco -V ${defaultRules} -V ${rulesDir}<file>.yaml\` (a rule change needs the file that defines the rule loaded first).`,
    `- On a host, Falco runs as one of the systemd units ${engines.join(', ')} (whichever is enabled is also reachable as falco.service)${follow ? `; ${follow} updates the rules` : ''}. In Kubernetes, Falco runs as a DaemonSet pod, not a systemd unit.`,
  ];
  return lines.join('\n');
}
