import { invalidPriority } from '../../../src/checks/falco/invalid-priority.js';
import { testCheck } from '../tester.js';
import { fence, rule } from './rules-md.js';

testCheck(invalidPriority, {
  valid: ['WARNING', 'warning', 'INFO', 'info', 'Informational', 'EMERGENCY', 'Critical', 'debug', 'NOTICE', 'ERROR', 'ALERT'].map((p) => ({
    name: `priority ${p}`,
    md: fence(rule({ priority: p })),
  })),
  invalid: [
    { name: 'HIGH', md: fence(rule({ priority: 'HIGH' })), errors: [{ line: 6, message: "'HIGH' is not a Falco priority" }] },
    { name: 'MEDIUM', md: fence(rule({ priority: 'MEDIUM' })), errors: [{ line: 6, message: "'MEDIUM'" }] },
    { name: 'SEVERE', md: fence(rule({ priority: 'SEVERE' })), errors: [{ line: 6, message: "'SEVERE'" }] },
    { name: 'WARN abbreviates WARNING', md: fence(rule({ priority: 'WARN' })), errors: [{ line: 6, suggestion: 'WARNING' }] },
    { name: 'a typo gets the nearest', md: fence(rule({ priority: 'CRITICL' })), errors: [{ line: 6, suggestion: 'CRITICAL' }] },
    { name: 'INFORMATION', md: fence(rule({ priority: 'INFORMATION' })), errors: [{ line: 6, suggestion: 'INFORMATIONAL' }] },
    { name: 'replacing the priority of an upstream rule', md: fence('- rule: Terminal shell in container\n  priority: urgent\n  override:\n    priority: replace'), errors: [{ line: 3, message: "'urgent'" }] },
  ],
});
