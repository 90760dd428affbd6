import { unknownConfigKey } from '../../../src/checks/config/unknown-config-key.js';
import { testCheck } from '../tester.js';

const fence = (lang: string, body: string) => `\`\`\`${lang}\n${body}\n\`\`\``;

testCheck(unknownConfigKey, {
  valid: [
    { name: 'labelled falco.yaml with outputs', md: fence('yaml', '# /etc/falco/falco.yaml\njson_output: true\nhttp_output:\n  enabled: true\n  url: http://falcosidekick:2801/') },
    {
      name: 'unlabelled snippet of real keys',
      md: fence('yaml', 'file_output:\n  enabled: true\n  keep_alive: false\n  filename: /var/log/falco/events.json\nrules_files:\n  - /etc/falco/falco_rules.yaml\n  - /etc/falco/rules.d'),
    },
    { name: 'flow-style maps', md: fence('yaml', 'http_output: {enabled: true, url: "http://falcosidekick:2801/"}\nrules_files: [/etc/falco/falco_rules.yaml, /etc/falco/rules.d]') },
    { name: 'engine section', md: fence('yaml', 'engine:\n  kind: modern_ebpf\n  modern_ebpf:\n    cpus_for_each_buffer: 2\n    buf_size_preset: 4') },
    { name: 'priority and logging', md: fence('yaml', 'priority: warning\nlog_level: info\nlog_stderr: true\nlog_syslog: false') },
    {
      name: 'container plugin init_config',
      md: fence('yaml', 'load_plugins: [container]\nplugins:\n  - name: container\n    library_path: libcontainer.so\n    init_config:\n      label_max_len: 100\n      engines:\n        docker:\n          enabled: true\n          sockets: ["/var/run/docker.sock"]'),
    },
    { name: 'other plugins have open init_config', md: fence('yaml', 'plugins:\n  - name: k8smeta\n    library_path: libk8smeta.so\n    init_config:\n      collectorHostname: k8s-metacollector.falco.svc\n      collectorPort: 45000\n      nodeName: ${FALCO_K8S_NODE_NAME}') },
    { name: 'static_fields is an open map', md: fence('yaml', 'static_fields:\n  cluster: prod-eu-1\n  team: platform\njson_output: true') },
    { name: 'config_files entries', md: fence('yaml', 'config_files:\n  - /etc/falco/config.d\n  - path: /etc/falco/extra.yaml\n    strategy: override\nwatch_config_files: true') },
    { name: 'append_output with extra fields', md: fence('yaml', 'append_output:\n  - match:\n      source: syscall\n    extra_fields:\n      - evt.hostname\n      - container_image: "%container.image.repository"') },
    { name: 'Helm values: the falco section is checked, the rest is chart keys', md: fence('yaml', 'driver:\n  kind: modern_ebpf\nfalcosidekick:\n  enabled: true\nfalco:\n  json_output: true\n  http_output:\n    enabled: true\n    url: http://falco-falcosidekick:2801/') },
    { name: 'Kubernetes manifests are not falco.yaml', md: fence('yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: falco\ndata:\n  json_output: "true"') },
    { name: 'a ConfigMap\'s other files are not falco.yaml', md: fence('yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: falco-rules\ndata:\n  custom_rules.yaml: |-\n    - macro: x\n      condition: evt.type = execve') },
    { name: 'Falco rules are not falco.yaml', md: fence('yaml', '- rule: Shell in container\n  desc: A shell was spawned\n  condition: spawned_process and container and proc.name = bash\n  output: Shell (user=%user.name)\n  priority: WARNING') },
    { name: 'Falcosidekick config is not falco.yaml', md: fence('yaml', 'listenport: 2801\nslack:\n  webhookurl: https://hooks.slack.com/services/XXX\n  minimumpriority: warning') },
    { name: 'a rules-ish map is left to the rules checks', md: fence('yaml', 'rules:\n  - name: Strict binary check\n    filter:\n      and:\n        - proc.sname == event-generator') },
    { name: 'config.d drop-in written by a here-document', md: fence('bash', "cat <<'EOF' | sudo tee /etc/falco/config.d/outputs.yaml\njson_output: true\nhttp_output:\n  enabled: true\n  url: http://falcosidekick:2801/\nEOF") },
    { name: 'the shipped falco.container_plugin.yaml', md: fence('yaml', '# /etc/falco/config.d/falco.container_plugin.yaml\nload_plugins: [container]') },
    { name: 'elided excerpt', md: fence('yaml', '# /etc/falco/falco.yaml\n...\njson_output: true\n...\nstdout_output:\n  enabled: true') },
  ],
  invalid: [
    {
      name: 'seed 001: a falco.conf block with an invented event_logger key',
      md: '### 2. Monitor Container Activity\n\n```yml\n# falco.conf\nevent_logger:\n  enabled: true\n  log_format: json\n```',
      errors: [{ line: 5, message: 'event_logger is not a falco.yaml key in Falco 0.44.1' }],
    },
    { name: 'typo gets the nearest key', md: fence('yaml', '# /etc/falco/falco.yaml\njson_ouput: true'), errors: [{ line: 3, message: 'json_ouput', suggestion: 'json_output' }] },
    {
      name: 'rule_files is in the schema but never read',
      md: fence('yaml', 'rule_files:\n  - /etc/falco/falco_rules.yaml\n  - /etc/falco/rules.d\njson_output: true'),
      errors: [{ line: 2, message: 'never reads it', suggestion: 'rules_files' }],
    },
    {
      name: 'nested unknown key lists the real ones',
      md: fence('yaml', 'http_output:\n  enabled: true\n  url: http://falcosidekick:2801/\n  format: json'),
      errors: [{ line: 5, message: /http_output\.format is not a falco.yaml key .*http_output has: enabled, url/ }],
    },
    { name: 'key at the wrong level', md: fence('yaml', '# falco.yaml\njson_output: true\nurl: http://falcosidekick:2801/'), errors: [{ line: 4, suggestion: 'http_output.url' }] },
    {
      name: 'container plugin init_config keys come from the plugin',
      md: fence('yaml', 'plugins:\n  - name: container\n    library_path: libcontainer.so\n    init_config:\n      engines:\n        dockerd:\n          enabled: true'),
      errors: [{ line: 7, message: 'the container plugin', suggestion: 'plugins[name=container].init_config.engines.docker' }],
    },
    {
      name: 'Helm values: an invented key in the falco section',
      md: fence('yaml', 'falco:\n  json_output: true\n  http_output:\n    enabled: true\n  alert_format: json\ndriver:\n  kind: modern_ebpf'),
      errors: [{ line: 6, message: 'alert_format' }],
    },
    {
      name: 'text written into a config.d file by a here-document',
      md: fence('bash', "sudo tee /etc/falco/config.d/alerts.yaml <<'EOF'\njson_output: true\nalert_rate_limit: 10\nEOF"),
      errors: [{ line: 4, message: 'alert_rate_limit' }],
    },
    {
      name: 'falco.yaml carried by a ConfigMap',
      md: fence('yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: falco\ndata:\n  falco.yaml: |-\n    json_output: true\n    webserver:\n      enabled: true\n      prometheus_metrics: true'),
      errors: [{ line: 11, message: 'webserver.prometheus_metrics is not a falco.yaml key' }],
    },
    {
      name: 'introduced by the sentence above',
      md: 'Add this to `/etc/falco/falco.yaml`:\n\n```yaml\njson_output: true\noutput_format: json\n```',
      errors: [{ line: 5, message: 'output_format' }],
    },
  ],
});
