import { invalidConfigYaml } from '../../../src/checks/config/invalid-config-yaml.js';
import { testCheck } from '../tester.js';

const fence = (lang: string, body: string) => `\`\`\`${lang}\n${body}\n\`\`\``;

testCheck(invalidConfigYaml, {
  valid: [
    { name: 'a map of settings', md: fence('yaml', '# /etc/falco/falco.yaml\njson_output: true') },
    { name: 'unlabelled non-YAML is not judged as falco.yaml', md: fence('yaml', '[main]\nevent_type = execve') },
    { name: 'a shell block that names falco.yaml in a comment', md: fence('bash', '# Edit /etc/falco/falco.yaml\nsudo vi /etc/falco/falco.yaml') },
    { name: 'INI written to falco.yaml is left to FR303', md: fence('bash', 'printf "[outputs]\\njson = true\\nhttp = true\\n" > /etc/falco/falco.yaml') },
  ],
  invalid: [
    { name: 'rules labelled as falco.yaml', md: fence('yaml', '# /etc/falco/falco.yaml\n- rule: Shell in container\n  condition: container and proc.name = bash'), errors: [{ line: 3, message: 'this is a list of rules' }] },
    { name: 'INI labelled as falco.yaml', md: fence('yaml', '# /etc/falco/falco.yaml\n[outputs]\njson = true'), errors: [{ line: 4, message: 'not valid YAML' }] },
    { name: 'key=value appended to falco.yaml', md: fence('bash', 'echo "json_output=true" | sudo tee -a /etc/falco/falco.yaml'), errors: [{ line: 2, message: 'this is a single value' }] },
  ],
});
