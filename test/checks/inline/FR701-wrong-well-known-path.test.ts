import { wrongWellKnownPath } from '../../../src/checks/inline/well-known-path.js';
import { testCheck } from '../tester.js';

testCheck(wrongWellKnownPath, {
  valid: [
    { md: 'Falco reads its configuration from `/etc/falco/falco.yaml` and rules from `/etc/falco/rules.d/`.' },
    { md: 'Add local overrides to /etc/falco/falco_rules.local.yaml, then restart the service.' },
    { name: 'container files where Docker keeps them', md: 'Inspect `/var/lib/docker/containers/<container_id>/config.v2.json`.' },
    { name: 'the alert path itself', md: 'The binary `/bin/falco-event-generator-syscall-DropAndExecuteNewBinaryInContainer-iSBERh` ran.' },
    { name: 'user files are not judged', md: 'Save the rule as `/etc/falco/rules.d/10-drop-and-execute.yaml`.' },
    { name: 'URLs are not paths', md: 'See <https://falco.org/docs/reference/daemon/config-options/>.' },
    { name: 'code blocks belong to the command checks', md: '```bash\ncat /etc/falco/falco.conf\n```\n' },
    { name: 'sysctl paths belong to FR702', md: 'Check `/proc/sys/kernel/yama/ptrace_scope`.' },
    { name: 'a path the catalog does not know', md: 'Logs may also be in `/opt/falco/logs/events.json`.' },
    {
      name: 'clear-log-activities line 83: the prose says the path does not exist',
      md: '`/etc/falco/falco.yaml` (Falco has no `/etc/falco/falco.conf`; a file by that name is ignored):',
    },
    { name: 'there is no', md: 'There is no `/etc/falco/falco.conf`; the configuration is `/etc/falco/falco.yaml`.' },
    { name: 'not, after the right one', md: 'Edit `/etc/falco/falco.yaml`, not `/etc/falco/falco.conf`.' },
    { name: 'instead of', md: 'Falco reads /etc/falco/falco.yaml instead of /etc/falco/falco.conf.' },
    { name: 'rather than', md: 'Docker keeps them in /var/lib/docker/containers/ rather than /etc/docker/containers/.' },
    { name: 'a negated verb', md: 'Falco never reads `/etc/falco/falco.conf`.' },
    { name: 'does not exist after the path', md: 'The file `/etc/falco/falco.conf` does not exist on a standard install.' },
    { name: "doesn't exist after the path", md: "`/etc/docker/containers/` doesn't exist; Docker uses `/var/lib/docker/containers/`." },
    { name: 'is not after the path', md: '`/etc/falco/falco.conf` is not the real file.' },
    { name: 'the real one in parentheses after the path', md: 'Some guides say `/etc/falco/falco.conf` (it is `falco.yaml`).' },
    { name: 'no such file', md: 'Falco ships no such file as `/etc/falco/falco.conf`.' },
  ],
  invalid: [
    {
      name: 'seed 004 line 42',
      md: "* Check the host's configuration files (e.g., `/etc/falco/falco.conf`) for any suspicious or unknown containers",
      errors: [{ line: 1, message: '/etc/falco/falco.yaml', suggestion: '/etc/falco/falco.yaml' }],
    },
    {
      name: 'bare path in prose',
      md: 'Docker keeps its per-container files in /etc/docker/containers/.',
      errors: [{ line: 1, message: '/var/lib/docker/containers/' }],
    },
    {
      name: 'a file under a directory that does not exist',
      md: 'Open `/etc/docker/containers/<container_id>/config.json` to see the entrypoint.',
      errors: [{ line: 1, message: '/etc/docker/containers/ does not exist' }],
    },
    { md: 'Rules go in `/etc/falco/rules/`.', errors: [{ line: 1, suggestion: '/etc/falco/rules.d/' }] },
    { name: 'a negation that does not govern the path', md: 'Do not forget to check `/etc/falco/falco.conf` for changes.', errors: [{ line: 1, suggestion: '/etc/falco/falco.yaml' }] },
    { name: 'a negation in another clause', md: 'It is not a false positive. Edit `/etc/falco/falco.conf` to tune it.', errors: [{ line: 1, suggestion: '/etc/falco/falco.yaml' }] },
    { name: 'does not with another verb', md: '`/etc/falco/falco.conf` does not set the output format.', errors: [{ line: 1, suggestion: '/etc/falco/falco.yaml' }] },
  ],
});
