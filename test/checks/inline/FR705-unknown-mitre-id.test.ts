import { unknownMitreId } from '../../../src/checks/inline/unknown-mitre-id.js';
import { testCheck } from '../tester.js';

testCheck(unknownMitreId, {
  valid: [
    { md: 'The rule is tagged TA0003 (Persistence) and `mitre_persistence`.' },
    { md: 'This maps to T1059.004 (Unix Shell) and T1611 (Escape to Host).' },
    { name: 'URL form', md: 'See https://attack.mitre.org/techniques/T1059/004/.' },
    { name: 'gcpaudit tag form', md: 'The rule carries `T1083-file-and-directory-discovery`.' },
    { name: 'revoked ids are FR706', md: 'T1562.001 covers disabling tools.' },
    { name: 'not ids', md: 'PCI_DSS_11.5.1 and the T100 series; XT1234 and T12345.' },
  ],
  invalid: [
    { md: 'Container escape (T1611.002).', errors: [{ line: 1, message: 'T1611 (Escape to Host) has no sub-technique .002', suggestion: 'T1611' }] },
    { md: 'Technique T9999 applies.', errors: [{ line: 1, message: 'T9999 is not an ATT&CK Enterprise id' }] },
    { name: 'never assigned', md: 'See T1562.005.', errors: [{ line: 1, message: 'T1562.005' }] },
    { name: 'a Mobile id', md: 'This is T1398 (Boot or Logon Initialization Scripts).', errors: [{ line: 1, message: 'Mobile or ICS' }] },
    { name: 'invented URL form', md: 'https://attack.mitre.org/techniques/T1611/002/', errors: [{ line: 1, message: 'T1611.002' }] },
  ],
});
