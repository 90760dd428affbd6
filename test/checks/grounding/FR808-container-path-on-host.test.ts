import { containerPathOnHost } from '../../../src/checks/grounding/container-path-on-host.js';
import { testCheck } from '../tester.js';
import { DROP_EXEC, READ_SHADOW } from './alerts.js';

const EXE = '/bin/falco-event-generator-syscall-DropAndExecuteNewBinaryInContainer-iSBERh';
const bash = (...lines: string[]) => ['```bash', ...lines, '```', ''].join('\n');

testCheck(containerPathOnHost, {
  valid: [
    { name: 'copied out of the container first', alert: DROP_EXEC, md: bash(`docker cp 12d6b2377178:${EXE} ./sample.bin`, 'sha256sum ./sample.bin') },
    { name: 'run inside the container', alert: DROP_EXEC, md: bash(`docker exec 12d6b2377178 sha256sum ${EXE}`, `kubectl exec -n shop web -- ls -l ${EXE}`) },
    { name: 'through nsenter into its mount namespace', alert: DROP_EXEC, md: bash(`nsenter -t 4242 -m -- strings ${EXE}`) },
    { name: 'an event on the host: the path is the host\'s', alert: READ_SHADOW, md: bash('stat /etc/shadow', 'sha256sum /etc/shadow') },
    { name: 'quoted in prose, not run', alert: DROP_EXEC, md: `The binary \`${EXE}\` was written after the container started.\n` },
    { name: 'no alert, nothing to know', md: bash(`strings ${EXE}`) },
  ],
  invalid: [
    {
      name: 'seed 004 lines 67-68: host tools on the container binary',
      alert: DROP_EXEC,
      md: bash('docker inspect 12d6b2377178', `strings ${EXE}`, `objdump -d ${EXE}`),
      errors: [
        { line: 3, message: 'inside container 12d6b2377178', suggestion: `docker cp 12d6b2377178:${EXE} ./` },
        { line: 4, message: "is the alert's proc.exe" },
      ],
    },
  ],
});
