import type { Check } from '../check.js';
import { reportCode } from './report.js';

export const invalidConfigValue: Check = {
  meta: {
    code: 'FR952',
    name: 'invalid-config-value',
    severity: 'error',
    summary: "A falco.yaml or `falco -o` value outside the values its key accepts (engine.kind, priority, log_level, ...).",
    docs: {
      bad: "```yaml\n# /etc/falco/falco.yaml\nengine:\n  kind: ebpf\nlog_level: warn\n```",
      good: "```yaml\n# /etc/falco/falco.yaml\nengine:\n  kind: modern_ebpf\n  modern_ebpf:\n    cpus_for_each_buffer: 2\nlog_level: warning\npriority: WARNING\n```",
    },
  },
  run: reportCode('FR952'),
};
