import type { Check } from '../check.js';
import { reportRulesCode } from './rules-problems.js';

export const invalidOutput: Check = {
  meta: {
    code: 'FR911',
    name: 'invalid-output',
    severity: 'error',
    summary: "A rule output with an unknown `%field` or `{{...}}` templating, which Falco never fills in.",
    docs: {
      bad: "```yaml\n- rule: Shell in container\n  desc: A shell was spawned in a container\n  condition: spawned_process and container and proc.name = bash\n  output: Shell spawned by {{user.name}} in {{container.name}}\n  priority: WARNING\n```",
      good: "```yaml\n- rule: Shell in container\n  desc: A shell was spawned in a container\n  condition: spawned_process and container and proc.name = bash\n  output: Shell in container (user=%user.name container=%container.name)\n  priority: WARNING\n```",
    },
  },
  run: reportRulesCode('FR911'),
};
