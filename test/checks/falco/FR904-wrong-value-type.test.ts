import { wrongValueType } from '../../../src/checks/falco/wrong-value-type.js';
import { testCheck } from '../tester.js';
import { fence, rule } from './rules-md.js';

testCheck(wrongValueType, {
  valid: [
    { name: 'enabled: false on a new rule', md: fence(rule({ extra: '  enabled: false\n' })) },
    { name: 'yaml-cpp booleans (yes, On, FALSE)', md: fence(rule({ extra: '  enabled: yes\n  warn_evttypes: On\n  capture: FALSE\n' })) },
    { name: 'tags as a block list', md: fence(rule({ extra: '  tags:\n    - container\n    - mitre_execution\n' })) },
    { name: 'folded condition', md: fence(rule({ condition: '>\n    spawned_process and container\n    and proc.name = bash' })) },
    { name: 'list items may be numbers', md: fence('- list: my_ports\n  items: [22, 2222]') },
    { name: 'legacy integer engine version', md: fence('- required_engine_version: 15') },
    { name: 'plugin versions', md: fence('- required_plugin_versions:\n    - name: container\n      version: 0.4.0\n      alternatives:\n        - name: k8smeta\n          version: 0.1.0') },
  ],
  invalid: [
    { name: 'tags as a string', md: fence(rule({ extra: '  tags: container\n' })), errors: [{ line: 7, message: "'tags' must be a list" }] },
    { name: 'enabled: maybe', md: fence(rule({ extra: '  enabled: maybe\n' })), errors: [{ line: 7, message: "'enabled' must be true or false" }] },
    {
      name: 'seed 001: condition as an or: mapping',
      md: fence('- rule: Restrict New Binary Execution\n  desc: d\n  condition:\n    or:\n    - container.id != "c61b4b13ae44"\n  output: o\n  priority: WARNING'),
      errors: [{ line: 5, message: "'condition' must be a string, not a mapping" }],
    },
    { name: 'empty output', md: fence(rule({ output: '' })), errors: [{ line: 5, message: "'output' is empty" }] },
    { name: 'capture_duration in words', md: fence(rule({ extra: '  capture_duration: 5s\n' })), errors: [{ line: 7, message: 'whole number' }] },
    { name: 'engine version that is not a version', md: fence('- required_engine_version: latest'), errors: [{ line: 2, message: 'not a version' }] },
    { name: 'nested list in items', md: fence('- list: my_bins\n  items:\n    - [nc, ncat]'), errors: [{ line: 4, message: 'plain value' }] },
  ],
});
