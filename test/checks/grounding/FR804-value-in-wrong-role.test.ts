import { valueInWrongRole } from '../../../src/checks/grounding/value-in-wrong-role.js';
import { testCheck } from '../tester.js';
import { DROP_EXEC, READ_SHADOW } from './alerts.js';

testCheck(valueInWrongRole, {
  valid: [
    { name: 'seed 002 line 7', alert: DROP_EXEC, md: 'The event occurred at `2024-10-05T18:26:49.455310091Z` and corresponds to a rule named "Drop and execute new binary in container".' },
    { alert: DROP_EXEC, md: 'The process `falco-event-gen` was started by its parent process `event-generator`, whose parent is `containerd-shim`.' },
    { alert: DROP_EXEC, md: 'Its grandparent process (`containerd-shim`) belongs to the runtime; `event-generator` (the parent) spawned it.' },
    { alert: DROP_EXEC, md: 'The container started at `1728152807913221470`; the binary ran at `1728152809455310091`.' },
    { name: 'the parent of something', alert: DROP_EXEC, md: 'The parent of `falco-event-gen` is `event-generator`.' },
    { name: 'a flag is no start time', alert: DROP_EXEC, md: 'The file was written after the container started (`EXE_WRITABLE|EXE_UPPER_LAYER`).' },
    { name: 'another sentence', alert: DROP_EXEC, md: 'The container was started by Docker. The binary ran at `1728152809455310091`.' },
    { name: 'the role field is missing from the alert', alert: READ_SHADOW, md: 'The container started at `1746622234502309868`.' },
    { name: 'a value not in the alert', alert: DROP_EXEC, md: 'The parent process `bash` spawned it.' },
    {
      name: 'run-shell-untrusted line 19: a great-grandparent is not the grandparent',
      alert: READ_SHADOW,
      md: "The grandparent `sudo` is the privilege helper and the shell's great-grandparent `zsh` is the login shell.",
    },
    { name: 'great grandparent written with a space', alert: READ_SHADOW, md: 'Its great grandparent `zsh` is interactive.' },
    { name: 'great-great-grandparent', alert: READ_SHADOW, md: 'The great-great-grandparent `kitty` is the terminal emulator.' },
    { name: "the parent's parent is the grandparent", alert: DROP_EXEC, md: "The parent's parent `containerd-shim` is the runtime shim." },
    { name: 'the parent of the parent', alert: DROP_EXEC, md: 'The parent of the parent `containerd-shim` is the runtime shim.' },
    { name: 'the grandparent named after the value', alert: READ_SHADOW, md: '`zsh` (the great-grandparent) started it.' },
  ],
  invalid: [
    {
      name: 'seed 001 line 14',
      alert: DROP_EXEC,
      md: '*   **Container Information**: The container has been started at timestamp `1728152809455310091` and has a name of `romantic_jemison`.',
      errors: [{ line: 1, message: "1728152809455310091 is the alert's evt.time, not the container's start time", suggestion: '1728152807913221470' }],
    },
    {
      name: 'seed 002 line 12',
      alert: DROP_EXEC,
      md: 'The process is part of the `containerd-shim` parent process, which suggests that this is an internal mechanism used by the container runtime.',
      errors: [{ line: 1, message: "containerd-shim is the alert's proc.aname[2], not the parent process (proc.pname is event-generator)" }],
    },
    { name: 'grandparent', alert: READ_SHADOW, md: 'The grandparent process was `zsh`.', errors: [{ line: 1, suggestion: 'sudo' }] },
    { name: 'great-grandparent', alert: READ_SHADOW, md: 'The great-grandparent `kitty` is the terminal.', errors: [{ line: 1, message: 'not the great-grandparent process', suggestion: 'zsh' }] },
    { name: 'great-great-grandparent', alert: READ_SHADOW, md: 'Its great-great-grandparent `zsh` is a login shell.', errors: [{ line: 1, suggestion: 'kitty' }] },
    { name: 'event time', alert: DROP_EXEC, md: 'The alert fired at `1728152807913221470`.', errors: [{ line: 1, message: 'container.start_ts' }] },
  ],
});
