import { operatorTypeMismatch } from '../../../src/checks/falco/operator-type-mismatch.js';
import { testCheck } from '../tester.js';
import { fence, rule } from './rules-md.js';

testCheck(operatorTypeMismatch, {
  valid: [
    { name: 'contains on a string', md: fence(rule({ condition: 'spawned_process and proc.cmdline contains "curl"' })) },
    { name: 'numbers and IPs', md: fence(rule({ condition: 'evt.type = connect and fd.sport > 1024 and fd.sip in ("10.0.0.1", "10.0.0.2") and fd.snet in (rfc_1918_addresses)' })) },
    { name: 'list fields with intersects', md: fence('- rule: Privileged pod\n  desc: d\n  condition: kevt and ka.req.pod.containers.privileged intersects (true)\n  output: Pod (user=%ka.user.name)\n  priority: WARNING\n  source: k8s_audit') },
    { name: 'len() compared with a number', md: fence(rule({ condition: 'spawned_process and len(proc.args) > 100' })) },
  ],
  invalid: [
    { name: 'startswith on a port', md: fence(rule({ condition: 'evt.type = connect and fd.sport startswith 80' })), errors: [{ line: 4, message: "'startswith' does not apply to fd.sport" }] },
    { name: 'contains on an IP', md: fence(rule({ condition: 'evt.type = connect and fd.sip contains "10.0"' })), errors: [{ line: 4, message: 'fd.sip', suggestion: 'in' }] },
    { name: '= on a list field', md: fence('- rule: Privileged pod\n  desc: d\n  condition: kevt and ka.req.pod.containers.privileged = true\n  output: Pod (user=%ka.user.name)\n  priority: WARNING\n  source: k8s_audit'), errors: [{ line: 4, suggestion: 'in' }] },
    { name: 'an exception comp that does not fit', md: fence(rule({ extra: '  exceptions:\n    - name: ports\n      fields: [fd.sport]\n      comps: [startswith]\n      values:\n        - ["80"]\n' })), errors: [{ line: 10, message: "'startswith' does not apply to fd.sport" }] },
  ],
});
