import { disablesAppArmor } from '../../../src/checks/system/disables-apparmor.js';
import { testCheck } from '../tester.js';

const bash = (code: string) => `Respond:\n\n\`\`\`bash\n${code}\n\`\`\`\n`;

testCheck(disablesAppArmor, {
  valid: [
    { md: bash('sudo aa-status\nsudo systemctl status apparmor\nsudo systemctl reload apparmor') },
    { md: bash('sudo apparmor_parser -r /etc/apparmor.d/docker-default') },
  ],
  invalid: [
    { md: bash('sudo systemctl disable --now apparmor'), errors: [{ line: 4, message: 'AppArmor' }] },
    { md: bash('sudo systemctl stop apparmor.service\nsudo service apparmor teardown'), errors: [{ line: 4 }, { line: 5, message: 'tears down' }] },
    { md: bash('sudo aa-teardown'), errors: [{ line: 4 }] },
  ],
});
