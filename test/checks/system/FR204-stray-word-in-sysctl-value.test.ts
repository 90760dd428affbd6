import { straySysctlValue } from '../../../src/checks/system/stray-sysctl-value.js';
import { testCheck } from '../tester.js';

const bash = (code: string) => `Run:\n\n\`\`\`bash\n${code}\n\`\`\`\n`;

testCheck(straySysctlValue, {
  valid: [
    { md: bash('echo 1 > /proc/sys/net/ipv4/ip_forward') },
    { name: 'list-valued sysctl takes several numbers', md: bash('echo 32768 60999 > /proc/sys/net/ipv4/ip_local_port_range') },
    { name: 'printk takes four numbers', md: bash('echo "4 4 1 7" > /proc/sys/kernel/printk\necho 4 4 1 7 > /proc/sys/kernel/printk') },
    { name: 'string sysctl', md: bash("echo '|/usr/lib/systemd/systemd-coredump %P %u %g %s %t %c %h' > /proc/sys/kernel/core_pattern") },
    { name: 'echo -n', md: bash('echo -n 0 > /proc/sys/kernel/yama/ptrace_scope') },
    { name: 'tee with one value', md: bash('echo 2 | sudo tee /proc/sys/kernel/yama/ptrace_scope') },
    { name: 'quoted list value', md: bash('sysctl -w net.ipv4.ip_local_port_range="32768 60999"') },
    { name: 'two sysctls read', md: bash('sysctl net.ipv4.ip_forward kernel.kptr_restrict') },
    { name: 'variable values', md: bash('echo $VALUE extra > /proc/sys/net/ipv4/ip_forward') },
  ],
  invalid: [
    {
      name: 'seed 000 line 40',
      md: bash('echo 3600 > /proc/sys/fs/binfmt/mode Assist'),
      errors: [{ line: 4, message: '"Assist"' }],
    },
    { name: 'second number into a boolean', md: bash('echo 1 0 > /proc/sys/net/ipv4/ip_forward'), errors: [{ line: 4, message: '"1 0"' }] },
    { name: 'word into a list', md: bash('echo 32768 60999 ports > /proc/sys/net/ipv4/ip_local_port_range'), errors: [{ line: 4, message: '"ports"' }] },
    { name: 'through tee', md: bash('echo 2 please | sudo tee /proc/sys/kernel/yama/ptrace_scope'), errors: [{ line: 4, message: '"please"' }] },
    {
      name: 'unquoted list value for sysctl',
      md: bash('sysctl -w net.ipv4.ip_local_port_range=32768 60999'),
      errors: [{ line: 4, message: 'quote a value' }],
    },
  ],
});
