import { disablesSelinux } from '../../../src/checks/system/disables-selinux.js';
import { testCheck } from '../tester.js';

const bash = (code: string) => `Respond:\n\n\`\`\`bash\n${code}\n\`\`\`\n`;

testCheck(disablesSelinux, {
  valid: [
    { md: bash('getenforce\nsestatus\nsudo setenforce 1\nsudo setenforce Enforcing') },
    { md: bash("sudo sed -i 's/^SELINUX=permissive/SELINUX=enforcing/' /etc/selinux/config") },
    { md: bash('sudo ausearch -m AVC -ts recent') },
  ],
  invalid: [
    { md: bash('sudo setenforce 0'), errors: [{ line: 4, message: 'setenforce 0' }] },
    { md: bash('setenforce permissive'), errors: [{ line: 4 }] },
    { md: bash("sudo sed -i 's/^SELINUX=enforcing/SELINUX=disabled/' /etc/selinux/config"), errors: [{ line: 4, message: 'SELINUX=disabled' }] },
    { md: bash('echo "SELINUX=permissive" | sudo tee /etc/selinux/config'), errors: [{ line: 4 }] },
    { md: bash('echo 0 > /sys/fs/selinux/enforce'), errors: [{ line: 4 }] },
    { name: 'RHEL symlink', md: bash("sed -i 's/SELINUX=enforcing/SELINUX=permissive/g' /etc/sysconfig/selinux"), errors: [{ line: 4 }] },
  ],
});
