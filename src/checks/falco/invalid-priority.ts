import type { Check } from '../check.js';
import { reportRulesCode } from './rules-problems.js';

export const invalidPriority: Check = {
  meta: {
    code: 'FR905',
    name: 'invalid-priority',
    severity: 'error',
    summary: "A rule priority Falco does not have (`HIGH`, `MEDIUM`, `SEVERE`); the priorities are EMERGENCY to DEBUG.",
    docs: {
      bad: "```yaml\n- rule: Shell in container\n  desc: A shell was spawned in a container\n  condition: spawned_process and container and proc.name = bash\n  output: Shell in container (user=%user.name container=%container.name)\n  priority: HIGH\n```",
      good: "```yaml\n- rule: Shell in container\n  desc: A shell was spawned in a container\n  condition: spawned_process and container and proc.name = bash\n  output: Shell in container (user=%user.name container=%container.name)\n  priority: ERROR\n```",
    },
  },
  run: reportRulesCode('FR905'),
};
