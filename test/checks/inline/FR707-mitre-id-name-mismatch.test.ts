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
    {
      name: 'run-shell-untrusted line 26: a tactic before the parenthesis, the name after the id',
      md: 'Application), the commands are discovery (T1033 System Owner/User Discovery, T1082 System Information',
    },
    { name: 'a tactic before the parenthesis, the name after the id (sub-technique)', md: 'The read is credential access (T1552.001 Credentials In Files).' },
    { name: 'a tactic before a technique id', md: 'This is Persistence (T1053.003), set up through cron.' },
    { name: 'a tactic after a technique id', md: 'Running the shell is T1059.004 (Execution).' },
    { name: 'a lower-case word before the parenthesis is prose', md: 'The tunnel runs through a proxy (T1572).' },
    { name: 'a name in the list after a later id', md: 'Discovery (T1033 System Owner/User Discovery, T1087.001 Local Account).' },
    { name: 'a mapping table', md: '| Technique | Name |\n|---|---|\n| T1059.004 | Unix Shell |\n| `T1190` | **Exploit Public-Facing Application** |' },
    { name: 'a table with a tactic column after the id', md: '| ID | Tactic |\n|---|---|\n| T1059 | Execution |\n| T1611 | Privilege Escalation |' },
    { name: 'a table with the tactic first and the name after the id', md: '| Execution | T1059.004 | Unix Shell |' },
    { name: 'a table with the name first', md: '| Unix Shell | T1059.004 |' },
    { name: 'a cell with free text after the id', md: '| T1611 | Escape to Host (containers) |' },
  ],
  invalid: [
    { md: 'T1059.001 (Unix Shell)', errors: [{ line: 1, message: 'T1059.001 is PowerShell, not Unix Shell', suggestion: 'T1059.004' }] },
    { md: '* Privilege Escalation (TA0003)', errors: [{ line: 1, suggestion: 'TA0004' }] },
    { md: 'TA0003: Execution', errors: [{ line: 1, suggestion: 'TA0002' }] },
    { name: 'a wrong name after the id in a list', md: 'The commands are discovery (T1033 System Information Discovery, T1087.001 Local Account).', errors: [{ line: 1, suggestion: 'T1082' }] },
    { name: 'a title-case technique name before the id', md: 'The shell is Unix Shell (T1059.001).', errors: [{ line: 1, suggestion: 'T1059.004' }] },
    { name: 'a mapping table row', md: '| Technique | Name |\n|---|---|\n| T1082 | Account Discovery |', errors: [{ line: 3, message: 'T1082 is System Information Discovery, not Account Discovery', suggestion: 'T1087' }] },
    { name: 'a table with the name first', md: '| **Process Hollowing** | `T1055.008` |', errors: [{ line: 1, suggestion: 'T1055.012' }] },
  ],
});
