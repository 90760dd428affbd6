import { unknownOption } from '../../../src/checks/tools/unknown-option.js';
import { testCheck } from '../tester.js';
import { bash, REAL_COMMANDS } from './real-commands.js';

testCheck(unknownOption, {
  valid: [
    ...REAL_COMMANDS.map((command) => ({ name: command, md: bash(command) })),
    { name: 'a real falco option in prose', md: 'Run Falco with `--dry-run` to check the configuration.\n' },
    { name: 'a real falco option after a falco command', md: `${bash('falco -c /etc/falco/falco.yaml')}\n* \`-c\`: the configuration file.\n* \`-U\`: unbuffered output.\n` },
    { name: 'kubectl short option named in prose', md: '`-A` is kubectl\'s short for `--all-namespaces`.\n' },
    { name: 'an option of a tool the catalog does not model (helm)', md: 'Install Falco with Helm and `--set driver.kind=modern_ebpf`.\n' },
    { name: 'an option of the command above it that is not Falco', md: `${bash('docker stats --no-stream')}\nFalco alerts aside, \`--no-stream\` prints one snapshot.\n` },
    { name: 'a lone option with nothing to read it against', md: 'Use `--frobnicate` when needed.\n' },
    { name: 'after an iptables command, its options are not checked', md: `${bash('falco -c /etc/falco/falco.yaml', 'iptables -A INPUT -s 1.2.3.4 -j DROP')}\nThe \`-j\` target drops the traffic.\n` },
    { name: 'dynamic option words are not read', md: bash('docker logs $DOCKER_OPTS 12d6b2377178', 'falco ${FALCO_ARGS}') },
    { name: 'prefix of a GNU long option', md: bash('ls --all --human', 'grep --ignore pattern file') },
    { name: 'an option of another tool named in passing', md: 'Falco flagged a container started with `--privileged` and `--net=host`.\n' },
    { name: 'options quoted from a process command line', md: `${bash('ls -la /proc/1234/exe')}\n\nThe binary was run with \`-c\` and \`--daemon\` flags according to \`proc.cmdline\`.\n` },
    { name: 'prose commands are examples, not context', md: 'Run `ls -la /proc/<pid>/exe`.\n\nThe binary was run with `--daemon` according to `proc.cmdline`.\n' },
    {
      name: 'another tool\'s option in running text below a falco block',
      md: `${bash('falco -c /etc/falco/falco.yaml')}\nThe alert shows the container ran with \`--privileged\`.\n`,
    },
    { name: 'not options at all', md: '`-1`, `--`, `-`, and `- rule:` are not options.\n' },
    { name: 'inline command spans that are right', md: 'Run `docker logs --tail 50 <container_id>` or `falco -o json_output=true`.\n' },
  ],
  invalid: [
    { md: bash('docker logs --lines 50 web'), errors: [{ line: 2, message: 'docker logs has no option --lines' }] },
    { md: bash('docker ps --running'), errors: [{ line: 2, message: 'docker ps has no option --running' }] },
    { md: bash('docker inspect --format-json abc'), errors: [{ line: 2, message: 'no option --format-json' }] },
    { md: bash('docker logs -xf abc'), errors: [{ line: 2, message: 'docker logs has no option -x (in -xf)' }] },
    { md: bash('docker ps --debug'), errors: [{ line: 2, message: 'global option and must come before the subcommand' }] },
    { md: bash('docker lgos x', 'docker logs --tial 5 x'), errors: [{ line: 3, message: 'no option --tial', suggestion: '--tail' }] },
    { md: bash('kubectl logs --container-name x pod'), errors: [{ line: 2, message: 'kubectl logs has no option --container-name' }] },
    { md: bash('kubectl get pods --all'), errors: [{ line: 2, message: 'kubectl get has no option --all' }] },
    { md: bash('kubectl exec pod ls -la'), errors: [{ line: 2, message: 'put the command to run in the container after --' }] },
    { md: bash('crictl logs --tial 5 abc'), errors: [{ line: 2, suggestion: '--tail' }] },
    { md: bash('systemctl --follow status falco'), errors: [{ line: 2, message: 'systemctl has no option --follow' }] },
    { md: bash('journalctl --tail 50 -u falco'), errors: [{ line: 2, message: 'journalctl has no option --tail' }] },
    { md: bash('grep --recursive-all x /etc'), errors: [{ line: 2, message: 'grep has no option --recursive-all' }] },
    { md: bash('tail -Q /var/log/syslog'), errors: [{ line: 2, message: 'tail has no option -Q' }] },
    { md: bash('falco --alert-only'), errors: [{ line: 2, message: 'falco has no option --alert-only' }] },
    {
      name: 'a falco.yaml key written as an option',
      md: bash('falco --json_output'),
      errors: [{ line: 2, message: '-o json_output=<value>', suggestion: '-o json_output=' }],
    },
    {
      name: 'seed 001: --event_logger and --log_format',
      md: bash('# Log events using the json format', 'falco --event_logger enabled=true --log_format json'),
      errors: [
        { line: 3, message: 'falco has no option --event_logger' },
        { line: 3, message: 'falco has no option --log_format' },
      ],
    },
    { md: bash('falcoctl driver config --typ modern_ebpf'), errors: [{ line: 2, message: 'falcoctl driver config has no option --typ', suggestion: '--type' }] },
    {
      name: 'the command run in a container is read as its own program',
      md: bash('kubectl exec -it falco-abc -n falco -- falco --alert-only', 'docker exec 12d6b2377178 journalctl --tail 5'),
      errors: [
        { line: 2, message: 'falco has no option --alert-only' },
        { line: 3, message: 'journalctl has no option --tail' },
      ],
    },
    { md: bash('event-generator run --noexec'), errors: [{ line: 2, message: 'event-generator run has no option --noexec' }] },
    {
      name: 'options of an invented name read against the real program',
      md: bash('falco-event-generator --noexec --stdin'),
      errors: [
        { line: 2, message: 'event-generator has no option --noexec' },
        { line: 2, message: 'event-generator has no option --stdin' },
      ],
    },
    {
      name: 'inline spans: a command and lone options after a falco command',
      md: [
        bash('falco -c /etc/falco/falco.yaml'),
        '*   `--alert-only`: Enables alerting only on critical events.',
        '*   `--log-format`: Specifies the log format (in this case, `json`).',
        '',
        'Or run `docker logs --lines 5 x`.',
        '',
      ].join('\n'),
      errors: [
        { line: 5, message: '--alert-only is not an option of falco' },
        { line: 6, message: '--log-format is not an option of falco' },
        { line: 8, message: 'docker logs has no option --lines' },
      ],
    },
    {
      name: 'a lone option in a line about the event generator',
      md: 'The `--noexec` option stops the event generator from executing commands.\n',
      errors: [{ line: 1, message: '--noexec is not an option of event-generator' }],
    },
  ],
});
