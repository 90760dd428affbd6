import type { Check } from '../check.js';
import { reportRulesCode } from './rules-problems.js';

export const unknownListReference: Check = {
  meta: {
    code: 'FR916',
    name: 'unknown-list-reference',
    severity: 'warning',
    summary: "A name after in/intersects/pmatch that is no list: Falco compares against the literal word.",
    docs: {
      bad: "```yaml\n- rule: Shell in container\n  desc: A shell was spawned in a container\n  condition: spawned_process and container and proc.name in shell_binaires\n  output: Shell in container (user=%user.name container=%container.name)\n  priority: WARNING\n```",
      good: "```yaml\n- rule: Shell in container\n  desc: A shell was spawned in a container\n  condition: spawned_process and container and proc.name in (shell_binaries)\n  output: Shell in container (user=%user.name container=%container.name)\n  priority: WARNING\n```",
    },
  },
  run: reportRulesCode('FR916'),
};
