import { wrongFileForOption } from '../../../src/checks/tools/wrong-file-for-option.js';
import { testCheck } from '../tester.js';
import { bash, REAL_COMMANDS } from './real-commands.js';

testCheck(wrongFileForOption, {
  valid: [
    ...REAL_COMMANDS.map((command) => ({ name: command, md: bash(command) })),
    { name: 'right files', md: bash('falco -c /etc/falco/falco.yaml -r /etc/falco/rules.d', 'falco -V /etc/falco/falco_rules.local.yaml', 'falco -c /etc/falco/config.d/x.yaml') },
    { name: 'a name that does not say', md: bash('falco -c /tmp/custom.yaml', 'falco -r $RULES') },
    { name: '-c of other tools', md: bash('crictl -c /etc/crictl.yaml ps', 'docker -c prod ps') },
    { name: 'prose about -c that names the config', md: `${bash('falco -c /etc/falco/falco.yaml')}\n*   \`-c\`: Specifies the configuration file to use (in this case, \`falco.yaml\`).\n` },
  ],
  invalid: [
    {
      name: 'seed 001: falco -c rules.yaml',
      md: bash('# Configure Falco to use the rules.yaml file', 'falco -c rules.yaml'),
      errors: [{ line: 3, message: 'falco -c takes the configuration file (falco.yaml); rules.yaml is a rules file', suggestion: '-r rules.yaml' }],
    },
    { md: bash('falco -c /etc/falco/falco_rules.local.yaml'), errors: [{ line: 2, suggestion: '-r /etc/falco/falco_rules.local.yaml' }] },
    { md: bash('falco -r /etc/falco/falco.yaml'), errors: [{ line: 2, message: 'falco -r takes a rules file; /etc/falco/falco.yaml is the configuration file', suggestion: '-c /etc/falco/falco.yaml' }] },
    { md: bash('falco --validate=/etc/falco/falco.yaml'), errors: [{ line: 2, message: 'falco --validate takes a rules file' }] },
    { md: bash('falco -c <rules_file>'), errors: [{ line: 2, message: '<rules_file> is a rules file' }] },
    {
      name: 'seed 001: prose explaining -c with a rules file',
      md: `${bash('falco -c /etc/falco/falco.yaml')}\n*   \`-c\`: Specifies the configuration file to use (in this case, \`rules.yaml\`).\n`,
      errors: [{ line: 5, message: 'rules.yaml is a rules file' }],
    },
    { md: 'Run `falco -c custom_rules.yaml` to load them.\n', errors: [{ line: 1, message: 'custom_rules.yaml is a rules file' }] },
  ],
});
