import type { Check } from '../check.js';
import { reportRulesCode } from './rules-problems.js';

export const unknownRuleKey: Check = {
  meta: {
    code: 'FR902',
    name: 'unknown-rule-key',
    severity: 'error',
    summary: "A key a Falco rule, macro or list does not have (`filter:`, `severity:`, `action:`); Falco ignores it, so it never does what it claims.",
    docs: {
      bad: "```yaml\n- rule: Shell in container\n  desc: A shell was spawned in a container\n  condition: spawned_process and container and proc.name = bash\n  output: Shell in container (user=%user.name container=%container.name)\n  priority: WARNING\n  action: kill\n```",
      good: "```yaml\n- rule: Shell in container\n  desc: A shell was spawned in a container\n  condition: spawned_process and container and proc.name = bash\n  output: Shell in container (user=%user.name container=%container.name)\n  priority: WARNING\n```",
    },
  },
  run: reportRulesCode('FR902'),
};
