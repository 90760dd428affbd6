import { describe, expect, it } from 'vitest';
import { nonexistentPath } from '../../../src/checks/system/nonexistent-path.js';
import { checkWellKnownPath } from '../../../src/checks/system/paths.js';
import { testCheck } from '../tester.js';

const bash = (code: string) => `Investigate:\n\n\`\`\`bash\n${code}\n\`\`\`\n`;

testCheck(nonexistentPath, {
  valid: [
    { md: bash('sudo vi /etc/falco/falco.yaml\ncat /etc/falco/falco_rules.local.yaml') },
    { name: 'user rules files in rules.d', md: bash('sudo cp custom-rules.yaml /etc/falco/rules.d/\nls /etc/falco/rules.d/50-custom.yaml') },
    { name: 'config.d files', md: bash('cat /etc/falco/config.d/falco.container_plugin.yaml\nsudo tee /etc/falco/config.d/outputs.yaml') },
    { name: 'rules installed by falcoctl', md: bash('cat /etc/falco/falco-incubating_rules.yaml /etc/falco/k8s_audit_rules.yaml') },
    { name: 'backups of real files', md: bash('cp /etc/falco/falco.yaml /etc/falco/falco.yaml.bak') },
    { name: 'user files in /etc/falco not near a real one', md: bash('cat /etc/falco/custom_rules.yaml\nls /etc/falco/certs/') },
    {
      name: 'docker container files with placeholders and real ids',
      md: bash(
        'cat /var/lib/docker/containers/<container_id>/config.v2.json\n' +
          'jq . /var/lib/docker/containers/c61b4b13ae44/hostconfig.json\n' +
          'tail -f /var/lib/docker/containers/$CID/$CID-json.log\n' +
          'ls /var/lib/docker/containers/c61b4b13ae44/c61b4b13ae44-json.log.1\n' +
          'cat /var/lib/docker/containers/*/config.v2.json',
      ),
    },
    { name: "docker's own containerd state", md: bash('ls /var/lib/docker/containerd/daemon\nls /var/lib/docker/buildkit') },
    {
      name: '/proc/<pid> files',
      md: bash('cat /proc/<pid>/status\nls -l /proc/1234/exe\ncat /proc/self/cgroup\nls -l /proc/$PID/ns/\nreadlink /proc/<pid>/ns/mnt\ncat /proc/1/statm /proc/1/net/udp6'),
    },
    { name: 'other /proc files', md: bash('cat /proc/meminfo /proc/cpuinfo /proc/modules') },
    {
      name: 'user-created config files the catalog marks absent on a stock install',
      md: bash('sudo vi /etc/docker/daemon.json\nsudo mkdir -p /etc/systemd/system/docker.service.d\ncat /etc/kubernetes/audit-policy.yaml\ncat /etc/ld.so.preload'),
    },
    { name: 'kubernetes', md: bash('ls /etc/kubernetes/manifests/\ncat /etc/kubernetes/admin.conf /etc/kubernetes/scheduler.conf\ncat /var/lib/kubelet/config.yaml') },
    { name: 'volume mount of the real file', md: bash('docker run -v /etc/falco/falco.yaml:/etc/falco/falco.yaml:ro falcosecurity/falco') },
    { name: 'not a path', md: bash('grep -r falco.conf .\necho "see https://example.com/etc/falco/falco.conf"') },
    { name: 'paths in YAML blocks are not commands', md: '```yaml\nrules_file: /etc/falco/falco.conf\n```\n' },
  ],
  invalid: [
    {
      md: bash('sudo vi /etc/falco/falco.conf'),
      errors: [{ line: 4, message: '/etc/falco/falco.yaml', suggestion: '/etc/falco/falco.yaml' }],
    },
    {
      name: 'seed 000 line 43',
      md: bash("sed -i 's/a/b/' /etc/docker/containers/<container_id>/config.json"),
      errors: [{ line: 4, message: '/var/lib/docker/containers/<id>/config.v2.json', suggestion: '/var/lib/docker/containers/<container_id>/config.v2.json' }],
    },
    {
      name: 'rules directory',
      md: bash('sudo cp my_rules.yaml /etc/falco/rules/'),
      errors: [{ line: 4, message: 'rules.d', suggestion: '/etc/falco/rules.d/' }],
    },
    {
      name: 'file under the invented rules directory',
      md: bash('cat /etc/falco/rules/custom.yaml'),
      errors: [{ line: 4, suggestion: '/etc/falco/rules.d/custom.yaml' }],
    },
    { md: bash('vi /etc/falco/falco_rules.local.yml'), errors: [{ line: 4, suggestion: '/etc/falco/falco_rules.local.yaml' }] },
    { name: 'near miss in /etc/falco', md: bash('cat /etc/falco/falco_rule.yaml'), errors: [{ line: 4, suggestion: '/etc/falco/falco_rules.yaml' }] },
    { name: 'near miss directory', md: bash('ls /etc/falco/rule.d/'), errors: [{ line: 4, suggestion: '/etc/falco/rules.d/' }] },
    {
      name: 'near miss in a container directory',
      md: bash('cat /var/lib/docker/containers/c61b4b13ae44/config.json'),
      errors: [{ line: 4, suggestion: '/var/lib/docker/containers/c61b4b13ae44/config.v2.json' }],
    },
    {
      name: 'container.log',
      md: bash('tail -f /var/lib/docker/containers/<container_id>/container.log'),
      errors: [{ line: 4, suggestion: '/var/lib/docker/containers/<container_id>/<container_id>-json.log' }],
    },
    { name: '/proc files that do not exist', md: bash('cat /proc/<pid>/capabilities\nls /proc/1234/ns/container'), errors: [{ line: 4, suggestion: '/proc/<pid>/status' }, { line: 5 }] },
    { name: 'kubernetes manifest dir', md: bash('ls /etc/kubernetes/manifest/'), errors: [{ line: 4, suggestion: '/etc/kubernetes/manifests/' }] },
    { name: 'docker volume mount', md: bash('docker run -v /etc/falco/falco.conf:/etc/falco/falco.yaml falcosecurity/falco'), errors: [{ line: 4 }] },
    { name: 'option value', md: bash('falco --config=/etc/falco/falco.conf'), errors: [{ line: 4, suggestion: '/etc/falco/falco.yaml' }] },
    { name: 'redirect target', md: bash('echo "json_output: true" >> /etc/falco/falco.conf'), errors: [{ line: 4 }] },
    { name: 'kubelet kubeconfig', md: bash('cat /var/lib/kubelet/kubeconfig'), errors: [{ line: 4, suggestion: '/etc/kubernetes/kubelet.conf' }] },
  ],
});

describe('checkWellKnownPath', () => {
  it('names the real Falco config file for falco.conf', () => {
    expect(checkWellKnownPath('/etc/falco/falco.conf')).toMatchObject({ message: expect.stringContaining('/etc/falco/falco.yaml'), suggestion: '/etc/falco/falco.yaml' });
  });
  it('passes real and unknown paths', () => {
    for (const path of ['/etc/falco/falco.yaml', '/etc/falco/rules.d/x.yaml', '/var/log/syslog', '/home/user/notes.txt', '/etc/falco/', 'falco.conf', '/var/lib/docker/containers/<id>/']) {
      expect(checkWellKnownPath(path)).toBeUndefined();
    }
  });
});
