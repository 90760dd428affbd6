import { fieldDescribedWrongly } from '../../../src/checks/inline/field-description.js';
import { testCheck } from '../tester.js';

testCheck(fieldDescribedWrongly, {
  valid: [
    {
      name: 'seed 000 lines 14, 15, 17 and 18',
      md: [
        '*   `proc_exe`: The executable file being executed (`/bin/falco-event-generator-syscall-DropAndExecuteNewBinaryInContainer-iSBERh`)',
        '*   `container_id` and `container_name`: The ID and name of the container where the executable is running (`12d6b2377178`, `romantic_jemison`)',
        '*   `user.uid` and `user.loginuid`: The user ID and login UID of the user executing the command (0, -1)',
        '*   `evt.type` and `evt.time`: The type of event (`execve`) and timestamp (`1728152809455310091`)',
      ].join('\n'),
    },
    { md: '* `proc.pname`: the parent process name\n* `proc.aname[2]`: the grandparent process' },
    { md: '* `proc.sname`, `proc.name` and `proc.cmdline`: the session leader, process name and command line' },
    { name: 'descriptions the table does not know', md: '* `proc.sname`: the name of the process that leads the session' },
    { name: 'counts that do not pair up', md: '* `proc.name` and `proc.pname`: the process name' },
    { name: 'not a list', md: 'The `proc.sname` is not the process name.' },
  ],
  invalid: [
    {
      name: 'seed 000 line 16',
      md: '*   `proc.sname` and `proc.name`: The process name and parent process name (`event-generator`, `falco-event-gen`)',
      errors: [
        { line: 1, message: "proc.sname is the session leader's name, not the process name", suggestion: 'proc.name' },
        { line: 1, message: "proc.name is the process name, not the parent's name", suggestion: 'proc.pname' },
      ],
    },
    { md: '- **`user.loginuid`**: the user ID', errors: [{ line: 1, suggestion: 'user.uid' }] },
  ],
});
