import { mitreNameMismatch } from '../../../src/checks/inline/mitre-name-mismatch.js';
import { testCheck } from '../tester.js';

testCheck(mitreNameMismatch, {
  valid: [
    { md: 'T1059.004 (Unix Shell) under TA0002: Execution.' },
    { md: '**T1611 - Escape to Host**' },
    { name: 'name before the id', md: '* Persistence (TA0003)' },
    { name: 'parent and sub-technique together', md: 'T1059.004 (Command and Scripting Interpreter: Unix Shell)' },
    { name: 'former name of TA0005', md: 'TA0005 (Defense Evasion)' },
    { name: "a former name that is now a sub-technique's", md: 'T1053 (Scheduled Task)' },
    { name: 'free text after the id', md: 'T1611 (the container escape technique)' },
    { name: 'no name', md: 'Tagged TA0003.' },
  ],
  invalid: [
    { md: 'T1059.001 (Unix Shell)', errors: [{ line: 1, message: 'T1059.001 is PowerShell, not Unix Shell', suggestion: 'T1059.004' }] },
    { md: '* Privilege Escalation (TA0003)', errors: [{ line: 1, suggestion: 'TA0004' }] },
    { md: 'TA0003: Execution', errors: [{ line: 1, suggestion: 'TA0002' }] },
  ],
});
