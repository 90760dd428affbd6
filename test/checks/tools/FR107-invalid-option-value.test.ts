import { invalidOptionValue } from '../../../src/checks/tools/invalid-option-value.js';
import { testCheck } from '../tester.js';
import { bash, REAL_COMMANDS } from './real-commands.js';

testCheck(invalidOptionValue, {
  valid: [
    ...REAL_COMMANDS.map((command) => ({ name: command, md: bash(command) })),
    {
      name: 'values read the way the programs read them',
      md: bash(
        'kubectl get pods -o jsonpath-as-json={.items}',
        'systemctl list-units -t service,socket',
        'journalctl -p err..crit',
        'ls --time-style=+%F',
        'dmesg -l err,warn',
        'crictl ps --state Running',
        'docker run --health-interval 30s nginx',
      ),
    },
    { name: 'dynamic and placeholder values', md: bash('kubectl get pods -o $FORMAT', 'journalctl -o <format>') },
    { name: 'options without a fixed set of values', md: bash('docker ps --format table', 'falco -o json_output=true') },
  ],
  invalid: [
    { md: bash('journalctl -u falco-modern-bpf -o jsonl'), errors: [{ line: 2, message: 'jsonl is not one of them', suggestion: 'json' }] },
    { md: bash('kubectl get pods -A -o table'), errors: [{ line: 2, message: '-o of kubectl get takes one of json, yaml' }] },
    { md: bash('kubectl get pods --output=yml'), errors: [{ line: 2, suggestion: 'yaml' }] },
    { md: bash('grep --colour=sometimes x file'), errors: [{ line: 2, message: '--colour of grep takes one of always, never, auto' }] },
    { md: bash('crictl ps -o xml'), errors: [{ line: 2, message: 'xml is not one of them' }] },
    { md: bash('docker --log-level verbose ps'), errors: [{ line: 2, message: '--log-level of docker takes one of debug, info' }] },
    { md: bash('systemctl list-units --type=services'), errors: [{ line: 2, suggestion: 'service' }] },
    { md: 'Use `kubectl get pods -o table` to list them.\n', errors: [{ line: 1, message: 'table is not one of them' }] },
  ],
});
