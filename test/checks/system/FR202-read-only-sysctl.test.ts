import { readOnlySysctl } from '../../../src/checks/system/read-only-sysctl.js';
import { testCheck } from '../tester.js';

const bash = (code: string) => `Steps:\n\n\`\`\`bash\n${code}\n\`\`\`\n`;

testCheck(readOnlySysctl, {
  valid: [
    { name: 'reading a read-only sysctl', md: bash('sysctl fs.file-nr\ncat /proc/sys/kernel/osrelease\nsysctl -n kernel.random.boot_id') },
    { md: bash('sysctl -w fs.file-max=2097152') },
    { md: bash('echo 1 > /proc/sys/net/ipv4/ip_forward') },
    { name: 'template names are writable', md: bash('sysctl -w net.ipv4.conf.all.rp_filter=1') },
    { name: 'nmi_watchdog is writable on distro kernels', md: bash('sysctl -w kernel.nmi_watchdog=0') },
    { name: 'redirect from, not to, /proc/sys', md: bash('wc -c < /proc/sys/kernel/random/uuid') },
    { name: 'tee reads nothing from args it does not write', md: bash('cat /proc/sys/fs/file-nr | tee /tmp/file-nr.txt') },
    { name: 'a block of sysctl output names no file and writes nothing', md: 'Current values:\n\n```text\nfs.file-nr = 1024 0 9223372036854775807\nfs.file-max = 9223372036854775807\n```\n' },
  ],
  invalid: [
    { md: bash('sysctl -w fs.file-nr=100000'), errors: [{ line: 4, message: 'fs.file-nr is read-only' }] },
    { name: 'procps sets when = is present', md: bash('sysctl kernel.osrelease=6.1.0'), errors: [{ line: 4, message: 'read-only' }] },
    { md: bash('echo 0 > /proc/sys/kernel/random/entropy_avail'), errors: [{ line: 4, message: 'kernel.random.entropy_avail' }] },
    { md: bash('echo 1 | sudo tee -a /proc/sys/net/netfilter/nf_conntrack_count'), errors: [{ line: 4, message: 'read-only' }] },
    { name: 'a sysctl.d file that sets a read-only sysctl', md: '```conf\n# /etc/sysctl.d/90-files.conf\nfs.file-nr = 100000\n```\n', errors: [{ line: 3, message: 'fs.file-nr is read-only' }] },
  ],
});
