import type { Check } from '../check.js';
import { reportRulesCode } from './rules-problems.js';

export const unknownEventType: Check = {
  meta: {
    code: 'FR917',
    name: 'unknown-event-type',
    severity: 'warning',
    summary: "An evt.type compared with a name that is not a Falco event type, so the check never matches.",
    docs: {
      bad: "```yaml\n- rule: Shell in container\n  desc: A shell was spawned in a container\n  condition: evt.type = execv and container\n  output: Shell in container (user=%user.name container=%container.name)\n  priority: WARNING\n```",
      good: "```yaml\n- rule: Shell in container\n  desc: A shell was spawned in a container\n  condition: evt.type = execve and container\n  output: Shell in container (user=%user.name container=%container.name)\n  priority: WARNING\n```",
    },
  },
  run: reportRulesCode('FR917'),
};
