import { unknownSysctl } from '../../../src/checks/system/unknown-sysctl.js';
import { testCheck } from '../tester.js';

const bash = (code: string) => `# Hardening\n\n\`\`\`bash\n${code}\n\`\`\`\n`;

/** A fenced block that shows a file's content, with the sentence that introduces it. */
const conf = (lead: string, body: string, lang = '') => `${lead}\n\n\`\`\`${lang}\n${body}\n\`\`\`\n`;

testCheck(unknownSysctl, {
  valid: [
    { name: 'a sysctl.d file with real names', md: conf('Persist it:', '# /etc/sysctl.d/99-hardening.conf\nkernel.yama.ptrace_scope = 2\n-net.ipv4.conf.all.rp_filter = 1', 'ini') },
    { name: 'php.ini settings are no sysctls', md: conf('Add to `/etc/php/8.2/apache2/php.ini`:', 'session.cookie_httponly = 1\nexpose_php = Off', 'ini') },
    { name: 'a properties file under a sysctl-like top name', md: conf('Set in `ehcache.properties`:', 'net.sf.ehcache.disabled=true', 'properties') },
    { name: 'a YAML block is no sysctl.conf', md: conf('Add to `/etc/sysctl.d/99-x.conf`:', 'kernel.exec-shield: 1', 'yaml') },
    { name: 'a block with other lines is no sysctl.conf', md: conf('Add to `/etc/sysctl.conf`:', '[kernel]\nexec-shield = 1', 'ini') },
    { md: bash('sysctl -w kernel.yama.ptrace_scope=2') },
    { md: bash('sudo sysctl -w net.ipv4.ip_forward=0') },
    { md: bash('sysctl net.ipv4.ip_forward') },
    { md: bash('sysctl -n kernel.randomize_va_space') },
    { name: 'slash form', md: bash('sysctl net/ipv4/ip_forward') },
    { name: 'procps sets when = is present', md: bash('sysctl kernel.kptr_restrict=2') },
    { name: 'several names read at once', md: bash('sysctl kernel.dmesg_restrict kernel.kptr_restrict') },
    { name: 'per-interface template', md: bash('sysctl -w net.ipv4.conf.eth0.rp_filter=1') },
    { name: 'all/default interface', md: bash('sysctl -w net.ipv4.conf.all.rp_filter=1\nsysctl -w net.ipv4.conf.default.accept_redirects=0') },
    { name: 'ipv6 template', md: bash('sysctl -w net.ipv6.conf.all.disable_ipv6=1') },
    { name: 'VLAN interface in path form', md: bash('cat /proc/sys/net/ipv4/conf/eth0.100/rp_filter') },
    { name: 'placeholder interface', md: bash('sysctl -w net.ipv4.conf.<interface>.rp_filter=1') },
    { name: 'variable interface', md: bash('sysctl -w "net.ipv4.conf.$IFACE.rp_filter=1"') },
    { name: 'placeholder for the whole name', md: bash('sysctl <sysctl_name>') },
    { md: bash('echo 1 > /proc/sys/net/ipv4/ip_forward') },
    { md: bash('echo 2 | sudo tee /proc/sys/kernel/yama/ptrace_scope') },
    { md: bash('cat /proc/sys/kernel/yama/ptrace_scope') },
    { name: 'directory of sysctls', md: bash('ls /proc/sys/net/ipv4/\nsysctl net.ipv4.conf.all') },
    { name: 'binfmt_misc entries', md: bash('cat /proc/sys/fs/binfmt_misc/status\necho -1 > /proc/sys/fs/binfmt_misc/qemu-aarch64') },
    { name: 'glob over interfaces', md: bash('grep . /proc/sys/net/ipv4/conf/*/rp_filter') },
    { name: 'sysctl -a and load files', md: bash('sysctl -a | grep ptrace\nsysctl -p /etc/sysctl.d/99-hardening.conf\nsysctl --system') },
    { name: 'dashes in names', md: bash('sysctl -w fs.file-max=2097152\nsysctl kernel.threads-max') },
    { name: 'spaces around = in a quoted operand', md: bash('sysctl -w "net.ipv4.conf.all.rp_filter = 1"') },
    { name: 'hardening list', md: bash('sysctl -w kernel.unprivileged_bpf_disabled=1 net.core.bpf_jit_harden=2 fs.protected_symlinks=1 fs.suid_dumpable=0') },
    { name: 'not in a shell block', md: '```yaml\nsysctl: fs.binfmt.mode\n```\n' },
    { name: 'sysctl.conf lines are not commands', md: '```ini\nkernel.ptrace_scope = 1\n```\n' },
    {
      name: 'persisted in sysctl.d',
      md: bash("echo 'kernel.yama.ptrace_scope = 2' | sudo tee /etc/sysctl.d/99-ptrace.conf\ncat <<'EOF' | sudo tee /etc/sysctl.d/99-hardening.conf\n# hardening\nkernel.kptr_restrict = 2\n-net.ipv4.conf.all.rp_filter = 1\nEOF"),
    },
  ],
  invalid: [
    {
      name: 'seed 000 line 40',
      md: bash('# Set a value\necho 3600 > /proc/sys/fs/binfmt/mode Assist'),
      errors: [{ line: 5, message: 'fs.binfmt.mode', suggestion: '/proc/sys/fs/binfmt_misc/status' }],
    },
    { md: bash('sysctl -w fs.binfmt.mode=1'), errors: [{ line: 4, message: 'invented', suggestion: 'fs.binfmt_misc.status' }] },
    { name: 'wrong directory', md: bash('sysctl -w kernel.ptrace_scope=1'), errors: [{ line: 4, suggestion: 'kernel.yama.ptrace_scope' }] },
    { name: 'misspelt', md: bash('sysctl -w kernel.dmesg_restricted=1'), errors: [{ line: 4, suggestion: 'kernel.dmesg_restrict' }] },
    { name: 'underscore for hyphen', md: bash('sysctl -w fs.file_max=100000'), errors: [{ line: 4, suggestion: 'fs.file-max' }] },
    { name: 'wrong prefix', md: bash('sysctl -w kernel.bpf_jit_harden=2'), errors: [{ line: 4, suggestion: 'net.core.bpf_jit_harden' }] },
    {
      name: 'ipv4 has no disable_ipv6',
      md: bash('sysctl -w net.ipv4.conf.all.disable_ipv6=1'),
      errors: [{ line: 4, suggestion: 'net.ipv6.conf.all.disable_ipv6' }],
    },
    { name: 'misspelt template leaf', md: bash('sysctl -w net.ipv4.conf.all.rp_filters=1'), errors: [{ line: 4, suggestion: 'net.ipv4.conf.all.rp_filter' }] },
    { name: 'slash form', md: bash('sysctl kernel/ptrace_scope'), errors: [{ line: 4, suggestion: 'kernel.yama.ptrace_scope' }] },
    { name: 'read through /proc', md: bash('cat /proc/sys/kernel/ptrace_scope'), errors: [{ line: 4, suggestion: '/proc/sys/kernel/yama/ptrace_scope' }] },
    { name: 'tee into /proc', md: bash('echo 1 | sudo tee /proc/sys/kernel/seccomp/enabled'), errors: [{ line: 4, message: 'kernel.seccomp has' }] },
    { name: 'invented, no near name', md: bash('sysctl -w kernel.container_escape_protection=1'), errors: [{ line: 4, message: 'invented' }] },
    {
      name: 'persisted in sysctl.d through a here-document',
      md: bash("cat <<'EOF' | sudo tee /etc/sysctl.d/99-hardening.conf\nkernel.kptr_restrict = 2\nkernel.ptrace_scope = 1\nEOF\necho 'fs.binfmt.mode=0' >> /etc/sysctl.conf"),
      errors: [
        { line: 6, message: 'sysctl.conf', suggestion: 'kernel.yama.ptrace_scope' },
        { line: 8, suggestion: 'fs.binfmt_misc.status' },
      ],
    },
    {
      name: 'a sysctl.d file named in a comment on top',
      md: conf('Persist the settings across reboots:', '# /etc/sysctl.d/99-hardening.conf\nkernel.yama.ptrace_scope = 2\nkernel.exec-shield = 1\nnet.ipv4.tcp_syn_cookies = 1', 'ini'),
      errors: [
        { line: 6, message: 'kernel.exec-shield (in a sysctl.conf file)' },
        { line: 7, suggestion: 'net.ipv4.tcp_syncookies' },
      ],
    },
    {
      name: 'a block the sentence before says is a sysctl.d file',
      md: conf('Add the following to `/etc/sysctl.d/60-log-hardening.conf` and run `sysctl --system`:', 'kernel.dmesg_restrict = 1\nkernel.audit_enabled = 1'),
      errors: [{ line: 5, message: 'kernel.audit_enabled' }],
    },
    {
      name: 'sysctl names alone, with a real one among them',
      md: conf('Recommended values:', 'net.ipv4.ip_forward = 0\nnet.ipv4.tcp_syn_cookies = 1', 'text'),
      errors: [{ line: 5, suggestion: 'net.ipv4.tcp_syncookies' }],
    },
    {
      name: 'one finding per bad name',
      md: bash('sysctl -w net.ipv4.ip_forward=0 net.ipv4.tcp_syn_cookies=1\nsysctl vm.mmap_min_address'),
      errors: [
        { line: 4, suggestion: 'net.ipv4.tcp_syncookies' },
        { line: 5, suggestion: 'vm.mmap_min_addr' },
      ],
    },
  ],
});
