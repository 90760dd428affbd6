import { falcoOptionNotInRelease } from '../../../src/checks/tools/falco-option-not-in-release.js';
import { testCheck } from '../tester.js';
import { bash, REAL_COMMANDS } from './real-commands.js';

testCheck(falcoOptionNotInRelease, {
  valid: [
    ...REAL_COMMANDS.map((command) => ({ name: command, md: bash(command) })),
    { name: 'the replacements', md: bash('falco -o base_syscalls.all=true', 'falco -o engine.kind=modern_ebpf', 'falco --list-events') },
    { name: 'a removed letter that another tool has', md: bash('docker ps -a', 'kubectl get pods -A') },
    { name: 'deprecated but still accepted', md: bash('falco -pc', 'falco --markdown --list') },
    { name: 'an option removed later is fine for an older Falco', md: bash('falco -A -c /etc/falco/falco.yaml'), falcoVersion: '0.40.0' },
    { name: 'an option added by then', md: bash('falco --config-schema'), falcoVersion: '0.39.0' },
  ],
  invalid: [
    {
      name: 'an option added after the target release',
      md: bash('falco --format json -L'),
      falcoVersion: '0.40.0',
      errors: [{ line: 2, message: 'falco option --format was added in Falco 0.44.0; Falco 0.40.0 does not have it' }],
    },
    {
      name: 'an option removed before the target release',
      md: bash('falco --modern-bpf'),
      falcoVersion: '0.40.0',
      errors: [{ line: 2, message: 'was removed in Falco 0.38.0', suggestion: '-o engine.kind=modern_ebpf' }],
    },
    {
      md: bash('falco -A -c /etc/falco/falco.yaml'),
      errors: [{ line: 2, message: 'falco option -A was removed in Falco 0.41.0; use -o base_syscalls.all=true instead', suggestion: '-o base_syscalls.all=true' }],
    },
    { md: bash('falco --modern-bpf'), errors: [{ line: 2, message: 'removed in Falco 0.38.0', suggestion: '-o engine.kind=modern_ebpf' }] },
    { md: bash('falco -k https://kubernetes.default -K /var/run/secrets/token'), errors: [{ line: 2, message: '0.37.0' }, { line: 2, message: '0.37.0' }] },
    { md: bash('falco --list-syscall-events'), errors: [{ line: 2, suggestion: '--list-events' }] },
    { md: bash('kubectl exec -n falco ds/falco -- falco --list-syscall-events'), errors: [{ line: 2, suggestion: '--list-events' }] },
    { md: bash('sudo falco -u --cri /run/containerd/containerd.sock'), errors: [{ line: 2, message: '-u was removed' }, { line: 2, message: '--cri was removed in Falco 0.40.0' }] },
    { md: bash('falco -Ar /etc/falco/falco_rules.yaml'), errors: [{ line: 2, message: '-A was removed' }] },
    { md: 'Start Falco with `falco -S 128` to capture more bytes.\n', errors: [{ line: 1, message: '-S was removed in Falco 0.41.0' }] },
    { md: 'Falco\'s `--nodriver` flag skips the driver.\n', errors: [{ line: 1, suggestion: '-o engine.kind=nodriver' }] },
  ],
});
