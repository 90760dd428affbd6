import { unloadedRulesFile } from '../../../src/checks/system/unloaded-rules-file.js';
import { testCheck } from '../tester.js';

const bash = (code: string) => `Add a rule:\n\n\`\`\`bash\n${code}\n\`\`\`\n`;
const RULE = '- rule: Shell in container\n  desc: x\n  condition: spawned_process and container\n  output: shell (%container.id)\n  priority: WARNING';

testCheck(unloadedRulesFile, {
  valid: [
    { md: bash(`cat <<'EOF' > /etc/falco/rules.d/50-shell.yaml\n${RULE}\nEOF`) },
    { md: bash(`sudo tee /etc/falco/rules.d/50-shell.yml <<'EOF'\n${RULE}\nEOF`) },
    { name: 'copy a yaml file into the directory', md: bash('sudo cp shell_rules.yaml /etc/falco/rules.d/') },
    { name: 'edit a yaml file', md: bash('sudo vi /etc/falco/rules.d/custom.yaml') },
    { name: 'other directories', md: bash('echo "x" > /etc/falco/notes.txt\ncp rules.conf /tmp/') },
    { name: 'variable names', md: bash('sudo cp "$RULES" /etc/falco/rules.d/') },
    { name: 'reading is fine', md: bash('cat /etc/falco/rules.d/README') },
    { name: 'disabling or backing up a rules file on purpose', md: bash('sudo mv /etc/falco/rules.d/50-shell.yaml /etc/falco/rules.d/50-shell.yaml.disabled\nsudo cp /etc/falco/rules.d/a.yaml /etc/falco/rules.d/a.yaml.bak') },
  ],
  invalid: [
    {
      name: 'seed 000 line 65',
      md: bash('echo "[rule]\\nname = x\\npriority = ERROR" > /etc/falco/rules.d/10-drop-and-execute-new-binary.conf'),
      errors: [{ line: 4, message: 'only *.yaml and *.yml', suggestion: '/etc/falco/rules.d/10-drop-and-execute-new-binary.yaml' }],
    },
    { md: bash(`cat <<'EOF' | sudo tee -a /etc/falco/rules.d/custom.rules\n${RULE}\nEOF`), errors: [{ line: 4, suggestion: '/etc/falco/rules.d/custom.yaml' }] },
    { name: 'copy into the directory', md: bash('sudo cp shell.rules /etc/falco/rules.d/'), errors: [{ line: 4, message: 'shell.rules' }] },
    { name: 'copy to a file name', md: bash('sudo install -m 644 shell.yaml /etc/falco/rules.d/shell.txt'), errors: [{ line: 4, suggestion: '/etc/falco/rules.d/shell.yaml' }] },
    { name: 'touch', md: bash('sudo touch /etc/falco/rules.d/local_rules'), errors: [{ line: 4, suggestion: '/etc/falco/rules.d/local_rules.yaml' }] },
  ],
});
