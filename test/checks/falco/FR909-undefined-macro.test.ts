import { undefinedMacro } from '../../../src/checks/falco/undefined-macro.js';
import { testCheck } from '../tester.js';
import { fence, rule } from './rules-md.js';

testCheck(undefinedMacro, {
  valid: [
    { name: 'upstream macros spawned_process and container', md: fence(rule({ condition: 'spawned_process and container and not user_expected_terminal_shell_in_container_conditions' })) },
    { name: 'a macro defined after the rule that uses it', md: fence(`${rule({ condition: 'spawned_process and my_shell' })}- macro: my_shell\n  condition: proc.name = bash\n`) },
    { name: 'a macro defined in an earlier block', md: `${fence('- macro: my_shell\n  condition: proc.name = bash')}\n\n${fence(rule({ condition: 'spawned_process and my_shell' }))}` },
    { name: 'a bare word inside a list is a string', md: fence(rule({ condition: 'spawned_process and proc.name in (bash, zsh, my_shell_name)' })) },
  ],
  invalid: [
    { name: 'misspelt macro', md: fence(rule({ condition: 'spawned_proces and container' })), errors: [{ line: 4, message: "undefined macro 'spawned_proces'", suggestion: 'spawned_process' }] },
    { name: 'invented macro', md: fence(rule({ condition: 'new_binary_executed and proc.name = bash' })), errors: [{ line: 4, message: "'new_binary_executed'" }] },
    {
      name: 'a macro using a macro defined after it',
      md: fence('- macro: a_first\n  condition: b_second and proc.name = x\n- macro: b_second\n  condition: proc.pname = y'),
      errors: [{ line: 3, message: 'defined later' }],
    },
    { name: 'a list used as a macro', md: fence(rule({ condition: 'spawned_process and shell_binaries' })), errors: [{ line: 4, message: 'is a list, not a macro' }] },
  ],
});
