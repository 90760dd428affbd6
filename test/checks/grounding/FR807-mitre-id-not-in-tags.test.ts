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
    {
      name: 'ssh-non-standard-port line 27: ids beyond the tags are the analysis',
      alert: DROP_EXEC,
      md:
        "ATT&CK: beyond the rule's TA0003 tag, this is T1572 (Protocol Tunneling) for the tunnel, T1053.003 (Cron) for its\n" +
        'persistence and T1133 (External Remote Services) for how it will be used.',
    },
    { name: 'besides the tags', alert: DROP_EXEC, md: 'Besides its TA0003 tag, T1572 and T1053.003 apply.' },
    { name: 'in addition to the tags', alert: DROP_EXEC, md: 'In addition to the rule tags (TA0003), the activity maps to T1611.' },
    { name: 'not tagged', alert: DROP_EXEC, md: 'The rule is not tagged T1611, but the behaviour fits it.' },
    { name: "the tags don't include", alert: DROP_EXEC, md: "The rule's tags don't include T1611 (Escape to Host)." },
    { name: 'ids before the tags, set apart', alert: DROP_EXEC, md: 'Unlike T1611, which the rule does not carry, its tags name TA0003.' },
    { name: 'related ids', alert: DROP_EXEC, md: 'The rule is tagged TA0003 (related: T1611, T1105).' },
    { name: 'also, after the tags', alert: DROP_EXEC, md: 'The rule is tagged TA0003, and the dropped binary is also T1105 (Ingress Tool Transfer).' },
  ],
  invalid: [
    { alert: DROP_EXEC, md: 'The rule is tagged T1611 (Escape to Host) and TA0003.', errors: [{ line: 1, message: "the alert's tags do not include T1611" }] },
    { alert: READ_SHADOW, md: '**Tags**: T1555, TA0004, `mitre_credential_access`', errors: [{ line: 1, message: 'TA0004' }] },
    { name: 'ids before the word tags', alert: DROP_EXEC, md: 'T1611 and TA0003 are the rule\'s tags.', errors: [{ line: 1, message: 'T1611' }] },
    { name: 'also tagged is a claim', alert: DROP_EXEC, md: 'The rule is also tagged T1611.', errors: [{ line: 1, message: 'T1611' }] },
    { name: 'a sentence wrapped over two lines', alert: DROP_EXEC, md: 'The rule is\ntagged with T1611 and `mitre_persistence`.', errors: [{ line: 2, message: 'T1611' }] },
  ],
});
