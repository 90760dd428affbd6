import { unknownEventGeneratorAction } from '../../../src/checks/tools/unknown-event-generator-action.js';
import { testCheck } from '../tester.js';
import { bash, REAL_COMMANDS } from './real-commands.js';

testCheck(unknownEventGeneratorAction, {
  valid: [
    ...REAL_COMMANDS.map((command) => ({ name: command, md: bash(command) })),
    { name: 'patterns that match actions', md: bash('event-generator run syscall', 'event-generator test "syscall\\.Write.*"', 'event-generator bench k8saudit --all', 'event-generator run .') },
    { name: 'no pattern runs everything', md: bash('event-generator run --loop') },
    { name: 'dynamic and placeholder patterns', md: bash('event-generator run "$ACTION"', 'event-generator run <action>') },
    { name: 'a pattern JavaScript cannot read is left alone', md: bash('event-generator run "(?i)writebelowetc"') },
    { name: 'list takes no pattern', md: bash('event-generator list --all') },
  ],
  invalid: [
    { md: bash('event-generator run syscall.DoesNotExist'), errors: [{ line: 2, message: 'syscall.DoesNotExist matches no event-generator action' }] },
    { md: bash('event-generator run syscall.WriteBelowEtcc --loop'), errors: [{ line: 2, suggestion: 'syscall.WriteBelowEtc' }] },
    { md: bash('event-generator test syscall.DropAndExecuteBinary'), errors: [{ line: 2, suggestion: 'syscall.DropAndExecuteNewBinaryInContainer' }] },
    { md: 'Trigger it with `event-generator run syscall.TerminalShellInContainer`.\n', errors: [{ line: 1 }] },
  ],
});
