import { wrongRuleName } from '../../../src/checks/grounding/wrong-rule-name.js';
import { testCheck } from '../tester.js';
import { DROP_EXEC, K8S_EXEC, READ_SHADOW } from './alerts.js';

const MEMFD = { ...DROP_EXEC, rule: 'Fileless execution via memfd_create' };

testCheck(wrongRuleName, {
  valid: [
    { alert: DROP_EXEC, md: 'This report highlights the potential security vulnerability related to the "Drop and execute new binary in container" rule.' },
    { name: 'case and a trailing period', alert: DROP_EXEC, md: '*   **rule**: The rule that triggered this alert, which is "Drop and execute new binary in container."' },
    { name: 'a label', alert: DROP_EXEC, md: '* **Rule**: Drop and execute new binary in container' },
    { name: 'a custom rule with another name', alert: DROP_EXEC, md: 'Add a rule named "Drop and execute new binary in container (strict)".' },
    { name: 'other rules', alert: READ_SHADOW, md: 'Also enable the rule "Read sensitive file trusted after startup".' },
    { name: 'a longer name is another rule', alert: READ_SHADOW, md: '* **Rule**: Read sensitive file untrusted by program' },
    { name: 'no rule on the line', alert: DROP_EXEC, md: 'The "Drop and execute new binaries in container" pattern.' },
    {
      name: 'fileless-memfd-exec line 3: bold labels pair as Markdown pairs them, the separator is no part of the name',
      alert: MEMFD,
      md: '**Rule:** Fileless execution via memfd_create · **Priority:** Critical · **Host:** `batch-worker-11` ·',
    },
    { name: 'a label ended by a comma', alert: DROP_EXEC, md: '**Rule**: Drop and execute new binary in container, **Priority**: Critical' },
    { name: 'a label ended by a dash', alert: DROP_EXEC, md: '**Rule:** Drop and execute new binary in container — **Priority:** Critical' },
    { name: 'a label ended by a pipe', alert: DROP_EXEC, md: 'Rule: Drop and execute new binary in container | Priority: Critical' },
    { name: 'a short quote does not pair with the next one', alert: DROP_EXEC, md: 'The rule "Drop" list and "Drop and execute new binary in container".' },
    { name: 'another upstream rule one edit away', alert: { ...K8S_EXEC, rule: 'Create HostIPC Pod' }, md: 'The related rule "Create HostPid Pod" did not fire.' },
    { name: 'a table row with the real name', alert: DROP_EXEC, md: '| Field | Value |\n|---|---|\n| Rule | Drop and execute new binary in container |' },
    { name: 'a table row with a longer custom name', alert: DROP_EXEC, md: '| Rule | Drop and execute new binary in container (strict, local) |\n|---|---|' },
    { name: 'a table of rules, the name in the first column', alert: DROP_EXEC, md: '| Rule | Priority |\n|---|---|\n| Drop and execute new binary in container | Critical |' },
    { name: 'a table row of three cells', alert: DROP_EXEC, md: '| Rule | Drop and execute new binaries in container | upstream |' },
  ],
  invalid: [
    {
      name: 'a field/value table row',
      alert: DROP_EXEC,
      md: '| Field | Value |\n|---|---|\n| Rule | Drop and execute new binary in containers |',
      errors: [{ line: 3, message: 'not "Drop and execute new binary in containers"', suggestion: 'Drop and execute new binary in container' }],
    },
    { name: 'a bold label cell and a quoted name', alert: READ_SHADOW, md: '| **Rule name** | "Read sensitive file untrustd" |', errors: [{ line: 1, suggestion: 'Read sensitive file untrusted' }] },
    {
      alert: DROP_EXEC,
      md: 'The alert comes from the rule "Drop and execute new binaries in container".',
      errors: [{ line: 1, message: 'the alert\'s rule is "Drop and execute new binary in container"', suggestion: 'Drop and execute new binary in container' }],
    },
    { name: 'backticks', alert: READ_SHADOW, md: 'Rule `Read sensitive files untrusted` fired.', errors: [{ line: 1, suggestion: 'Read sensitive file untrusted' }] },
    { name: 'label form', alert: READ_SHADOW, md: '* **Rule**: Read sensitive file untrustd', errors: [{ line: 1, suggestion: 'Read sensitive file untrusted' }] },
    {
      name: 'a one-line summary with a near miss',
      alert: DROP_EXEC,
      md: '**Rule:** Drop and execute new binaries in container · **Priority:** Critical',
      errors: [{ line: 1, message: 'not "Drop and execute new binaries in container"', suggestion: 'Drop and execute new binary in container' }],
    },
  ],
});
