import { optionMissingValue } from '../../../src/checks/tools/option-missing-value.js';
import { testCheck } from '../tester.js';
import { bash, REAL_COMMANDS } from './real-commands.js';

testCheck(optionMissingValue, {
  valid: [
    ...REAL_COMMANDS.map((command) => ({ name: command, md: bash(command) })),
    { name: 'an option without its value in prose', md: 'The `-c` option of `falco -c` names the configuration file; `journalctl -u` filters by unit.\n' },
    { name: 'xargs supplies the value', md: bash('echo 50 | xargs docker logs 12d6b2377178 --tail') },
    { name: 'stdin as the value before a here-document', md: bash('kubectl apply -f - <<EOF', 'apiVersion: v1', 'EOF') },
    { name: 'a value on the continuation line', md: bash('journalctl -u \\', '  falco-modern-bpf') },
    { name: 'optional values may be absent', md: bash('journalctl -b', 'tail -f /var/log/syslog', 'ls --color', 'falco --list', 'sort -c', 'curl --help') },
  ],
  invalid: [
    { md: bash('journalctl --since "1 hour ago" -u'), errors: [{ line: 2, message: '-u of journalctl needs a value and none follows (--unit)' }] },
    { md: bash('falco -r'), errors: [{ line: 2, message: '-r of falco needs a value' }] },
    { md: bash('docker logs 12d6b2377178 --tail'), errors: [{ line: 2, message: '--tail of docker logs needs a value' }] },
    { md: bash('kubectl logs falco-abc -n'), errors: [{ line: 2, message: '-n of kubectl logs needs a value' }] },
    { md: bash('docker logs 12d6b2377178 --tail | grep error'), errors: [{ line: 2, message: '--tail of docker logs needs a value' }] },
    { md: bash('grep -rn falco /etc -e'), errors: [{ line: 2, message: '-e of grep needs a value' }] },
  ],
});
