import { unknownRuleKey } from '../../../src/checks/falco/unknown-rule-key.js';
import { testCheck } from '../tester.js';
import { fence, rule } from './rules-md.js';

testCheck(unknownRuleKey, {
  valid: [
    { name: 'every optional rule key', md: fence(rule({ extra: '  source: syscall\n  enabled: true\n  tags: [container]\n  warn_evttypes: false\n  skip-if-unknown-filter: true\n  capture: false\n  capture_duration: 1000\n' })) },
    { name: 'macro and list keys', md: fence('- list: my_bins\n  items: [nc, ncat]\n- macro: my_bin_procs\n  condition: proc.name in (my_bins)') },
    { name: 'lowercase priority warning', md: fence(rule({ priority: 'warning' })) },
    { name: 'Helm values around a correct rule', md: fence(`falco:\n  json_output: true\ncustomRules:\n  shell.yaml: |-\n    ${rule().trimEnd().split('\n').join('\n    ')}\nfalcosidekick:\n  enabled: true`) },
  ],
  invalid: [
    { name: 'action: Falco rules cannot act', md: fence(rule({ extra: '  action: kill\n' })), errors: [{ line: 7, message: 'cannot take actions' }] },
    {
      name: 'filter in a rule of Helm customRules, column and file given',
      md: fence('customRules:\n  shell.yaml: |-\n    - rule: Shell in container\n      desc: A shell was spawned\n      filter: proc.name = bash\n      output: Shell (user=%user.name)\n      priority: WARNING'),
      errors: [{ line: 6, message: '(in customRules: shell.yaml)', suggestion: 'condition' }],
    },
    { name: 'severity instead of priority', md: fence(rule({ extra: '  severity: high\n' })), errors: [{ line: 7, message: "Falco reads 'priority'", suggestion: 'priority' }] },
    {
      name: 'description and filter, with no real keys',
      md: fence('- rule: Shell in container\n  description: A shell was spawned\n  filter: proc.name = bash\n  output: Shell (user=%user.name)\n  priority: WARNING'),
      errors: [
        { line: 3, suggestion: 'desc' },
        { line: 4, suggestion: 'condition' },
      ],
    },
    { name: 'condition misspelt', md: fence(rule({ extra: '  conditon: proc.name = zsh\n' })), errors: [{ line: 7, message: "'conditon'", suggestion: 'condition' }] },
    { name: 'when: on a macro', md: fence('- macro: my_procs\n  when: proc.name = bash\n  condition: proc.name = zsh'), errors: [{ line: 3, suggestion: 'condition' }] },
    { name: 'values: on a list', md: fence('- list: my_bins\n  values: [nc]\n  items: [ncat]'), errors: [{ line: 3, suggestion: 'items' }] },
    { name: 'seed 003: message and when in a rule mapping', md: fence('rule:\n  name: "Disable unknown binaries"\n  message: "Executing unknown binary"\n  when:\n    tags: [x]'), errors: [{ line: 3, suggestion: 'rule' }, { line: 4, suggestion: 'output' }, { line: 5, suggestion: 'condition' }] },
  ],
});
