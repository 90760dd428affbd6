import { wrongPriority } from '../../../src/checks/grounding/wrong-priority.js';
import { testCheck } from '../tester.js';
import { DROP_EXEC, K8S_EXEC, READ_SHADOW } from './alerts.js';

/** An alert of the upstream rule with priority Warning (fixtures/reports/debugfs-privileged-container). */
const DEBUGFS = { ...READ_SHADOW, rule: 'Debugfs Launched in Privileged Container', priority: 'Warning' };

testCheck(wrongPriority, {
  valid: [
    { name: 'seed 003 line 12', alert: DROP_EXEC, md: '*   **priority**: The priority of the alert, which is set to "Critical".' },
    { alert: DROP_EXEC, md: '* **Priority**: CRITICAL' },
    { alert: K8S_EXEC, md: 'The alert has a `Notice` priority.' },
    { name: 'advice about other priorities', alert: DROP_EXEC, md: 'Consider lowering the priority of this rule to Warning.' },
    { name: 'thresholds', alert: DROP_EXEC, md: 'Only events with priority Warning or higher reach Slack.' },
    { name: 'not about the alert', alert: DROP_EXEC, md: 'Falco rules use priority Debug for noisy checks.' },
    { name: 'the word alert before priority', alert: DROP_EXEC, md: 'The Alert priority is above Critical in the list; this alert is Critical.' },
    {
      name: 'debugfs-privileged-container line 44: the priority of another, correlated alert',
      alert: DEBUGFS,
      md:
        'The requesting user is in the API server audit log. With the k8saudit plugin, the interactive `kubectl debug`\n' +
        'session also raised an **Attach/Exec Pod** alert (priority Notice) for this pod in the same minute, which names the\n' +
        'user.',
    },
    {
      name: 'ptrace-attach-container line 32: another rule named on the line before',
      alert: DEBUGFS,
      md:
        '- The image does not contain `strace`. If it is now at `/usr/bin/strace`, it was installed later;\n' +
        '  look for a matching **Drop and execute new binary in container** alert\n' +
        '  (Critical priority) from the same container.',
    },
    { name: 'an upstream rule named without emphasis', alert: READ_SHADOW, md: 'A Drop and execute new binary in container alert (Critical priority) fired a minute later.' },
    { name: 'a quoted custom rule next to the word alert', alert: DROP_EXEC, md: 'The "Suspicious curl download" alert has priority Notice in our ruleset.' },
    { name: 'the rule named by "rule"', alert: DROP_EXEC, md: 'This host also triggered the rule `Outbound to mining pool`, priority Warning.' },
    {
      name: 'a summary paragraph of labels, one per line',
      alert: DROP_EXEC,
      md: '**Rule:** Drop and execute new binary in container\n**Priority:** Critical\n**Host:** `mini-debian-lab`',
    },
    { name: "a field/value table with the alert's priority", alert: DROP_EXEC, md: '| Field | Value |\n|---|---|\n| Rule | Drop and execute new binary in container |\n| Priority | Critical |' },
    {
      name: 'a table of rules and their priorities',
      alert: DROP_EXEC,
      md: '| Rule | Priority |\n|---|---|\n| Terminal shell in container | Notice |\n| Drop and execute new binary in container | Critical |',
    },
    { name: 'a table of falco.yaml settings', alert: DROP_EXEC, md: '| Setting | Value |\n|---|---|\n| `priority` | `debug` |\n| json_output | true |' },
    { name: 'a table of response steps with priorities', alert: DROP_EXEC, md: '| Step | Owner |\n|---|---|\n| Priority | Warning |\n| Isolate the container | SOC |' },
    { name: "a heading with the alert's priority after the rule", alert: DROP_EXEC, md: '### Drop and execute new binary in container (Critical)' },
    { name: "another rule's priority after its name", alert: DROP_EXEC, md: 'The related Terminal shell in container (Notice) rule did not fire.' },
    { name: 'the word alert after the rule is no priority', alert: DROP_EXEC, md: '## Drop and execute new binary in container (Alert)' },
    {
      name: 'a Priority: line in a paragraph without other summary labels (a response plan)',
      alert: DROP_EXEC,
      md: 'Isolate the container first, then\n**Priority:** Warning\n**Owner:** SOC',
    },
  ],
  invalid: [
    { alert: DROP_EXEC, md: '* **Priority**: Warning', errors: [{ line: 1, message: "the alert's priority is Critical, not Warning", suggestion: 'Critical' }] },
    { alert: K8S_EXEC, md: 'The priority of this alert is Critical.', errors: [{ line: 1, suggestion: 'Notice' }] },
    { alert: DROP_EXEC, md: 'This event was raised with an Error priority.', errors: [{ line: 1, message: 'not Error' }] },
    { name: "this alert's rule named", alert: DEBUGFS, md: 'The **Debugfs Launched in Privileged Container** alert (priority Notice) fired.', errors: [{ line: 1, suggestion: 'Warning' }] },
    {
      name: 'this rule is nearer than another',
      alert: DEBUGFS,
      md: 'The Debugfs Launched in Privileged Container alert has priority Notice, and an **Attach/Exec Pod** alert followed.',
      errors: [{ line: 1, message: 'not Notice' }],
    },
    {
      name: "a misspelt name of this alert's rule is still this alert",
      alert: DROP_EXEC,
      md: 'The **Drop and execute new binaries in container** alert has priority Warning.',
      errors: [{ line: 1, message: 'not Warning' }],
    },
    { name: 'a sentence wrapped over two lines', alert: K8S_EXEC, md: 'The priority of this\nalert is Critical.', errors: [{ line: 2, message: 'not Critical' }] },
    {
      name: 'a summary paragraph of labels, one per line',
      alert: { ...DEBUGFS, rule: 'PTRACE attached to process' },
      md: '**Rule:** PTRACE attached to a process\n**Priority:** Critical\n**Host:** `ci-runner-04`',
      errors: [{ line: 2, message: "the alert's priority is Warning, not Critical", suggestion: 'Warning' }],
    },
    {
      name: 'a field/value table row',
      alert: K8S_EXEC,
      md: '| Field | Value |\n|-------|-------|\n| Rule | Attach/Exec Pod |\n| Priority | Critical |\n| Host | `node-1` |',
      errors: [{ line: 4, message: 'not Critical', suggestion: 'Notice' }],
    },
    { name: 'a bold table label', alert: DROP_EXEC, md: '| **Rule** | Drop and execute new binary in container |\n|---|---|\n| **Priority** | `Warning` |', errors: [{ line: 3, message: 'not Warning' }] },
    { name: 'a heading: the rule and its priority', alert: DEBUGFS, md: '### Debugfs Launched in Privileged Container (Critical)', errors: [{ line: 1, message: 'not Critical', suggestion: 'Warning' }] },
    { name: 'the rule in bold, then the priority', alert: DROP_EXEC, md: 'The **Drop and execute new binary in container** (priority Warning) alert fired.', errors: [{ line: 1, message: 'not Warning' }] },
    {
      name: 'a one-line summary',
      alert: DROP_EXEC,
      md: '**Rule:** Drop and execute new binary in container · **Priority:** Warning · **Host:** `mini-debian-lab`',
      errors: [{ line: 1, message: 'not Warning' }],
    },
  ],
});
