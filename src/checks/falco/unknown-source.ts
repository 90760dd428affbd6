import type { Check } from '../check.js';
import { reportRulesCode } from './rules-problems.js';

export const unknownSource: Check = {
  meta: {
    code: 'FR906',
    name: 'unknown-source',
    severity: 'error',
    summary: "A rule source that is not a Falco event source (`process`, `syscalls`); process events come from `syscall`.",
    docs: {
      bad: "```yaml\n- rule: Shell in container\n  desc: A shell was spawned in a container\n  condition: spawned_process and container and proc.name = bash\n  output: Shell in container (user=%user.name container=%container.name)\n  priority: WARNING\n  source: process\n```",
      good: "```yaml\n- rule: Shell in container\n  desc: A shell was spawned in a container\n  condition: spawned_process and container and proc.name = bash\n  output: Shell in container (user=%user.name container=%container.name)\n  priority: WARNING\n  source: syscall\n```",
    },
  },
  run: reportRulesCode('FR906'),
};
