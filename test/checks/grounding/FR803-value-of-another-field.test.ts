import { valueOfOtherField } from '../../../src/checks/grounding/value-of-other-field.js';
import { testCheck } from '../tester.js';
import { DROP_EXEC, READ_SHADOW } from './alerts.js';

testCheck(valueOfOtherField, {
  valid: [
    {
      name: 'seed 000 lines 14-18',
      alert: DROP_EXEC,
      md: [
        '*   `proc_exe`: The executable file being executed (`/bin/falco-event-generator-syscall-DropAndExecuteNewBinaryInContainer-iSBERh`)',
        '*   `container_id` and `container_name`: The ID and name of the container where the executable is running (`12d6b2377178`, `romantic_jemison`)',
        '*   `proc.sname` and `proc.name`: The process name and parent process name (`event-generator`, `falco-event-gen`)',
        '*   `user.uid` and `user.loginuid`: The user ID and login UID of the user executing the command (0, -1)',
        '*   `evt.type` and `evt.time`: The type of event (`execve`) and timestamp (`1728152809455310091`)',
      ].join('\n'),
    },
    { name: 'inline pairs', alert: DROP_EXEC, md: '`proc.pname` is `event-generator` and `proc.aname[2]` is `containerd-shim`; `evt.time` (`2024-10-05T18:26:49.455310091Z`).' },
    { name: 'output keys', alert: DROP_EXEC, md: '* `gparent`: `containerd-shim`\n* `parent`: `event-generator`' },
    { name: 'counts that do not pair up', alert: DROP_EXEC, md: '* `proc.pname`: the parent of `falco-event-gen` is `event-generator`' },
    { name: 'a field the alert does not carry', alert: READ_SHADOW, md: '* `container.image`: `cat`' },
    { name: 'a value not in the alert is FR801/FR802', alert: DROP_EXEC, md: '* `proc.pname`: `bash`' },
    { name: 'unrelated spans', alert: DROP_EXEC, md: 'The `proc.name` field was run by `root`.' },
    { name: 'a label with its field in parentheses', alert: DROP_EXEC, md: '* **Event time** (`evt.time`): `1728152809455310091`' },
    {
      name: 'fixtures/reports evidence tables: several fields and values per row, in order',
      alert: DROP_EXEC,
      md: '| field | value |\n| --- | --- |\n| `container.name` / `container.id` | `romantic_jemison` / `12d6b2377178` |\n| `proc.name` / `proc.cmdline` | `falco-event-gen` / `falco-event-gen` |',
    },
    { name: 'a table row whose counts do not pair up', alert: DROP_EXEC, md: '| `proc.pname` / `proc.aname[2]` | `event-generator` |' },
    { name: 'a pair inside one cell', alert: DROP_EXEC, md: '| Parent | `proc.pname` is `event-generator` |' },
  ],
  invalid: [
    {
      name: 'a field list with a value under the wrong field',
      alert: DROP_EXEC,
      md: '* `proc.pname`: `containerd-shim`',
      errors: [{ line: 1, message: "containerd-shim is the alert's proc.aname[2], not proc.pname (proc.pname is event-generator)", suggestion: 'event-generator' }],
    },
    {
      name: 'two fields, two values, swapped',
      alert: DROP_EXEC,
      md: '* `container.start_ts` and `evt.time`: `1728152809455310091`, `1728152807913221470`',
      errors: [
        { line: 1, suggestion: '1728152807913221470' },
        { line: 1, suggestion: '1728152809455310091' },
      ],
    },
    {
      name: "a label with its field in parentheses",
      alert: DROP_EXEC,
      md: '* **Event time** (`evt.time`): `1728152807913221470`',
      errors: [{ line: 1, message: "1728152807913221470 is the alert's container.start_ts, not evt.time", suggestion: '1728152809455310091' }],
    },
    {
      name: 'a bold label with its field in parentheses',
      alert: DROP_EXEC,
      md: '* **Parent process (`proc.pname`)**: `containerd-shim`',
      errors: [{ line: 1, suggestion: 'event-generator' }],
    },
    {
      name: 'a field/value table row',
      alert: DROP_EXEC,
      md: '| field | value |\n| --- | --- |\n| `proc.pname` | `containerd-shim` |',
      errors: [{ line: 3, suggestion: 'event-generator' }],
    },
    {
      name: 'a table row of two fields and two values, swapped',
      alert: DROP_EXEC,
      md: '| `container.id` / `container.name` | `romantic_jemison` / `12d6b2377178` |',
      errors: [
        { line: 1, suggestion: '12d6b2377178' },
        { line: 1, suggestion: 'romantic_jemison' },
      ],
    },
    {
      name: 'an inline pair',
      alert: READ_SHADOW,
      md: 'The parent field `proc.pname` is `zsh`.',
      errors: [{ line: 1, message: "zsh is the alert's proc.aname[3], not proc.pname (proc.pname is sudo)" }],
    },
  ],
});
