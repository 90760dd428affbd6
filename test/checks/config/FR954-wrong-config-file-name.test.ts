import { wrongConfigFileName } from '../../../src/checks/config/wrong-config-file-name.js';
import { testCheck } from '../tester.js';

const fence = (lang: string, body: string) => `\`\`\`${lang}\n${body}\n\`\`\``;

testCheck(wrongConfigFileName, {
  valid: [
    { name: 'falco.yaml label', md: fence('yaml', '# /etc/falco/falco.yaml\njson_output: true') },
    { name: 'config.d drop-in', md: fence('yaml', '# /etc/falco/config.d/outputs.yaml\nhttp_output:\n  enabled: true') },
    { name: 'falco -c with the real file', md: fence('bash', 'falco -c /etc/falco/falco.yaml -r /etc/falco/rules.d') },
    { name: 'a .yml file of the user\'s own passed to -c', md: fence('bash', 'falco -c ./my-falco.yml') },
    { name: 'rules files named falco.rules.yaml are not config labels', md: fence('yaml', '# falco.rules.yaml\n- rule: x\n  desc: y\n  condition: evt.type = execve\n  output: z\n  priority: INFO') },
    { name: '/etc/falco/falco.conf as a path is left to the path check (FR301)', md: fence('bash', 'falco -c /etc/falco/falco.conf') },
  ],
  invalid: [
    {
      name: 'seed 001: # falco.conf label',
      md: '```yml\n# falco.conf\nevent_logger:\n  enabled: true\n  log_format: json\n```',
      errors: [{ line: 2, message: "Falco's configuration file is falco.yaml (/etc/falco/falco.yaml)", suggestion: 'falco.yaml' }],
    },
    { name: 'falco.yml in /etc/falco', md: fence('yaml', '# /etc/falco/falco.yml\njson_output: true'), errors: [{ line: 2, message: 'Falco reads /etc/falco/falco.yaml (.yaml, not .yml)', suggestion: '/etc/falco/falco.yaml' }] },
    { name: 'falco -c falco.conf', md: fence('bash', 'sudo falco -c ./falco.conf'), errors: [{ line: 2, message: 'falco -c ./falco.conf', suggestion: './falco.yaml' }] },
    { name: 'config written to falco.yml', md: fence('bash', 'cat <<EOF > /etc/falco/falco.yml\njson_output: true\nEOF'), errors: [{ line: 2, suggestion: '/etc/falco/falco.yaml' }] },
  ],
});
