import { invalidOutput } from '../../../src/checks/falco/invalid-output.js';
import { testCheck } from '../tester.js';
import { fence, rule } from './rules-md.js';

testCheck(invalidOutput, {
  valid: [
    { name: 'fields with arguments and widths', md: fence(rule({ output: 'Shell (parent=%proc.aname[2] home=%proc.env[HOME] flags=%evt.arg.flags name=%20proc.name lower=%tolower(proc.name))' })) },
    { name: '%container.info is stripped by Falco 0.44', md: fence(rule({ output: 'Shell (user=%user.name %container.info)' })) },
    { name: 'a known field followed by text', md: fence(rule({ output: 'Shell %proc.name_suffix' })) },
    { name: 'appending to an upstream output', md: fence('- rule: Terminal shell in container\n  output: (pid=%proc.pid)\n  override:\n    output: append') },
    { name: 'k8s_audit output fields', md: fence('- rule: Exec\n  desc: d\n  condition: kevt and ka.target.subresource = exec\n  output: Exec (user=%ka.user.name cmd=%ka.uri.param[command])\n  priority: NOTICE\n  source: k8s_audit') },
  ],
  invalid: [
    { name: 'seed 003: {{proc.exe}}', md: fence(rule({ output: '"Executing unknown binary in container: {{proc.exe}}"' })), errors: [{ line: 5, message: 'template syntax', suggestion: '%proc.exe' }] },
    { name: 'a %field typo', md: fence(rule({ output: 'Shell (user=%user.nmae)' })), errors: [{ line: 5, message: '%user.nmae', suggestion: '%user.name' }] },
    { name: 'a syscall field in a k8s_audit output', md: fence('- rule: Exec\n  desc: d\n  condition: kevt\n  output: Exec (user=%ka.user.name proc=%proc.name)\n  priority: NOTICE\n  source: k8s_audit'), errors: [{ line: 5, message: '%proc.name' }] },
    { name: 'a trailing %', md: fence(rule({ output: 'CPU at 100%' })), errors: [{ line: 5, message: "cannot end with '%'" }] },
    { name: 'a filter-only field', md: fence(rule({ output: 'Conn (ip=%fd.ip)' })), errors: [{ line: 5, message: 'only be used in conditions' }] },
  ],
});
