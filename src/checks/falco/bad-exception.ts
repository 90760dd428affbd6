import type { Check } from '../check.js';
import { reportRulesCode } from './rules-problems.js';

export const badException: Check = {
  meta: {
    code: 'FR912',
    name: 'bad-exception',
    severity: 'error',
    summary: "A rule exception Falco rejects: values that do not line up with fields, comps that are not operators, no fields.",
    docs: {
      bad: "```yaml\n- rule: Shell in container\n  desc: A shell was spawned in a container\n  condition: spawned_process and container and proc.name = bash\n  output: Shell in container (user=%user.name container=%container.name)\n  priority: WARNING\n  exceptions:\n    - name: ssh_parent\n      fields: [proc.name, proc.pname]\n      values:\n        - [bash]\n```",
      good: "```yaml\n- rule: Shell in container\n  desc: A shell was spawned in a container\n  condition: spawned_process and container and proc.name = bash\n  output: Shell in container (user=%user.name container=%container.name)\n  priority: WARNING\n  exceptions:\n    - name: ssh_parent\n      fields: [proc.name, proc.pname]\n      values:\n        - [bash, sshd]\n```",
    },
  },
  run: reportRulesCode('FR912'),
};
