import type { Check } from '../check.js';
import { reportRulesCode } from './rules-problems.js';

export const missingRequiredKey: Check = {
  meta: {
    code: 'FR903',
    name: 'missing-required-key',
    severity: 'error',
    summary: "A new rule without condition, output, desc or priority, a macro without condition or a list without items.",
    docs: {
      bad: "```yaml\n- rule: Shell in container\n  desc: A shell was spawned in a container\n  condition: spawned_process and container and proc.name = bash\n  priority: WARNING\n```",
      good: "```yaml\n- rule: Shell in container\n  desc: A shell was spawned in a container\n  condition: spawned_process and container and proc.name = bash\n  output: Shell in container (user=%user.name container=%container.name)\n  priority: WARNING\n```",
    },
  },
  run: reportRulesCode('FR903'),
};
