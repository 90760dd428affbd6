import type { FalcoAlert } from '../alerts/schema.js';
import { fieldsOf } from '../catalog/lookup.js';
import { defaultRuleOf } from '../prompt/rule-context.js';
import { code } from './markdown.js';
import type { Change } from './schema.js';
import { containerId, hasShape, shaped, text } from './values.js';

/**
 * The one rule change the offline report offers: an exception that stops this rule from alerting again for the
 * same workload, appended to the upstream rule with `override: exceptions: append` (Falco's way to tune a default
 * rule without copying it). It is keyed on two values so it never silences the rule wholesale, and only offered
 * when both values are plain names: an attacker-shaped value is never written into a rules file.
 */

const YAML_RESERVED = /^(?:true|false|yes|no|on|off|null|y|n|~)$/i;

/** A YAML scalar: plain when it is unambiguous text, otherwise double-quoted (JSON strings are valid YAML). */
export function yamlScalar(value: string): string {
  const plain = /^[A-Za-z][A-Za-z0-9 ._/()@+-]*[A-Za-z0-9)]$|^[A-Za-z]$/.test(value) && !YAML_RESERVED.test(value) && !/\s{2}/.test(value);
  return plain ? value : JSON.stringify(value);
}

interface Key {
  field: string;
  value: string;
  /** How the purpose names it: "container `web`". */
  label: string;
}

function syscallKeys(alert: FalcoAlert): [Key, Key] | undefined {
  if (!containerId(alert)) return undefined;
  const image = shaped(alert, 'container.image.repository', 'exceptionValue');
  const name = shaped(alert, 'container.name', 'exceptionValue');
  const proc = shaped(alert, 'proc.name', 'exceptionValue');
  if (!proc) return undefined;
  const procKey = { field: 'proc.name', value: proc, label: `process ${code(proc)}` };
  if (image) return [{ field: 'container.image.repository', value: image, label: `image ${code(image)}` }, procKey];
  if (name && name !== 'host') return [{ field: 'container.name', value: name, label: `container ${code(name)}` }, procKey];
  return undefined;
}

function auditKeys(alert: FalcoAlert): [Key, Key] | undefined {
  const ns = text(alert, 'ka.target.namespace');
  const user = text(alert, 'ka.user.name');
  if (!ns || !user || !hasShape(ns, 'k8sNamespace') || !hasShape(user, 'k8sUser')) return undefined;
  return [
    { field: 'ka.target.namespace', value: ns, label: `namespace ${code(ns)}` },
    { field: 'ka.user.name', value: user, label: `user ${code(user)}` },
  ];
}

/** The exception, or nothing when the rule is not an upstream one or the alert has no safe pair of values. */
export function exceptionChange(alert: FalcoAlert): Change | undefined {
  // Overriding needs the rule defined in a file loaded earlier: the upstream rules files are.
  const rule = defaultRuleOf(alert);
  if (!rule) return undefined;
  const keys = rule.source === 'k8s_audit' ? auditKeys(alert) : rule.source === 'syscall' ? syscallKeys(alert) : undefined;
  if (!keys) return undefined;
  const known = fieldsOf(rule.source);
  if (!keys.every((k) => known.has(k.field))) return undefined;
  const [a, b] = keys;
  const yaml = [
    `- rule: ${yamlScalar(rule.name)}`,
    '  exceptions:',
    `    - name: ${rule.source === 'k8s_audit' ? 'falco_report_known_user_in_namespace' : 'falco_report_known_workload'}`,
    `      fields: [${a.field}, ${b.field}]`,
    '      comps: [=, =]',
    '      values:',
    `        - [${yamlScalar(a.value)}, ${yamlScalar(b.value)}]`,
    '  override:',
    '    exceptions: append',
    '',
  ].join('\n');
  return {
    purpose: `Only once you have confirmed this activity is expected: stop this rule from alerting again for ${a.label} with ${b.label}; every other case still alerts.`,
    yaml,
  };
}
