import { unknownListReference } from '../../../src/checks/falco/unknown-list-reference.js';
import { testCheck } from '../tester.js';
import { fence, rule } from './rules-md.js';

testCheck(unknownListReference, {
  valid: [
    { name: 'upstream list in parentheses', md: fence(rule()) },
    { name: 'upstream list after in', md: fence(rule({ condition: 'spawned_process and proc.name in shell_binaries' })) },
    { name: 'a list of this text', md: fence(`- list: my_bins\n  items: [nc]\n${rule({ condition: 'spawned_process and proc.name in my_bins' })}`) },
  ],
  invalid: [
    { name: 'a misspelt list name', md: fence(rule({ condition: 'spawned_process and proc.name in shell_binaires' })), errors: [{ line: 4, message: "'shell_binaires' is not a list", suggestion: 'shell_binaries' }] },
  ],
});
