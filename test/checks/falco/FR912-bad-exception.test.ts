import { badException } from '../../../src/checks/falco/bad-exception.js';
import { testCheck } from '../tester.js';
import { fence, rule } from './rules-md.js';

const ex = (body: string) => fence(rule({ extra: `  exceptions:\n${body}` }));

testCheck(badException, {
  valid: [
    { name: 'list form', md: ex('    - name: known_parents\n      fields: [proc.pname, container.image.repository]\n      comps: [=, startswith]\n      values:\n        - [sshd, docker.io/library/]\n') },
    { name: 'single-field form', md: ex('    - name: known_parents\n      fields: proc.pname\n      comps: in\n      values: [sshd, tmux]\n') },
    { name: 'single-field form without comps', md: ex('    - name: known_parents\n      fields: proc.pname\n      values: [sshd, tmux]\n') },
    { name: 'a list value with in', md: ex('    - name: known\n      fields: [proc.name, proc.pname]\n      comps: [=, in]\n      values:\n        - [bash, [sshd, tmux]]\n') },
    { name: 'no values yet', md: ex('    - name: placeholder\n      fields: [proc.pname]\n') },
    { name: 'appending values to an upstream exception', md: fence('- rule: Terminal shell in container\n  exceptions:\n    - name: proc_names\n      values: [my-shell]\n  override:\n    exceptions: append') },
    { name: 'a modifier comp (Falco 0.44)', md: ex('    - name: tmp\n      fields: fd.name\n      comps: startswith oneof\n      values: [/tmp, /var/tmp]\n') },
  ],
  invalid: [
    { name: 'values shorter than fields', md: ex('    - name: known\n      fields: [proc.name, proc.pname]\n      values:\n        - [bash]\n'), errors: [{ line: 11, message: 'fields and values lists must have equal length' }] },
    { name: 'comps shorter than fields', md: ex('    - name: known\n      fields: [proc.name, proc.pname]\n      comps: [=]\n      values:\n        - [bash, sshd]\n'), errors: [{ line: 10, message: 'fields and comps lists must have equal length' }] },
    { name: 'single field with =', md: ex('    - name: known\n      fields: proc.pname\n      comps: =\n      values: [sshd]\n'), errors: [{ line: 10, message: 'must be in, pmatch or intersects', suggestion: 'in' }] },
    { name: 'an invented comp', md: ex('    - name: known\n      fields: [proc.pname]\n      comps: [matches]\n      values:\n        - [sshd]\n'), errors: [{ line: 10, message: "'matches' is not a Falco comparison operator" }] },
    { name: 'no fields on a new rule', md: ex('    - name: known\n      values: [sshd]\n'), errors: [{ line: 8, message: 'has no fields' }] },
    { name: 'no name', md: ex('    - fields: [proc.pname]\n      values:\n        - [sshd]\n'), errors: [{ line: 8, message: 'needs a name' }] },
    { name: 'an unknown exception key', md: ex('    - name: known\n      fields: [proc.pname]\n      condition: proc.pname = sshd\n'), errors: [{ line: 10, message: "'condition' is not an exception key" }] },
    { name: 'exceptions as a mapping', md: ex('    known: sshd\n'), errors: [{ line: 8, message: 'must be a list' }] },
  ],
});
