import type { Check } from '../check.js';
import { reportCode } from './report.js';

export const wrongConfigType: Check = {
  meta: {
    code: 'FR951',
    name: 'wrong-config-type',
    severity: 'error',
    summary: "A falco.yaml or `falco -o` value Falco cannot read as the type of its key (boolean, integer, number, list, map).",
    docs: {
      bad: "```yaml\n# /etc/falco/falco.yaml\njson_output: enabled\nfile_output: true\n```",
      good: "```yaml\n# /etc/falco/falco.yaml\njson_output: true\nfile_output:\n  enabled: true\n```",
    },
  },
  run: reportCode('FR951'),
};
