import type { Check } from '../check.js';
import { reportCode } from './report.js';

export const unknownOptionKey: Check = {
  meta: {
    code: 'FR955',
    name: 'unknown-option-key',
    severity: 'error',
    summary: "A `falco -o key=value` override whose key is not a falco.yaml key of the targeted release, or that is not key=value.",
    docs: {
      bad: "```bash\nfalco -o json_ouput=true -o http_output.format=json\n```",
      good: "```bash\nfalco -o json_output=true -o http_output.enabled=true -o http_output.url=http://falcosidekick:2801/\n```",
    },
  },
  run: reportCode('FR955'),
};
