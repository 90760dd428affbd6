import { describe, expect, it } from 'vitest';
import { isWorldWritable, worldWritableSystemPath } from '../../../src/checks/system/world-writable.js';
import { testCheck } from '../tester.js';

const bash = (code: string) => `Fix permissions:\n\n\`\`\`bash\n${code}\n\`\`\`\n`;

testCheck(worldWritableSystemPath, {
  valid: [
    { md: bash('sudo chmod 640 /etc/falco/falco.yaml\nsudo chmod 755 /usr/local/bin/tool\nsudo chmod 600 /root/.ssh/authorized_keys') },
    { name: 'sticky shared directories', md: bash('sudo chmod 1777 /tmp\nchmod 777 /tmp/scratch') },
    { name: 'user files', md: bash('chmod 777 ./build.sh\nchmod -R a+rwx /home/user/project') },
    { name: 'removing write', md: bash('sudo chmod o-w /etc/passwd\nsudo chmod go-rwx /etc/shadow') },
    { name: '+w obeys the umask', md: bash('sudo chmod +w /etc/falco/falco.yaml') },
    { name: 'devices that are 0666 by design', md: bash('sudo chmod 666 /dev/null') },
  ],
  invalid: [
    { md: bash('sudo chmod 777 /etc/falco/falco.yaml'), errors: [{ line: 4, message: 'writable by every user' }] },
    { md: bash('sudo chmod -R 777 /var/lib/docker'), errors: [{ line: 4 }] },
    { md: bash('sudo chmod 666 /var/run/docker.sock'), errors: [{ line: 4 }] },
    { md: bash('sudo chmod a+rwx /usr/bin/falco\nsudo chmod o+w /etc/passwd'), errors: [{ line: 4 }, { line: 5 }] },
    { md: bash('sudo chmod -R 0777 /'), errors: [{ line: 4 }] },
  ],
});

describe('isWorldWritable', () => {
  it('reads octal and symbolic modes', () => {
    expect(['777', '0777', '666', '0002', 'a+w', 'o+w', 'ugo=rwx', 'u+x,o+w'].map(isWorldWritable)).toEqual(Array(8).fill(true));
    expect(['755', '644', '1777', '775', '+w', 'g+w', 'o-w', 'a-rwx'].map(isWorldWritable)).toEqual(Array(8).fill(false));
  });
});
