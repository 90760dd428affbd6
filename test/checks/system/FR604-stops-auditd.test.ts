import { stopsAuditd } from '../../../src/checks/system/stops-auditd.js';
import { testCheck } from '../tester.js';

const bash = (code: string) => `Respond:\n\n\`\`\`bash\n${code}\n\`\`\`\n`;

testCheck(stopsAuditd, {
  valid: [
    { md: bash('sudo systemctl status auditd\nsudo service auditd restart\nsudo auditctl -s\nsudo auditctl -e 1\nsudo auditctl -e 2') },
    { md: bash('sudo auditctl -w /etc/falco -p wa -k falco_config\nsudo ausearch -k falco_config') },
    { md: bash('sudo service auditd reload') },
  ],
  invalid: [
    { md: bash('sudo systemctl stop auditd'), errors: [{ line: 4, message: 'stops auditd' }] },
    { md: bash('sudo service auditd stop'), errors: [{ line: 4 }] },
    { md: bash('sudo systemctl disable --now auditd.service'), errors: [{ line: 4 }] },
    { md: bash('sudo auditctl -e 0'), errors: [{ line: 4, message: 'auditctl -e 0' }] },
    { md: bash('sudo pkill auditd'), errors: [{ line: 4 }] },
  ],
});
