import { mitreNotInTags } from '../../../src/checks/grounding/mitre-not-in-tags.js';
import { testCheck } from '../tester.js';
import { DROP_EXEC, READ_SHADOW } from './alerts.js';

testCheck(mitreNotInTags, {
  valid: [
    { alert: DROP_EXEC, md: 'The rule is tagged TA0003 and `mitre_persistence`.' },
    { name: 'a tactic given by its mitre_ tag', alert: READ_SHADOW, md: 'The rule is tagged T1555 (Credentials from Password Stores) and `mitre_credential_access` (TA0006).' },
    { name: 'analysis outside the tags sentence', alert: DROP_EXEC, md: 'The rule is tagged TA0003. The behaviour also resembles T1105 (Ingress Tool Transfer).' },
    { name: 'no tags in the alert', alert: { ...DROP_EXEC, tags: [] }, md: 'The rule is tagged T1611.' },
    { name: 'invented ids are FR705', alert: DROP_EXEC, md: 'The rule is tagged T9999.' },
  ],
  invalid: [
    { alert: DROP_EXEC, md: 'The rule is tagged T1611 (Escape to Host) and TA0003.', errors: [{ line: 1, message: "the alert's tags do not include T1611" }] },
    { alert: READ_SHADOW, md: '**Tags**: T1555, TA0004, `mitre_credential_access`', errors: [{ line: 1, message: 'TA0004' }] },
  ],
});
