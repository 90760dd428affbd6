import { wrongConfigType } from '../../../src/checks/config/wrong-config-type.js';
import { testCheck } from '../tester.js';

const fence = (lang: string, body: string) => `\`\`\`${lang}\n${body}\n\`\`\``;

testCheck(wrongConfigType, {
  valid: [
    { name: 'booleans, strings, integers, numbers', md: fence('yaml', 'json_output: true\nbuffered_outputs: false\noutput_timeout: 2000\nsyscall_event_drops:\n  threshold: .1\n  rate: 0.03333\n  max_burst: 1\nmetrics:\n  interval: 1h') },
    { name: 'yaml-cpp reads yes/no/on/off and quoted booleans', md: fence('yaml', '# /etc/falco/falco.yaml\njson_output: yes\nbuffered_outputs: "false"\nstdout_output:\n  enabled: On\nfile_output:\n  enabled: TRUE') },
    { name: 'quoted integers and hex', md: fence('yaml', 'engine:\n  kind: kmod\n  kmod:\n    buf_size_preset: "4"\noutputs_queue:\n  capacity: 0x0') },
    { name: 'a single value where Falco reads a list', md: fence('yaml', 'rules_files: /etc/falco/falco_rules.yaml\nload_plugins: container\njson_output: true') },
    { name: 'environment variables are resolved at load time', md: fence('yaml', 'json_output: ${FALCO_JSON}\nhttp_output:\n  enabled: ${HTTP_ENABLED}\n  url: ${FALCOSIDEKICK_URL}') },
    { name: 'empty values fall back to defaults', md: fence('yaml', '# falco.yaml\nengine:\n  kind: replay\n  replay:\n    capture_file:\nhttp_output:\n  enabled: true\n  url: ""') },
    { name: 'falco -o values', md: fence('bash', 'falco -o json_output=true -o http_output.enabled=true -o engine.modern_ebpf.cpus_for_each_buffer=4') },
    { name: 'model placeholders are not judged', md: fence('yaml', 'file_output:\n  enabled: <true|false>\n  filename: <path>\njson_output: true') },
  ],
  invalid: [
    { name: 'a word where a boolean goes', md: fence('yaml', '# /etc/falco/falco.yaml\njson_output: enabled'), errors: [{ line: 3, message: 'json_output takes a boolean (true or false); Falco cannot read "enabled"' }] },
    { name: '1 is not a yaml-cpp boolean', md: fence('yaml', 'json_output: 1\nbuffered_outputs: false'), errors: [{ line: 2, message: 'json_output takes a boolean' }] },
    { name: 'a scalar where a map goes', md: fence('yaml', 'json_output: true\nfile_output: true\nstdout_output: false'), errors: [{ line: 3, message: 'file_output takes a map (keys: enabled, keep_alive, filename)' }, { line: 4, message: 'stdout_output takes a map' }] },
    { name: 'a word where an integer goes', md: fence('yaml', 'engine:\n  kind: modern_ebpf\n  modern_ebpf:\n    cpus_for_each_buffer: two'), errors: [{ line: 5, message: 'takes an integer' }] },
    { name: 'a map where a list goes', md: fence('yaml', 'rules_files:\n  main: /etc/falco/falco_rules.yaml\njson_output: true'), errors: [{ line: 3, message: 'rules_files takes a list; got a map' }] },
    { name: 'falco -o with a bad boolean', md: fence('bash', 'sudo falco -o json_output=yes_please'), errors: [{ line: 2, message: 'falco -o json_output=yes_please: json_output takes a boolean' }] },
    { name: 'falco -o setting a whole section to a scalar', md: fence('bash', 'falco -o http_output=true'), errors: [{ line: 2, message: 'http_output takes a map' }] },
  ],
});
