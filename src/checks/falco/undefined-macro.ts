import type { Check } from '../check.js';
import { reportRulesCode } from './rules-problems.js';

export const undefinedMacro: Check = {
  meta: {
    code: 'FR909',
    name: 'undefined-macro',
    severity: 'error',
    summary: "A bare word in a condition that is not a macro defined in the rules or upstream.",
    docs: {
      bad: "```yaml\n- rule: Shell in container\n  desc: A shell was spawned in a container\n  condition: spawned_process and in_container and proc.name = bash\n  output: Shell in container (user=%user.name container=%container.name)\n  priority: WARNING\n```",
      good: "```yaml\n- rule: Shell in container\n  desc: A shell was spawned in a container\n  condition: spawned_process and container and proc.name = bash\n  output: Shell in container (user=%user.name container=%container.name)\n  priority: WARNING\n```",
    },
  },
  run: reportRulesCode('FR909'),
};
