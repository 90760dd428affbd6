import { rulesYamlSyntax } from '../../../src/checks/falco/rules-yaml-syntax.js';
import { testCheck } from '../tester.js';
import { fence, rule } from './rules-md.js';

testCheck(rulesYamlSyntax, {
  valid: [
    { name: 'a quoted desc with a colon', md: fence(rule({ desc: '"A shell: spawned in a container"' })) },
    { name: 'a YAML-ish block that is not rules', md: fence('key: value: broken', 'yaml') },
    { name: 'an elided excerpt', md: fence(`${rule()}  ...\n# ...\n- macro: my_procs\n  condition: proc.name = bash`) },
  ],
  invalid: [
    { name: 'an unquoted colon in desc', md: fence(rule({ desc: 'A shell: spawned in a container' })), errors: [{ line: 3, message: 'not valid YAML' }] },
    { name: 'an unterminated quote', md: fence(rule({ output: '"Shell (user=%user.name)' })), errors: [{ line: 5 }] },
  ],
});
