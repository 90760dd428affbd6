import type { Check } from '../check.js';
import { reportRulesCode } from './rules-problems.js';

export const badOverride: Check = {
  meta: {
    code: 'FR913',
    name: 'bad-override',
    severity: 'error',
    summary: "An override or append of a rule, macro or list that does not exist, or an override Falco rejects.",
    docs: {
      bad: "```yaml\n- rule: Terminal shell in containr\n  condition: and not proc.pname = sshd\n  override:\n    condition: append\n```",
      good: "```yaml\n- rule: Terminal shell in container\n  condition: and not proc.pname = sshd\n  override:\n    condition: append\n```",
    },
  },
  run: reportRulesCode('FR913'),
};
