import { unknownCommand } from '../../../src/checks/tools/unknown-command.js';
import { testCheck } from '../tester.js';
import { bash, REAL_COMMANDS } from './real-commands.js';

testCheck(unknownCommand, {
  valid: [
    ...REAL_COMMANDS.map((command) => ({ name: command, md: bash(command) })),
    { name: 'scripts run by path', md: bash('./collect-evidence.sh 12d6b2377178', '/opt/tools/ir-snapshot --all') },
    { name: 'a function the block defines', md: bash('collect() { docker inspect "$1"; }', 'collect 12d6b2377178') },
    { name: 'an alias the block defines', md: bash("alias k='kubectl'", 'k get pods') },
    { name: 'dynamic and placeholder names', md: bash('$TOOL --version', '<command> --help') },
    { name: 'common programs outside the catalog', md: bash('helm list -A', 'jq .output alert.json', 'openssl x509 -in cert.pem -noout', 'falcosidekick --help') },
    { name: 'web servers and databases a report inspects', md: bash('nginx -T', 'psql -c "select 1"', 'redis-cli info', 'etcdctl member list') },
    { name: 'shell builtins and keywords', md: bash('cd /tmp', 'export FALCO_HOSTNAME=x', 'source ./env.sh', 'set -euo pipefail', 'read -r line') },
    { name: 'output lines that are not program-like', md: bash('Falco version: 0.38.0', 'Container validated successfully') },
    { name: 'inline spans are never warned about', md: 'The `proc_exe_ino_ctime_duration_proc_start` value and `contsec-inspect`.\n' },
    { name: 'an invented Falco name is FR102, not FR101', md: bash('falco-event-generator --noexec') },
  ],
  invalid: [
    { md: bash('contsec-inspect --container 12d6b2377178'), errors: [{ line: 2, message: 'contsec-inspect is not a program the catalog knows' }] },
    {
      md: bash('docker ps -q', 'quarantinectl isolate 12d6b2377178', 'systemctl status falco'),
      errors: [{ line: 3, message: 'quarantinectl' }],
    },
  ],
});
