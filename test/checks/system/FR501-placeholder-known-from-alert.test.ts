import { placeholderFromAlert } from '../../../src/checks/system/placeholder-from-alert.js';
import { testCheck } from '../tester.js';

const bash = (code: string) => `Investigate:\n\n\`\`\`bash\n${code}\n\`\`\`\n`;
const alert = {
  time: '2024-10-05T13:00:31.127604412Z',
  rule: 'Terminal shell in container',
  priority: 'Notice',
  hostname: 'mini-debian-lab',
  output_fields: {
    'container.id': 'c61b4b13ae44',
    'container.name': 'peaceful_mestorf',
    'container.image.repository': 'nginx',
    'container.image.tag': '1.27',
    'k8s.pod.name': 'web-7d9f8',
    'k8s.ns.name': 'shop',
    'proc.pid': 4242,
    'user.name': 'root',
    'proc.name': 'bash',
  },
};
const bare = { time: '2024-10-05T13:00:31.127604412Z', rule: 'Terminal shell in container', priority: 'Notice', output_fields: { 'proc.name': 'bash' } };

testCheck(placeholderFromAlert, {
  valid: [
    { name: 'values filled in', md: bash('docker inspect c61b4b13ae44'), alert },
    { name: 'no alert: nothing to suggest', md: bash('docker inspect <container_id>') },
    { name: 'the alert lacks the value', md: bash('docker inspect <container_id>\nkubectl logs -n <namespace> <pod_name>\nls /proc/<pid>/'), alert: bare },
    { name: 'placeholders no alert field answers', md: bash('kubectl get node <node>\ncat <file>\ndocker exec <id> ls'), alert },
    { name: 'placeholders in prose are not commands', md: 'Run `docker inspect <container_id>`.\n', alert },
    {
      name: 'a host process has no container',
      md: bash('docker inspect <container_id>'),
      alert: { ...bare, output_fields: { 'container.id': 'host', 'container.name': 'host' } },
    },
  ],
  invalid: [
    {
      md: bash('docker inspect <container_id>\ndocker logs <container>'),
      alert,
      errors: [
        { line: 4, message: 'container.id is c61b4b13ae44', suggestion: 'c61b4b13ae44' },
        { line: 5, suggestion: 'c61b4b13ae44' },
      ],
    },
    {
      md: bash('kubectl logs -n <namespace> <pod_name>'),
      alert,
      errors: [
        { line: 4, suggestion: 'shop' },
        { line: 4, suggestion: 'web-7d9f8' },
      ],
    },
    { md: bash('cat /proc/<pid>/status'), alert, errors: [{ line: 4, suggestion: '4242' }] },
    { md: bash('docker pull <image>'), alert, errors: [{ line: 4, suggestion: 'nginx:1.27' }] },
    { md: bash('sudo -u <user> id'), alert, errors: [{ line: 4, suggestion: 'root' }] },
    { md: bash('docker stop <container_name>'), alert, errors: [{ line: 4, suggestion: 'peaceful_mestorf' }] },
  ],
});
