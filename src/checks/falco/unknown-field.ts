import type { Check } from '../check.js';
import { reportRulesCode } from './rules-problems.js';

export const unknownField: Check = {
  meta: {
    code: 'FR908',
    name: 'unknown-field',
    severity: 'error',
    summary: "A condition or exception field that does not exist for the rule source, or takes its argument differently.",
    docs: {
      bad: "```yaml\n- rule: Shell in container\n  desc: A shell was spawned in a container\n  condition: spawned_process and container and proc.nme = bash\n  output: Shell in container (user=%user.name container=%container.name)\n  priority: WARNING\n```",
      good: "```yaml\n- rule: Shell in container\n  desc: A shell was spawned in a container\n  condition: spawned_process and container and proc.name = bash\n  output: Shell in container (user=%user.name container=%container.name)\n  priority: WARNING\n```",
    },
  },
  run: reportRulesCode('FR908'),
};
