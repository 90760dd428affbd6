import { recursiveDeleteSystemPath } from '../../../src/checks/system/recursive-delete.js';
import { testCheck } from '../tester.js';

const bash = (code: string) => `Clean up:\n\n\`\`\`bash\n${code}\n\`\`\`\n`;

testCheck(recursiveDeleteSystemPath, {
  valid: [
    { md: bash('rm -rf /tmp/falco-investigation\nrm -rf ./build\nsudo rm -rf /var/lib/docker/containers/c61b4b13ae44') },
    { md: bash('sudo rm /etc/cron.d/suspicious\nsudo rm -f /var/log/falco-test.log') },
    { md: bash('rm -rf "$WORKDIR/"\nrm -rf /opt/dropper/') },
    { name: 'not recursive', md: bash('sudo rm /etc/ld.so.preload') },
  ],
  invalid: [
    { md: bash('sudo rm -rf /'), errors: [{ line: 4 }] },
    { md: bash('sudo rm -rf /var/lib/docker'), errors: [{ line: 4, message: '/var/lib/docker' }] },
    { md: bash('sudo rm -r /etc/\nsudo rm -fr /usr\nrm --recursive --force /boot'), errors: [{ line: 4 }, { line: 5 }, { line: 6 }] },
    { md: bash('sudo rm -rf /var/log/*'), errors: [{ line: 4, message: '/var/log/*' }] },
    { md: bash('sudo rm -rf --no-preserve-root /'), errors: [{ line: 4 }] },
  ],
});
