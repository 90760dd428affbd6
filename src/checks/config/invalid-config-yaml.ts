import type { Check } from '../check.js';
import { reportCode } from './report.js';

export const invalidConfigYaml: Check = {
  meta: {
    code: 'FR957',
    name: 'invalid-config-yaml',
    severity: 'error',
    summary: "Text meant as falco.yaml that Falco cannot load: not YAML, or not a map of settings (a list of rules, say).",
    docs: {
      bad: "```yaml\n# /etc/falco/falco.yaml\n- rule: Shell in container\n  condition: container and proc.name = bash\n```",
      good: "```yaml\n# /etc/falco/falco.yaml\nrules_files:\n  - /etc/falco/falco_rules.yaml\n  - /etc/falco/rules.d\n```",
    },
  },
  run: reportCode('FR957'),
};
