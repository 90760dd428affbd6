import { unknownField } from '../../../src/checks/falco/unknown-field.js';
import { testCheck } from '../tester.js';
import { fence, rule } from './rules-md.js';

testCheck(unknownField, {
  valid: [
    { name: 'field arguments', md: fence(rule({ condition: 'spawned_process and proc.aname[2] = sshd and proc.env[HOME] = /root and evt.arg.flags contains O_CREAT and evt.type.is.open = 1 and proc.args[0] exists' })) },
    { name: 'container plugin fields', md: fence(rule({ condition: 'spawned_process and container.image.repository = nginx and k8s.ns.name = default and container.label[app] = web' })) },
    { name: 'exception fields', md: fence(rule({ extra: '  exceptions:\n    - name: known\n      fields: [proc.pname, container.image.repository]\n      values:\n        - [sshd, nginx]\n' })) },
    {
      name: 'a macro with ka.* fields used by a k8s_audit rule',
      md: fence('- macro: my_exec\n  condition: ka.target.subresource = exec\n- rule: Exec\n  desc: d\n  condition: kevt and my_exec\n  output: Exec (user=%ka.user.name)\n  priority: NOTICE\n  source: k8s_audit'),
    },
    { name: 'an unused macro with fields of another source', md: fence('- macro: my_exec\n  condition: ka.target.subresource = exec') },
  ],
  invalid: [
    { name: 'proc.nme', md: fence(rule({ condition: 'spawned_process and proc.nme = bash' })), errors: [{ line: 4, message: 'proc.nme is not a Falco field', suggestion: 'proc.name' }] },
    { name: 'a k8s_audit field in a syscall rule', md: fence(rule({ condition: 'spawned_process and ka.verb = create' })), errors: [{ line: 4, message: 'field of the k8s_audit source' }] },
    { name: 'a syscall field in a k8s_audit rule', md: fence('- rule: Exec\n  desc: d\n  condition: kevt and proc.name = kubectl\n  output: Exec (user=%ka.user.name)\n  priority: NOTICE\n  source: k8s_audit'), errors: [{ line: 4, message: 'not a Falco field of the k8s_audit source' }] },
    { name: 'an index that is not a number', md: fence(rule({ condition: 'spawned_process and proc.aname[parent] = sshd' })), errors: [{ line: 4, message: 'takes a number' }] },
    { name: 'an argument on a field that takes none', md: fence(rule({ condition: 'spawned_process and proc.name[0] = bash' })), errors: [{ line: 4, message: 'takes no argument' }] },
    { name: 'a field that needs an argument', md: fence(rule({ condition: 'spawned_process and container.label = web' })), errors: [{ line: 4, message: 'needs an argument' }] },
    { name: 'an unknown evt.arg name', md: fence(rule({ condition: 'evt.type = open and evt.arg.flagz contains O_CREAT' })), errors: [{ line: 4, suggestion: 'evt.arg.flags' }] },
    { name: 'an exception field typo', md: fence(rule({ extra: '  exceptions:\n    - name: known\n      fields: [proc.pnme]\n      values:\n        - [sshd]\n' })), errors: [{ line: 9, suggestion: 'proc.pname' }] },
    {
      name: 'a macro used only by syscall rules is checked against syscall',
      md: fence(`- macro: my_check\n  condition: ka.verb = create\n${rule({ condition: 'spawned_process and my_check' })}`),
      errors: [{ line: 3, message: 'field of the k8s_audit source' }],
    },
  ],
});
