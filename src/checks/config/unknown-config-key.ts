import type { Check } from '../check.js';
import { reportCode } from './report.js';

export const unknownConfigKey: Check = {
  meta: {
    code: 'FR950',
    name: 'unknown-config-key',
    severity: 'error',
    summary: "A falco.yaml key (in a config block or written to falco.yaml) that the targeted Falco release does not have.",
    docs: {
      bad: "```yaml\n# /etc/falco/falco.yaml\njson_ouput: true\nevent_logger:\n  enabled: true\n```",
      good: "```yaml\n# /etc/falco/falco.yaml\njson_output: true\nfile_output:\n  enabled: true\n  keep_alive: false\n  filename: /var/log/falco/events.json\n```",
    },
  },
  run: reportCode('FR950'),
};
