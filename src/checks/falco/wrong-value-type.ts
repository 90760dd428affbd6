import type { Check } from '../check.js';
import { reportRulesCode } from './rules-problems.js';

export const wrongValueType: Check = {
  meta: {
    code: 'FR904',
    name: 'wrong-value-type',
    severity: 'error',
    summary: "A rules-file value of the wrong type: a condition that is not a string, tags that are not a list, enabled that is not a boolean.",
    docs: {
      bad: "```yaml\n- rule: Shell in container\n  desc: A shell was spawned in a container\n  condition: spawned_process and container and proc.name = bash\n  output: Shell in container (user=%user.name container=%container.name)\n  priority: WARNING\n  tags: container\n```",
      good: "```yaml\n- rule: Shell in container\n  desc: A shell was spawned in a container\n  condition: spawned_process and container and proc.name = bash\n  output: Shell in container (user=%user.name container=%container.name)\n  priority: WARNING\n  tags: [container, shell]\n```",
    },
  },
  run: reportRulesCode('FR904'),
};
