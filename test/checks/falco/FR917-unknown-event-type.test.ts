import { unknownEventType } from '../../../src/checks/falco/unknown-event-type.js';
import { testCheck } from '../tester.js';
import { fence, rule } from './rules-md.js';

testCheck(unknownEventType, {
  valid: [
    { name: 'execve', md: fence(rule({ condition: 'evt.type = execve and container' })) },
    { name: 'a list of events and an upstream list', md: fence(rule({ condition: 'evt.type in (open, openat, openat2, execveat) and container' })) },
  ],
  invalid: [
    { name: 'execv', md: fence(rule({ condition: 'evt.type = execv and container' })), errors: [{ line: 4, message: "'execv' is not a Falco event type", suggestion: 'execve' }] },
    { name: 'an invented event in a list', md: fence(rule({ condition: 'evt.type in (execve, process_start) and container' })), errors: [{ line: 4, message: "'process_start'" }] },
  ],
});
