import { inventedCommand } from '../../../src/checks/tools/invented-command.js';
import { testCheck } from '../tester.js';
import { bash, REAL_COMMANDS } from './real-commands.js';

testCheck(inventedCommand, {
  valid: [
    ...REAL_COMMANDS.map((command) => ({ name: command, md: bash(command) })),
    {
      name: 'real programs one edit from a catalog tool',
      md: bash('dd if=/dev/zero of=x bs=1 count=1', 'tac log', 'kubelet --version', 'dockerd --help', 'runsc --version', 'systemd-analyze blame', 'auditd -f'),
    },
    { name: 'Falco companions and unit names', md: bash('falcosidekick -c config.yaml', 'falco-driver-loader', 'falco-exporter') },
    { name: 'other real programs with falco in the name', md: bash('falconctl -g --aid') },
    {
      name: 'real programs a letter or a number away from a catalog tool',
      md: bash('rgrep falco /etc', 'nstat -az', 'xkill', 'tsort deps', 'killall5 -15', 'shasum -a 256 x', 'findfs LABEL=root', 'fallocate -l 1G f'),
    },
    { name: 'a process name (comm) quoted from an alert', md: 'The process `falco-event-gen` ran `/bin/falco-event-generator-syscall-DropAndExecuteNewBinaryInContainer-iSBERh`.\n' },
    { name: 'Falco units and files in prose', md: 'Restart `falco-modern-bpf` and edit `falco_rules.local.yaml`; see `falco-kmod`.\n' },
    { name: 'a word in prose that is one edit from a program', md: 'Check the `state` and `data` of `files` in the `mounts` table.\n' },
    { name: 'a script path', md: bash('./falco-check.sh --all') },
    { name: 'a binary name quoted as a grep pattern', md: bash('docker logs -f <container_id> | grep "falco-event-gen"') },
  ],
  invalid: [
    {
      name: 'seed 003: falco-event-generator in a block',
      md: bash('falco-event-generator --noexec --stdin'),
      errors: [{ line: 2, message: 'falco-event-generator is not a Falco program', suggestion: 'event-generator' }],
    },
    {
      name: 'falco-event-generator in prose',
      md: 'Consider using a more secure event generation mechanism, such as `falco-event-generator`, to generate events.\n',
      errors: [{ line: 1, suggestion: 'event-generator' }],
    },
    { md: bash('falcoctrl artifact list'), errors: [{ line: 2, suggestion: 'falcoctl' }] },
    { md: bash('falco-ctl driver install'), errors: [{ line: 2, suggestion: 'falcoctl' }] },
    { md: bash('kubeclt get pods -A'), errors: [{ line: 2, message: 'kubeclt is not a program the catalog knows', suggestion: 'kubectl' }] },
    { md: bash('dockr ps'), errors: [{ line: 2, suggestion: 'docker' }] },
    { md: bash('systemctrl status falco'), errors: [{ line: 2, suggestion: 'systemctl' }] },
    { md: bash('journalclt -u falco'), errors: [{ line: 2, suggestion: 'journalctl' }] },
    { md: 'Then run `kubeclt get pods` to see the pods.\n', errors: [{ line: 1, suggestion: 'kubectl' }] },
    { md: bash('sudo falco-scanner --container 12d6b2377178'), errors: [{ line: 2, suggestion: 'falco' }] },
    { md: bash('falco-sidekick -c /etc/falcosidekick/config.yaml'), errors: [{ line: 2, suggestion: 'falcosidekick' }] },
  ],
});
