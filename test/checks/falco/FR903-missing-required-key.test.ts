import { missingRequiredKey } from '../../../src/checks/falco/missing-required-key.js';
import { testCheck } from '../tester.js';
import { fence, rule } from './rules-md.js';

testCheck(missingRequiredKey, {
  valid: [
    { name: 'a complete rule', md: fence(rule()) },
    { name: 'priority: INFO', md: fence(rule({ priority: 'INFO' })) },
    { name: 'disabling an upstream rule the deprecated way', md: fence('- rule: Terminal shell in container\n  enabled: false') },
    { name: 'disabling an upstream rule with override', md: fence('- rule: Terminal shell in container\n  enabled: false\n  override:\n    enabled: replace') },
    {
      name: 'an excerpt that elides keys with ...',
      md: fence('- rule: Terminal shell in container\n  ...\n  condition: >\n    spawned_process and container and shell_procs and proc.tty != 0\n  ...'),
    },
    { name: 'appending to an upstream rule needs no other key', md: fence('- rule: Terminal shell in container\n  condition: and not proc.pname in (sshd)\n  override:\n    condition: append') },
  ],
  invalid: [
    {
      name: 'no output',
      md: fence('- rule: Shell in container\n  desc: A shell was spawned in a container\n  condition: spawned_process and container and proc.name = bash\n  priority: WARNING'),
      errors: [{ line: 2, message: 'missing output' }],
    },
    { name: 'condition misspelt leaves the rule without a condition', md: fence(rule({ extra: '' }).replace('  condition:', '  conditon:')), errors: [{ line: 2, message: 'missing condition' }] },
    { name: 'a rule with only tags', md: fence('- rule: Terminal shell in container\n  tags: [shell]'), errors: [{ line: 2, message: 'no condition, output, desc or priority' }] },
    { name: 'a macro without condition', md: fence('- macro: my_procs\n  items: [bash]'), errors: [{ line: 2, message: 'has no condition' }] },
    { name: 'a list without items', md: fence('- list: my_bins'), errors: [{ line: 2, message: 'has no items' }] },
  ],
});
