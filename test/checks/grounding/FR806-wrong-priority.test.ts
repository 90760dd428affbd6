import { wrongPriority } from '../../../src/checks/grounding/wrong-priority.js';
import { testCheck } from '../tester.js';
import { DROP_EXEC, K8S_EXEC } from './alerts.js';

testCheck(wrongPriority, {
  valid: [
    { name: 'seed 003 line 12', alert: DROP_EXEC, md: '*   **priority**: The priority of the alert, which is set to "Critical".' },
    { alert: DROP_EXEC, md: '* **Priority**: CRITICAL' },
    { alert: K8S_EXEC, md: 'The alert has a `Notice` priority.' },
    { name: 'advice about other priorities', alert: DROP_EXEC, md: 'Consider lowering the priority of this rule to Warning.' },
    { name: 'thresholds', alert: DROP_EXEC, md: 'Only events with priority Warning or higher reach Slack.' },
    { name: 'not about the alert', alert: DROP_EXEC, md: 'Falco rules use priority Debug for noisy checks.' },
    { name: 'the word alert before priority', alert: DROP_EXEC, md: 'The Alert priority is above Critical in the list; this alert is Critical.' },
  ],
  invalid: [
    { alert: DROP_EXEC, md: '* **Priority**: Warning', errors: [{ line: 1, message: "the alert's priority is Critical, not Warning", suggestion: 'Critical' }] },
    { alert: K8S_EXEC, md: 'The priority of this alert is Critical.', errors: [{ line: 1, suggestion: 'Notice' }] },
    { alert: DROP_EXEC, md: 'This event was raised with an Error priority.', errors: [{ line: 1, message: 'not Error' }] },
  ],
});
