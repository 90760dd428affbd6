import { notYamlFalcoFile } from '../../../src/checks/system/not-yaml-falco-file.js';
import { testCheck } from '../tester.js';

const bash = (code: string) => `Configure Falco:\n\n\`\`\`bash\n${code}\n\`\`\`\n`;

testCheck(notYamlFalcoFile, {
  valid: [
    {
      name: 'a YAML rule whose folded condition has key = value lines',
      md: bash("cat <<'EOF' > /etc/falco/rules.d/shell.yaml\n- rule: Shell in container\n  desc: x\n  condition: >\n    spawned_process and container\n    proc.name = bash\n  output: shell\n  priority: WARNING\nEOF"),
    },
    { name: 'YAML config line', md: bash('echo "json_output: true" | sudo tee -a /etc/falco/config.d/json.yaml') },
    { name: 'INI elsewhere', md: bash('printf "[Service]\\nRestart=always\\n" > /etc/systemd/system/falco.service.d/override.conf') },
    { name: 'one key = value line is too little to judge', md: bash('echo "priority = debug" > /etc/falco/notes') },
    { name: 'sysctl.conf', md: bash('echo "kernel.yama.ptrace_scope = 2\nkernel.kptr_restrict = 2" > /etc/sysctl.d/99-hardening.conf') },
  ],
  invalid: [
    {
      name: 'seed 000 line 65',
      md: bash(
        'echo "[rule]\\nname = drop-and-execute-new-binary\\ncommand = /usr/bin/x\\npriority = ERROR" > /etc/falco/rules.d/10-drop-and-execute-new-binary.conf',
      ),
      errors: [{ line: 4, message: 'Falco rules files are YAML lists of `- rule:` items' }],
    },
    {
      name: 'heredoc through tee',
      md: bash("cat <<'EOF' | sudo tee /etc/falco/falco_rules.local.yaml\n[rule]\nname = shell\ncondition = proc.name = bash\nEOF"),
      errors: [{ line: 4, message: 'not YAML' }],
    },
    {
      name: 'config file',
      md: bash("sudo tee /etc/falco/falco.yaml <<'EOF'\n[outputs]\njson_output = true\nEOF"),
      errors: [{ line: 4, message: "Falco's configuration is YAML" }],
    },
    {
      name: 'printf with escapes',
      md: bash("printf '[rule]\\nname = %s\\n' shell > /tmp/custom_rules.yaml"),
      errors: [{ line: 4, message: 'not YAML' }],
    },
  ],
});
