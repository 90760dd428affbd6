import { invalidPriority } from '../../../src/checks/falco/invalid-priority.js';
import { testCheck } from '../tester.js';
import { fence, rule } from './rules-md.js';

/** Helm values of the falcosecurity chart, with a rules file under customRules. */
const helm = (rules: string) => fence(`customRules:\n  custom.yaml: |-\n    ${rules.trimEnd().split('\n').join('\n    ')}`);
/** A Kubernetes ConfigMap that carries a rules file. */
const configMap = (rules: string) =>
  fence(`apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: falco-rules\ndata:\n  custom.yaml: |\n    ${rules.trimEnd().split('\n').join('\n    ')}`);

testCheck(invalidPriority, {
  valid: [
    ...['WARNING', 'warning', 'INFO', 'info', 'Informational', 'EMERGENCY', 'Critical', 'debug', 'NOTICE', 'ERROR', 'ALERT'].map((p) => ({
      name: `priority ${p}`,
      md: fence(rule({ priority: p })),
    })),
    { name: 'a rule in Helm customRules', md: helm(rule()) },
    { name: 'a rule in a ConfigMap', md: configMap(rule({ priority: 'NOTICE' })) },
  ],
  invalid: [
    { name: 'a rule in Helm customRules', md: helm(rule({ priority: 'HIGH' })), errors: [{ line: 8, message: "'HIGH' is not a Falco priority" }] },
    { name: 'a rule in a ConfigMap', md: configMap(rule({ priority: 'SEVERE' })), errors: [{ line: 12, message: "'SEVERE' is not a Falco priority" }] },
    { name: 'HIGH', md: fence(rule({ priority: 'HIGH' })), errors: [{ line: 6, message: "'HIGH' is not a Falco priority" }] },
    { name: 'MEDIUM', md: fence(rule({ priority: 'MEDIUM' })), errors: [{ line: 6, message: "'MEDIUM'" }] },
    { name: 'SEVERE', md: fence(rule({ priority: 'SEVERE' })), errors: [{ line: 6, message: "'SEVERE'" }] },
    { name: 'WARN abbreviates WARNING', md: fence(rule({ priority: 'WARN' })), errors: [{ line: 6, suggestion: 'WARNING' }] },
    { name: 'a typo gets the nearest', md: fence(rule({ priority: 'CRITICL' })), errors: [{ line: 6, suggestion: 'CRITICAL' }] },
    { name: 'INFORMATION', md: fence(rule({ priority: 'INFORMATION' })), errors: [{ line: 6, suggestion: 'INFORMATIONAL' }] },
    { name: 'replacing the priority of an upstream rule', md: fence('- rule: Terminal shell in container\n  priority: urgent\n  override:\n    priority: replace'), errors: [{ line: 3, message: "'urgent'" }] },
  ],
});
