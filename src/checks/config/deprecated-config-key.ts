import type { Check } from '../check.js';
import { reportCode } from './report.js';

export const deprecatedConfigKey: Check = {
  meta: {
    code: 'FR956',
    name: 'deprecated-config-key',
    severity: 'warning',
    summary: "A falco.yaml key Falco still reads only as a deprecated alias (rules_file for rules_files).",
    docs: {
      bad: "```yaml\n# /etc/falco/falco.yaml\nrules_file:\n  - /etc/falco/falco_rules.yaml\n```",
      good: "```yaml\n# /etc/falco/falco.yaml\nrules_files:\n  - /etc/falco/falco_rules.yaml\n  - /etc/falco/rules.d\n```",
    },
  },
  run: reportCode('FR956'),
};
