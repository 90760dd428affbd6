import { unknownOptionKey } from '../../../src/checks/config/unknown-option-key.js';
import { testCheck } from '../tester.js';

const fence = (lang: string, body: string) => `\`\`\`${lang}\n${body}\n\`\`\``;

testCheck(unknownOptionKey, {
  valid: [
    { name: 'outputs through -o', md: fence('bash', 'falco -o json_output=true -o http_output.enabled=true -o http_output.url=http://falcosidekick:2801/') },
    { name: 'engine through -o, as the packaged units do', md: fence('bash', '/usr/bin/falco -o engine.kind=modern_ebpf') },
    { name: 'attached and long forms', md: fence('bash', 'falco -ojson_output=true --option=priority=warning --option buffered_outputs=false') },
    { name: 'list items and appends', md: fence('bash', "falco -o 'rules_files[]=/etc/falco/rules.d' -o rules_files[0]=/etc/falco/falco_rules.yaml") },
    { name: 'open maps and escaped dots (0.44)', md: fence('bash', "falco -o plugins[0].init_config.engines.docker.enabled=true -o 'static_fields.cluster\\.name=prod'") },
    { name: 'a YAML object value', md: fence('bash', "falco -o 'engine={kind: modern_ebpf, modern_ebpf: {cpus_for_each_buffer: 2}}'") },
    { name: 'model placeholders', md: fence('bash', 'falco -o <key>=<value>') },
    { name: 'other programs\' -o', md: fence('bash', 'ps -o pid,comm -p 1\nmount -o remount,ro /mnt') },
    {
      name: 'helm --set falco.* on the Falco chart',
      md: fence('bash', 'helm upgrade --install falco falcosecurity/falco -n falco \\\n  --set falco.json_output=true,falco.http_output.enabled=true \\\n  --set "falco.rules_files={/etc/falco/falco_rules.yaml,/etc/falco/rules.d}" \\\n  --set driver.kind=modern_ebpf'),
    },
    { name: 'helm --set on another chart', md: fence('bash', 'helm install web bitnami/nginx --set falco.anything=1') },
  ],
  invalid: [
    { name: 'typo in the key', md: fence('bash', 'falco -o json_ouput=true'), errors: [{ line: 2, message: 'falco -o json_ouput=true: json_ouput is not a falco.yaml key', suggestion: 'json_output' }] },
    { name: 'no value', md: fence('bash', 'falco -o json_output'), errors: [{ line: 2, message: 'takes key=value' }] },
    { name: 'invented nested key', md: fence('bash', 'falco --option=http_output.format=json'), errors: [{ line: 2, message: 'http_output.format is not a falco.yaml key' }] },
    { name: 'a sub-key of a boolean', md: fence('bash', 'falco -o json_output.enabled=true'), errors: [{ line: 2, message: 'json_output is a single value, so it has no key "enabled"' }] },
    {
      name: 'helm --set with a camelCase key',
      md: fence('bash', 'helm install falco falcosecurity/falco --set falco.jsonOutput=true'),
      errors: [{ line: 2, message: 'helm --set falco.jsonOutput=true: jsonOutput is not a falco.yaml key', suggestion: 'json_output' }],
    },
    { name: 'options the seed invents stay with the option check; -o keys are checked', md: fence('bash', 'falco -U -o event_logger.enabled=true'), errors: [{ line: 2, message: 'event_logger is not a falco.yaml key' }] },
  ],
});
