import { fieldAsSetting } from '../../../src/checks/inline/field-as-setting.js';
import { testCheck } from '../tester.js';

testCheck(fieldAsSetting, {
  valid: [
    { name: 'a config key is a setting', md: 'Set `json_output` to `true` in /etc/falco/falco.yaml.\n' },
    { name: 'a rule key', md: 'Set the priority to WARNING and `enabled` to false.\n' },
    { name: 'a field quoted as evidence', md: 'Falco measured `proc.exe_ino.ctime_duration_proc_start` at 1538778621 ns.\n' },
    { name: 'a field compared in a rule', md: 'Change the condition so that `proc.name` matches only shells.\n' },
    { name: 'a sysctl', md: 'Set `kernel.yama.ptrace_scope` to 1.\n' },
  ],
  invalid: [
    {
      name: 'seed 000 line 39: an output key of the alert as a setting, in a shell comment',
      md: '```bash\n# Set proc_exe_ino_ctime_duration_proc_start to a reasonable value (e.g., 3600 seconds)\necho 3600 > /tmp/x\n```\n',
      errors: [{ line: 2, message: 'proc_exe_ino_ctime_duration_proc_start is the Falco field proc.exe_ino.ctime_duration_proc_start' }],
    },
    {
      name: 'a dotted field in prose',
      md: 'Increase `proc.exe_ino.ctime_duration_proc_start` to 3600 so the rule stops firing.\n',
      errors: [{ line: 1, message: 'nothing sets it' }],
    },
  ],
});
