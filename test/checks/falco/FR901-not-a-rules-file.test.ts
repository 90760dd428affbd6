import { notARulesFile } from '../../../src/checks/falco/not-a-rules-file.js';
import { testCheck } from '../tester.js';
import { fence, rule } from './rules-md.js';

testCheck(notARulesFile, {
  valid: [
    { name: 'a correct custom rule', md: fence(`# /etc/falco/rules.d/shell.yaml\n${rule()}`) },
    {
      name: 'list + macro + rule trio',
      md: fence(
        `- list: my_shells\n  items: [bash, zsh, sh]\n- macro: my_shell_procs\n  condition: proc.name in (my_shells)\n${rule({ condition: 'spawned_process and container and my_shell_procs' })}`,
      ),
    },
    { name: 'several YAML documents', md: fence(`- required_engine_version: 0.57.0\n---\n${rule()}`) },
    { name: 'a Kubernetes manifest is not rules', md: fence('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: falco-rules\ndata:\n  custom.yaml: |\n    rules: x') },
    { name: 'a Compose file is not rules', md: fence('services:\n  falco:\n    image: falcosecurity/falco:0.44.1\n    privileged: true') },
    { name: 'falco.yaml is not rules', md: fence('# /etc/falco/falco.yaml\nrules_files:\n  - /etc/falco/falco_rules.yaml\njson_output: true') },
    { name: "falco.yaml's rules: selection is not rules", md: fence('rules:\n  - disable:\n      rule: "*"\n  - enable:\n      tag: container') },
    { name: 'Helm values for the falco chart', md: fence('driver:\n  kind: modern_ebpf\nfalco:\n  json_output: true\ncustomRules:\n  rules.yaml: |-\n    - rule: x') },
    { name: 'a GitHub workflow', md: fence('name: scan\non: [push]\njobs:\n  scan:\n    runs-on: ubuntu-latest') },
    { name: 'Ansible tasks', md: fence('- name: Install falco\n  hosts: all\n  tasks:\n    - apt:\n        name: falco') },
    { name: 'Semgrep-like rules without Falco vocabulary', md: fence('rules:\n  - id: no-eval\n    pattern: eval(...)\n    message: avoid eval\n    severity: ERROR') },
    { name: 'an INI file that is not about Falco', md: fence('[main]\ngpgcheck=1\ninstallonly_limit=3', 'ini') },
    { name: 'INI text written by shell code is left to FR303', md: fence('echo "[rule]\\nname = x\\npriority = ERROR" > /etc/falco/rules.d/x.yaml', 'bash') },
  ],
  invalid: [
    {
      name: 'seed 001: a rule: mapping with name/description',
      md: fence('# falco.rules.yaml\nrule:\n  name: Restrict New Binary Execution\n  description: Prevents execution of new binaries in containers.\n  condition:\n    or:\n    - container.id != "c61b4b13ae44"\n  output: |\n    Alerting on new binaries', 'yml'),
      errors: [{ line: 3, message: "'rule:' holds a mapping" }],
    },
    {
      name: 'seed 002: top-level rules: and filters:',
      md: fence('rules:\n  - name: Strict\n    filter:\n      and:\n        - proc.sname == x\n') + '\n\n' + fence('filters:\n  - rule: Strict\n    filter:\n      and:\n        - proc.sname == x\n'),
      errors: [
        { line: 2, message: "top-level 'rules:' key" },
        { line: 10, message: "top-level 'filters:' key" },
      ],
    },
    {
      name: 'seed 003: top-level tags and a rule mapping',
      md: fence('tags:\n  - container\n\nrule:\n  name: "Disable unknown binaries"\n  source: "process"\n  message: "Executing unknown binary: {{proc.exe}}"\n'),
      errors: [
        { line: 2, message: "top-level key 'tags'" },
        { line: 5, message: "'rule:' holds a mapping" },
      ],
    },
    {
      name: 'seed 004: INI [main] section and an HCL-like block',
      md: fence('[main]\nevent_type = execve\ncontainer {\n  action = alert("Unknown binary", {"container_id": "c61b4b13ae44"})\n}\n'),
      errors: [{ line: 2, message: 'INI-style [main] section' }],
    },
    { name: 'INI [rule] section', md: fence('[rule]\nname = shell-in-container\ncondition = proc.name = bash\npriority = WARNING', 'ini'), errors: [{ line: 2, message: 'INI-style [rule]' }] },
    { name: 'HCL rule block', md: fence('rule "shell_in_container" {\n  condition = "proc.name = bash"\n  priority  = "WARNING"\n}', 'hcl'), errors: [{ line: 2, message: 'HCL-like' }] },
    {
      name: 'one item without its dash',
      md: fence('rule: Shell in container\ndesc: A shell was spawned in a container\ncondition: spawned_process and container\noutput: Shell (user=%user.name)\npriority: WARNING'),
      errors: [{ line: 2, message: 'single mapping, not a list' }],
    },
    {
      name: 'a list item with name: instead of rule:',
      md: fence('# falco_rules.local.yaml\n- name: Shell in container\n  condition: spawned_process and container\n  output: Shell (user=%user.name)\n  priority: WARNING'),
      errors: [{ line: 3, message: 'no rule, macro or list key', suggestion: 'rule' }],
    },
    {
      name: 'YAML rules written by a here-document into rules.d',
      md: fence("cat <<'EOF' > /etc/falco/rules.d/custom.yaml\nrule:\n  name: Shell in container\n  condition: proc.name = bash\nEOF", 'bash'),
      errors: [{ line: 3, message: "'rule:' holds a mapping" }],
    },
  ],
});
