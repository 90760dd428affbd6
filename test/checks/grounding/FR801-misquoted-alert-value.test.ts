import { misquotedValue } from '../../../src/checks/grounding/misquoted-value.js';
import { testCheck } from '../tester.js';
import { DROP_EXEC, K8S_EXEC, OUTBOUND, READ_SHADOW } from './alerts.js';

testCheck(misquotedValue, {
  valid: [
    { name: 'names in a field/value table', alert: DROP_EXEC, md: '| Field | Value |\n|---|---|\n| User | `root` |\n| Container | `romantic_jemison` |\n| Host | `mini-debian-lab` |' },
    { name: 'a table whose label is no name field', alert: DROP_EXEC, md: '| Shell | `rooot` |' },
    {
      name: 'a report that quotes the alert correctly',
      alert: DROP_EXEC,
      md: [
        '# Drop and execute new binary in container',
        '',
        'On host `mini-debian-lab`, at `2024-10-05T18:26:49.455310091Z` (evt.time `1728152809455310091`), the process',
        '`falco-event-gen` ran `/bin/falco-event-generator-syscall-DropAndExecuteNewBinaryInContainer-iSBERh` in container',
        '`12d6b2377178` (name: `romantic_jemison`), started at 1728152807913221470. Its parent is `event-generator` and its',
        'grandparent `containerd-shim`; the user is `root`. Output time: 18:26:49.455310091.',
        '',
        '```bash',
        'docker inspect 12d6b2377178',
        'docker logs romantic_jemison',
        '```',
      ].join('\n'),
    },
    { name: 'the short form of a timestamp and a local time', alert: DROP_EXEC, md: 'It happened at 2024-10-05 18:26:49 UTC, i.e. 2024-10-05T20:26:49.455+02:00, or 20:26:49.455310091 local.' },
    { name: 'a shorter fraction of the output clock', alert: DROP_EXEC, md: 'Falco printed 18:26:49.455310 for the event.' },
    { name: 'other files are not misquotes', alert: READ_SHADOW, md: 'The process read `/etc/shadow`; also watch `/etc/gshadow` and /etc/passwd.' },
    { name: 'a value in the output text only', alert: READ_SHADOW, md: 'The great-grandparent was `kitty`, the terminal `34820`.' },
    { name: 'k8s names', alert: K8S_EXEC, md: 'User `kubernetes-admin` ran `cat` in pod `nginx-676b6c5bbc-4xc6t` of namespace `hello-app`.' },
    { name: 'neighbouring addresses are not misquotes of each other', alert: OUTBOUND, md: 'The pod `10.244.1.17` connected to 185.220.101.4:4444; the gateway is 10.244.1.1.' },
    { name: 'a different word that is not a slip', alert: DROP_EXEC, md: 'Run `event-generator` again and check `falco-event-generator` docs; `execveat` is a related syscall.' },
    { name: 'a path at the end of a sentence', alert: DROP_EXEC, md: 'It ran /bin/falco-event-generator-syscall-DropAndExecuteNewBinaryInContainer-iSBERh.' },
    { name: 'hashes in URLs are not quotes', alert: DROP_EXEC, md: 'See https://github.com/falcosecurity/falco/commit/12d6b2377179.' },
  ],
  invalid: [
    {
      name: 'a container id one character off',
      alert: DROP_EXEC,
      md: 'The container `12d6b2377179` ran it.',
      errors: [{ line: 1, message: "the alert's container.id is 12d6b2377178", suggestion: '12d6b2377178' }],
    },
    {
      name: 'in a code block',
      alert: DROP_EXEC,
      md: '```bash\ndocker inspect 12d6b2377187\n```',
      errors: [{ line: 2, suggestion: '12d6b2377178' }],
    },
    {
      name: 'an event time with swapped digits',
      alert: DROP_EXEC,
      md: 'evt.time is 1728152809455310019.',
      errors: [{ line: 1, suggestion: '1728152809455310091' }],
    },
    {
      name: 'an event time rounded by a JSON parser',
      alert: DROP_EXEC,
      md: 'The event time is 1728152809455310000.',
      errors: [{ line: 1, message: 'evt.time', suggestion: '1728152809455310091' }],
    },
    {
      name: 'an ISO time one digit off',
      alert: DROP_EXEC,
      md: 'The event occurred at `2024-10-05T18:26:49.455310081Z`.',
      errors: [{ line: 1, suggestion: '2024-10-05T18:26:49.455310091Z' }],
    },
    {
      name: 'an executable path one letter off',
      alert: DROP_EXEC,
      md: 'The binary `/bin/falco-event-generator-syscall-DropAndExecuteNewBinaryInContainer-iSBERH` was dropped.',
      errors: [{ line: 1, message: 'proc.exe' }],
    },
    {
      name: 'a container name and a host name',
      alert: DROP_EXEC,
      md: 'Container name: `romantic_jemisen`, on host `mini-debain-lab`.',
      errors: [
        { line: 1, suggestion: 'romantic_jemison' },
        { line: 1, suggestion: 'mini-debian-lab' },
      ],
    },
    { name: 'a pod name', alert: K8S_EXEC, md: 'The pod `nginx-676b6c5bbc-4xc7t` was entered.', errors: [{ line: 1, suggestion: 'nginx-676b6c5bbc-4xc6t' }] },
    { name: 'an address', alert: OUTBOUND, md: 'It called 185.220.101.5 on port 4444.', errors: [{ line: 1, message: 'fd.rip', suggestion: '185.220.101.4' }] },
    { name: 'a process name slip', alert: DROP_EXEC, md: 'The process `falco-event-gem` ran.', errors: [{ line: 1, suggestion: 'falco-event-gen' }] },
    { name: 'a short name in a field/value table', alert: DROP_EXEC, md: '| Field | Value |\n|---|---|\n| User | `rooot` |\n| Container name | `romantic_jemisen` |', errors: [{ line: 3, suggestion: 'root' }, { line: 4, suggestion: 'romantic_jemison' }] },
    { name: 'a bold table label', alert: DROP_EXEC, md: '| **Host** | `mini-debain-lab` |', errors: [{ line: 1, suggestion: 'mini-debian-lab' }] },
  ],
});
