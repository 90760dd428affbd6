import { revokedMitreId } from '../../../src/checks/inline/revoked-mitre-id.js';
import { testCheck } from '../tester.js';

testCheck(revokedMitreId, {
  valid: [
    { md: 'Disabling Falco is T1685 (Disable or Modify Tools); the rule tags TA0005.' },
    { md: 'Invented ids are FR705: T9999.' },
  ],
  invalid: [
    { md: 'Impair Defenses (T1562).', errors: [{ line: 1, message: 'T1562 (Impair Defenses) is revoked', suggestion: 'T1685' }] },
    { md: 'Clearing logs (T1070.002).', errors: [{ line: 1, suggestion: 'T1685.006' }] },
  ],
});
