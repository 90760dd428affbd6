import type { Check } from '../check.js';
import { reportRulesCode } from './rules-problems.js';

export const conditionSyntax: Check = {
  meta: {
    code: 'FR907',
    name: 'condition-syntax',
    severity: 'error',
    summary: "A rule or macro condition Falco cannot parse (`&&`, `||`, `matches`, `=~`, arithmetic).",
    docs: {
      bad: "```yaml\n- rule: Shell in container\n  desc: A shell was spawned in a container\n  condition: spawned_process && container && proc.name = bash\n  output: Shell in container (user=%user.name container=%container.name)\n  priority: WARNING\n```",
      good: "```yaml\n- rule: Shell in container\n  desc: A shell was spawned in a container\n  condition: spawned_process and container and proc.name = bash\n  output: Shell in container (user=%user.name container=%container.name)\n  priority: WARNING\n```",
    },
  },
  run: reportRulesCode('FR907'),
};
