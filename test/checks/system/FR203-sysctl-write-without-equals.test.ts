import { sysctlWriteSyntax } from '../../../src/checks/system/sysctl-write-syntax.js';
import { testCheck } from '../tester.js';

const bash = (code: string) => `Run:\n\n\`\`\`bash\n${code}\n\`\`\`\n`;

testCheck(sysctlWriteSyntax, {
  valid: [
    { md: bash('sysctl -w net.ipv4.ip_forward=0') },
    { md: bash('sysctl -w net.ipv4.ip_forward=0 kernel.kptr_restrict=2') },
    { name: 'reading several', md: bash('sysctl net.ipv4.ip_forward kernel.kptr_restrict') },
    { name: 'quoted value with spaces', md: bash('sysctl -w net.ipv4.ip_local_port_range="32768 60999"') },
    { name: 'sysctl -p FILE', md: bash('sysctl -p /etc/sysctl.d/99-falco.conf') },
    { name: 'write with -q', md: bash('sysctl -qw kernel.yama.ptrace_scope=2') },
    { name: 'dynamic operand', md: bash('sysctl -w "$SETTING"') },
  ],
  invalid: [
    {
      md: bash('sysctl -w net.ipv4.ip_forward 0'),
      errors: [{ line: 4, message: 'name=value', suggestion: 'net.ipv4.ip_forward=0' }],
    },
    {
      name: 'a bare name after a write',
      md: bash('sudo sysctl -w kernel.kptr_restrict=2 kernel.dmesg_restrict'),
      errors: [{ line: 4, message: '"kernel.dmesg_restrict" has no "="' }],
    },
    { name: 'long option', md: bash('sysctl --write kernel.yama.ptrace_scope 3'), errors: [{ line: 4, suggestion: 'kernel.yama.ptrace_scope=3' }] },
  ],
});
