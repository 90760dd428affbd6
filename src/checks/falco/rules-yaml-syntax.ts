import type { Check } from '../check.js';
import { reportRulesCode } from './rules-problems.js';

export const rulesYamlSyntax: Check = {
  meta: {
    code: 'FR915',
    name: 'rules-yaml-syntax',
    severity: 'error',
    summary: "A Falco rules block that is not valid YAML, so Falco cannot load the file.",
    docs: {
      bad: "```yaml\n- rule: Shell in container\n  desc: A shell: spawned in a container\n  condition: spawned_process and container and proc.name = bash\n  output: Shell in container (user=%user.name)\n  priority: WARNING\n```",
      good: "```yaml\n- rule: Shell in container\n  desc: \"A shell: spawned in a container\"\n  condition: spawned_process and container and proc.name = bash\n  output: Shell in container (user=%user.name)\n  priority: WARNING\n```",
    },
  },
  run: reportRulesCode('FR915'),
};
