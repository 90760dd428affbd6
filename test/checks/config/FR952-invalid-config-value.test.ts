import { invalidConfigValue } from '../../../src/checks/config/invalid-config-value.js';
import { testCheck } from '../tester.js';

const fence = (lang: string, body: string) => `\`\`\`${lang}\n${body}\n\`\`\``;

testCheck(invalidConfigValue, {
  valid: [
    { name: 'every engine kind of 0.44', md: fence('yaml', 'engine:\n  kind: modern_ebpf\n  modern_ebpf: {cpus_for_each_buffer: 2}') },
    { name: 'priorities in any case, and the info alias', md: fence('yaml', '# falco.yaml\npriority: WARNING\n---\npriority: Informational\n---\npriority: info') },
    { name: 'log levels', md: fence('yaml', 'log_level: debug\nlibs_logger:\n  enabled: true\n  severity: trace\nrule_matching: ALL') },
    { name: 'drop actions and capture mode', md: fence('yaml', 'syscall_event_drops:\n  actions: [log, alert]\ncapture:\n  enabled: true\n  mode: all_rules') },
    { name: 'falco -o engine.kind', md: fence('bash', 'falco -o engine.kind=modern_ebpf\nfalco -o engine.kind=nodriver -o priority=notice') },
    { name: 'config_files strategies', md: fence('yaml', 'config_files:\n  - path: /etc/falco/config.d\n    strategy: add-only') },
  ],
  invalid: [
    {
      name: 'the ebpf engine is gone in 0.44',
      md: fence('yaml', '# /etc/falco/falco.yaml\nengine:\n  kind: ebpf'),
      errors: [{ line: 4, message: 'the ebpf engine was removed in 0.44.0 (last in 0.43.1)', suggestion: 'modern_ebpf' }],
    },
    { name: 'so is gvisor', md: fence('yaml', 'engine:\n  kind: gvisor\njson_output: true'), errors: [{ line: 3, message: 'the gvisor engine was removed in 0.44.0' }] },
    { name: 'an invented engine kind', md: fence('yaml', 'engine:\n  kind: ebpf_core\njson_output: true'), errors: [{ line: 3, message: 'valid: kmod, modern_ebpf, replay, nodriver' }] },
    { name: 'log_level warn', md: fence('yaml', 'json_output: true\nlog_level: warn'), errors: [{ line: 3, message: 'log_level "warn"', suggestion: 'warning' }] },
    { name: 'log_level is case-sensitive, priority is not', md: fence('yaml', 'priority: Warning\nlog_level: INFO\njson_output: true'), errors: [{ line: 3, message: 'log_level "INFO"', suggestion: 'info' }] },
    { name: 'priority that is not one', md: fence('yaml', 'priority: high\njson_output: true'), errors: [{ line: 2, message: 'priority "high"' }] },
    { name: 'a drop action that does not exist', md: fence('yaml', 'syscall_event_drops:\n  actions:\n    - log\n    - page'), errors: [{ line: 5, message: 'valid: ignore, log, alert, exit' }] },
    { name: 'falco -o engine.kind=ebpf', md: fence('bash', 'sudo falco -o engine.kind=ebpf -o json_output=true'), errors: [{ line: 2, message: 'falco -o engine.kind=ebpf: engine.kind "ebpf" is not valid in Falco 0.44.1', suggestion: 'modern_ebpf' }] },
  ],
});
