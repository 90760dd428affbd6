import type { Check } from '../check.js';
import { reportCode } from './report.js';

export const removedConfigKey: Check = {
  meta: {
    code: 'FR953',
    name: 'removed-config-key',
    severity: 'error',
    summary: "A falco.yaml or `falco -o` key that Falco removed before the targeted release (grpc, grpc_output, container_engines, engine.ebpf).",
    docs: {
      bad: "```yaml\n# /etc/falco/falco.yaml\ngrpc:\n  enabled: true\ngrpc_output:\n  enabled: true\n```",
      good: "```yaml\n# /etc/falco/falco.yaml\nhttp_output:\n  enabled: true\n  url: http://falcosidekick:2801/\n```",
    },
  },
  run: reportCode('FR953'),
};
