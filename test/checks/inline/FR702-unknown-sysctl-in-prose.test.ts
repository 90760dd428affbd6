import { unknownSysctlSpan } from '../../../src/checks/inline/unknown-sysctl-span.js';
import { testCheck } from '../tester.js';

testCheck(unknownSysctlSpan, {
  valid: [
    { md: 'Set `kernel.yama.ptrace_scope` to 2 to restrict ptrace.' },
    { md: 'Check `net.ipv4.ip_forward` and `vm.max_map_count`.' },
    { name: 'name=value form', md: 'Add `kernel.kptr_restrict=2` to /etc/sysctl.d/99-hardening.conf.' },
    { name: 'per-interface template', md: 'Enable `net.ipv4.conf.eth0.rp_filter`.' },
    { name: 'a directory of sysctls', md: 'Everything under `net.ipv4.conf.all` applies to new interfaces.' },
    { name: 'proc path form', md: 'Read `/proc/sys/kernel/yama/ptrace_scope`.' },
    { name: 'Falco fields under user. and fs.', md: 'The alert shows `user.name`, `user.loginuid` and `fs.path.name`.' },
    { name: 'file and host names', md: 'See `kernel.org`, `net.core.yaml`, `vm.conf` and `dev.to`.' },
    { name: 'user. sysctls', md: 'Lower `user.max_user_namespaces` to 0.' },
    { name: 'not a sysctl root', md: 'Set `falco.output.rate` and `sunrpc.foo`.' },
    { name: 'code blocks belong to FR201', md: '```bash\nsysctl -w fs.binfmt.mode=1\n```\n' },
  ],
  invalid: [
    { md: 'Set `fs.binfmt.mode` to 0.', errors: [{ line: 1, message: 'fs.binfmt.mode', suggestion: 'fs.binfmt_misc.status' }] },
    { md: 'Restrict ptrace with `kernel.ptrace_scope`.', errors: [{ line: 1, suggestion: 'kernel.yama.ptrace_scope' }] },
    { name: 'a typo', md: 'Raise `vm.max_map_cont`.', errors: [{ line: 1, suggestion: 'vm.max_map_count' }] },
    {
      name: 'proc path form',
      md: 'Write 0 to `/proc/sys/fs/binfmt/mode`.',
      errors: [{ line: 1, message: '/proc/sys/fs/binfmt/mode (fs.binfmt.mode)', suggestion: '/proc/sys/fs/binfmt_misc/status' }],
    },
    { name: 'an invented user. name', md: 'Disable `user.unprivileged_userns_clone`.', errors: [{ line: 1, message: 'invented' }] },
  ],
});
