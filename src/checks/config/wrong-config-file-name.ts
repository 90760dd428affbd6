import type { Check } from '../check.js';
import { reportCode } from './report.js';

export const wrongConfigFileName: Check = {
  meta: {
    code: 'FR954',
    name: 'wrong-config-file-name',
    severity: 'error',
    summary: "Falco's configuration file called falco.conf or falco.yml; it is falco.yaml (/etc/falco/falco.yaml).",
    docs: {
      bad: "```yaml\n# falco.conf\njson_output: true\n```",
      good: "```yaml\n# /etc/falco/falco.yaml\njson_output: true\n```",
    },
  },
  run: reportCode('FR954'),
};
