import { conditionSyntax } from '../../../src/checks/falco/condition-syntax.js';
import { testCheck } from '../tester.js';
import { fence, rule } from './rules-md.js';

testCheck(conditionSyntax, {
  valid: [
    { name: 'macros and lists', md: fence(rule()) },
    { name: 'regex, glob, modifiers and transformers', md: fence(rule({ condition: 'spawned_process and (proc.name regex "ba.h" or fd.name glob "/etc/*" or proc.name startswith oneof (ba, zs) or tolower(proc.name) = bash)' })) },
    { name: 'field comparison with val()', md: fence(rule({ condition: 'spawned_process and proc.name = val(proc.pname)' })) },
    { name: 'appending an and-fragment', md: fence('- macro: user_known_package_manager_in_container\n  condition: or proc.pname = ansible\n  override:\n    condition: append') },
    { name: 'block scalar', md: fence(rule({ condition: '>\n    spawned_process and\n    not proc.name in (known_binaries)' }).replace('known_binaries', 'shell_binaries')) },
  ],
  invalid: [
    {
      name: '&& in a rule of a ConfigMap, column in the report',
      md: fence('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: falco-rules\ndata:\n  pods.yaml: |\n    - rule: Pod in payments\n      desc: A pod was created in payments\n      condition: ka.verb = create && ka.target.namespace = payments\n      output: Pod created (user=%ka.user.name)\n      priority: WARNING\n      source: k8s_audit'),
      errors: [{ line: 10, message: "'&&'" }],
    },
    { name: '&&', md: fence(rule({ condition: 'spawned_process && container' })), errors: [{ line: 4, message: "no '&&' operator", suggestion: 'and' }] },
    { name: '||', md: fence(rule({ condition: 'proc.name = bash || proc.name = sh' })), errors: [{ line: 4, suggestion: 'or' }] },
    { name: 'matches', md: fence(rule({ condition: 'proc.name matches "ba.*"' })), errors: [{ line: 4, message: "'matches'", suggestion: 'regex' }] },
    { name: '=~', md: fence(rule({ condition: 'proc.name =~ "ba.*"' })), errors: [{ line: 4, message: "'=~'" }] },
    { name: '=~ glued to its value (libs would compare with the text "~bash")', md: fence(rule({ condition: 'spawned_process and proc.name=~bash' })), errors: [{ line: 4, message: "no '=~' operator", suggestion: 'regex' }] },
    { name: 'seed 002: arithmetic', md: fence(rule({ condition: 'spawned_process and proc.exe_ino.ctime_duration_proc_start > 10 * 3600' })), errors: [{ line: 4, message: 'no arithmetic', suggestion: '36000' }] },
    {
      name: 'an error on the third line of a folded condition',
      md: fence(rule({ condition: '>\n    spawned_process and\n    container and\n    proc.name == bash &&' })),
      errors: [{ line: 7, message: "'&&'" }],
    },
    { name: 'an appended fragment that does not start with and/or', md: fence('- macro: user_known_package_manager_in_container\n  condition: proc.pname = ansible\n  override:\n    condition: append'), errors: [{ line: 3 }] },
  ],
});
