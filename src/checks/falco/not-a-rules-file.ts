import type { Check } from '../check.js';
import { reportRulesCode } from './rules-problems.js';

export const notARulesFile: Check = {
  meta: {
    code: 'FR901',
    name: 'not-a-rules-file',
    severity: 'error',
    summary: "A Falco rules block that is not a YAML list of rule, macro and list items (INI sections, a `rule:` mapping, a top-level `rules:` key).",
    docs: {
      bad: "```yaml\n# falco_rules.local.yaml\nrule:\n  name: Shell in container\n  description: A shell was spawned in a container\n  condition: spawned_process and container and proc.name = bash\n```",
      good: "```yaml\n# falco_rules.local.yaml\n- rule: Shell in container\n  desc: A shell was spawned in a container\n  condition: spawned_process and container and proc.name = bash\n  output: Shell in container (user=%user.name container=%container.name)\n  priority: WARNING\n```",
    },
  },
  run: reportRulesCode('FR901'),
};
