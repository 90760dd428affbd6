import { badOverride } from '../../../src/checks/falco/bad-override.js';
import { testCheck } from '../tester.js';
import { fence, rule } from './rules-md.js';

testCheck(badOverride, {
  valid: [
    { name: 'append to Terminal shell in container', md: fence('- rule: Terminal shell in container\n  condition: and not proc.pname in (sshd)\n  override:\n    condition: append') },
    { name: 'replace several keys', md: fence('- rule: Terminal shell in container\n  priority: ERROR\n  tags: [shell]\n  override:\n    priority: replace\n    tags: replace') },
    { name: 'enabled: false override', md: fence('- rule: Read sensitive file untrusted\n  enabled: false\n  override:\n    enabled: replace') },
    { name: 'append to an upstream list', md: fence('- list: shell_binaries\n  items: [fish]\n  override:\n    items: append') },
    { name: 'append to an upstream macro', md: fence('- macro: user_known_package_manager_in_container\n  condition: or proc.pname = ansible\n  override:\n    condition: append') },
    { name: 'override of a rule defined earlier in the text', md: fence(`${rule()}- rule: Shell in container\n  priority: ERROR\n  override:\n    priority: replace\n`) },
    { name: 'redefining an upstream rule with the same source', md: fence(rule({ name: 'Terminal shell in container' })) },
  ],
  invalid: [
    { name: 'append to a rule that does not exist', md: fence('- rule: Terminal shell in containr\n  condition: and not proc.pname = sshd\n  override:\n    condition: append'), errors: [{ line: 2, message: 'no rule of that name exists', suggestion: 'Terminal shell in container' }] },
    { name: 'disable a rule that does not exist', md: fence('- rule: Shell spawned in container\n  enabled: false'), errors: [{ line: 2, message: 'no rule of that name' }] },
    { name: 'append to a list that does not exist', md: fence('- list: my_allowed_shells\n  items: [fish]\n  override:\n    items: append'), errors: [{ line: 2, message: 'no list of that name' }] },
    { name: 'override and append together', md: fence('- rule: Terminal shell in container\n  condition: and not proc.pname = sshd\n  append: true\n  override:\n    condition: append'), errors: [{ line: 5, message: 'cannot be used together' }] },
    { name: 'a key present but not listed', md: fence('- rule: Terminal shell in container\n  condition: and not proc.pname = sshd\n  priority: ERROR\n  override:\n    condition: append'), errors: [{ line: 4, message: "'priority' has no entry under override" }] },
    { name: 'a listed key that is absent', md: fence('- rule: Terminal shell in container\n  condition: and not proc.pname = sshd\n  override:\n    condition: append\n    output: append'), errors: [{ line: 6, message: "override lists 'output'" }] },
    { name: 'appending to priority', md: fence('- rule: Terminal shell in container\n  priority: ERROR\n  override:\n    priority: append'), errors: [{ line: 5, message: 'cannot be appended to', suggestion: 'replace' }] },
    { name: 'an invalid operation', md: fence('- rule: Terminal shell in container\n  priority: ERROR\n  override:\n    priority: merge'), errors: [{ line: 5, message: "invalid override operation 'merge'" }] },
    { name: 'redefining a k8s_audit rule as a syscall rule', md: fence(rule({ name: 'Disallowed K8s User' })), errors: [{ line: 2, message: 'defined with source k8s_audit' }] },
  ],
});
