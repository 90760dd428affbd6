import { revokedMitreId } from '../../../src/checks/inline/revoked-mitre-id.js';
import { testCheck } from '../tester.js';

testCheck(revokedMitreId, {
  valid: [
    { md: 'Disabling Falco is T1685 (Disable or Modify Tools); the rule tags TA0005.' },
    { md: 'Invented ids are FR705: T9999.' },
    {
      name: 'clear-log-activities line 16: the replacement is named in the same sentence',
      md: 'The technique is T1685.006 (Clear Linux or Mac System Logs), which replaced T1070.002 in ATT&CK v19.',
    },
    { name: 'the replacement on the line before, same sentence', md: 'Use T1685.006 (Clear Linux or Mac System Logs)\nrather than T1070.002.' },
    { name: 'the report says the id is the old one', md: 'Older reports use T1562.001, which ATT&CK has since revoked.' },
    { name: 'formerly', md: 'Disable or Modify Tools (formerly T1562.001).' },
  ],
  invalid: [
    { md: 'Impair Defenses (T1562).', errors: [{ line: 1, message: 'T1562 (Impair Defenses) is revoked', suggestion: 'T1685' }] },
    { md: 'Clearing logs (T1070.002).', errors: [{ line: 1, suggestion: 'T1685.006' }] },
    { name: 'the replacement in another sentence', md: 'Clearing logs (T1070.002). See also T1685.006.', errors: [{ line: 1, suggestion: 'T1685.006' }] },
    { name: 'a word of history far from the id', md: 'The attacker replaced the log files with empty ones and truncated the journal (T1070.002).', errors: [{ line: 1, suggestion: 'T1685.006' }] },
    { name: 'a sentence wrapped over two lines', md: 'The attacker cleared the logs, which is\nT1070.002 (Clear Linux or Mac System Logs).', errors: [{ line: 2, suggestion: 'T1685.006' }] },
  ],
});
