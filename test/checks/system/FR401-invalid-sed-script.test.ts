import { invalidSedScript } from '../../../src/checks/system/invalid-sed-script.js';
import { testCheck } from '../tester.js';

const bash = (code: string) => `Edit:\n\n\`\`\`bash\n${code}\n\`\`\`\n`;

testCheck(invalidSedScript, {
  valid: [
    { md: bash("sudo sed -i 's/json_output: false/json_output: true/' /etc/falco/falco.yaml") },
    { md: bash("sed -n '/Drop and execute/,/priority/p' /etc/falco/falco_rules.yaml") },
    { md: bash("sed -e 's|/bin/sh|/bin/bash|g' -e '/^#/d' file.txt") },
    { name: 'block over two -e scripts', md: bash("sed -e '/rule:/{' -e 'n;p' -e '}' rules.yaml") },
    { name: 'in-place with suffix', md: bash("sed -i.bak 's/a/b/' file") },
    { name: 'script from a file', md: bash('sed -f fix.sed rules.yaml') },
    { name: 'variables in the script', md: bash('sed -i "s/$OLD/$NEW/" file') },
    { name: 'placeholders in the script', md: bash("sed -i 's/<old>/<new>/' file") },
    { name: 'append text', md: bash("sed -i '/^rules_files:/a\\  - /etc/falco/rules.d' /etc/falco/falco.yaml") },
    { name: 'piped', md: bash("journalctl -u falco | sed 's/^.*Warning//'") },
  ],
  invalid: [
    {
      name: 'seed 000 line 43',
      md: bash("sed -i 's/.*\\{.*\\}/\\{ trusted_executable_list \\}' /etc/docker/containers/<container_id>/config.json"),
      errors: [{ line: 4, message: "unterminated `s' command" }],
    },
    { md: bash("sed -i 's/enabled: false/enabled: true/x' /etc/falco/falco.yaml"), errors: [{ line: 4, message: "unknown option to `s'" }] },
    { md: bash("sed '/rule/{p' rules.yaml"), errors: [{ line: 4, message: 'unmatched' }] },
    { md: bash("sed -e 's/a/b/' -e 'k' file"), errors: [{ line: 4, message: 'unknown command' }] },
  ],
});
