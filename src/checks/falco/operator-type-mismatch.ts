import type { Check } from '../check.js';
import { reportRulesCode } from './rules-problems.js';

export const operatorTypeMismatch: Check = {
  meta: {
    code: 'FR910',
    name: 'operator-type-mismatch',
    severity: 'error',
    summary: "An operator that does not fit the field type (`startswith` on a port, `=` on a list field).",
    docs: {
      bad: "```yaml\n- rule: Shell in container\n  desc: A shell was spawned in a container\n  condition: evt.type = connect and fd.sport startswith 80\n  output: Connection (port=%fd.sport)\n  priority: WARNING\n```",
      good: "```yaml\n- rule: Shell in container\n  desc: A shell was spawned in a container\n  condition: evt.type = connect and fd.sport = 80\n  output: Connection (port=%fd.sport)\n  priority: WARNING\n```",
    },
  },
  run: reportRulesCode('FR910'),
};
