import { deprecatedConfigKey } from '../../../src/checks/config/deprecated-config-key.js';
import { testCheck } from '../tester.js';

const fence = (lang: string, body: string) => `\`\`\`${lang}\n${body}\n\`\`\``;

testCheck(deprecatedConfigKey, {
  valid: [{ name: 'rules_files', md: fence('yaml', 'rules_files:\n  - /etc/falco/falco_rules.yaml\n  - /etc/falco/rules.d') }],
  invalid: [
    { name: 'rules_file, the old singular', md: fence('yaml', '# /etc/falco/falco.yaml\nrules_file:\n  - /etc/falco/falco_rules.yaml'), errors: [{ line: 3, message: 'rules_file is deprecated', suggestion: 'rules_files' }] },
  ],
});
