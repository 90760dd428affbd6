import { falcoPathNotDefault } from '../../../src/checks/system/falco-path-not-default.js';
import { testCheck } from '../tester.js';

const bash = (code: string) => `Watch the alerts:\n\n\`\`\`bash\n${code}\n\`\`\`\n`;

testCheck(falcoPathNotDefault, {
  valid: [
    { md: bash('sudo journalctl -fu falco-modern-bpf.service\ngrep falco /var/log/syslog') },
    { name: 'created by the report', md: bash('sudo mkdir -p /var/log/falco\nsudo touch /var/log/falco/events.json\ntail -f /var/log/falco/events.json') },
    {
      name: 'file_output configured first',
      md: 'Enable file output:\n\n```yaml\nfile_output:\n  enabled: true\n  filename: /var/log/falco.log\n```\n\n```bash\nsudo tail -f /var/log/falco.log\n```\n',
    },
    { name: 'other logs', md: bash('tail -f /var/log/falco-exporter.txt /var/log/messages') },
  ],
  invalid: [
    { md: bash('sudo tail -f /var/log/falco.log'), errors: [{ line: 4, message: 'file_output' }] },
    { md: bash('sudo grep "Drop and execute" /var/log/falco/falco.log'), errors: [{ line: 4, message: '/var/log/falco/' }] },
  ],
});
