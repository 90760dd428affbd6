import { removedConfigKey } from '../../../src/checks/config/removed-config-key.js';
import { testCheck } from '../tester.js';

const fence = (lang: string, body: string) => `\`\`\`${lang}\n${body}\n\`\`\``;

testCheck(removedConfigKey, {
  valid: [
    { name: 'http_output replaces gRPC', md: fence('yaml', 'json_output: true\nhttp_output:\n  enabled: true\n  url: http://falcosidekick:2801/') },
    {
      name: 'container engines live in the container plugin',
      md: fence('yaml', 'plugins:\n  - name: container\n    library_path: libcontainer.so\n    init_config:\n      engines:\n        containerd:\n          enabled: true\n          sockets: ["/run/containerd/containerd.sock"]'),
    },
    { name: 'plugins[].open_params is still read', md: fence('yaml', 'plugins:\n  - name: k8saudit\n    library_path: libk8saudit.so\n    open_params: "http://:9765/k8s-audit"\nload_plugins: [k8saudit, json]') },
  ],
  invalid: [
    {
      name: 'grpc and grpc_output, removed in 0.44.0',
      md: fence('yaml', '# /etc/falco/falco.yaml\ngrpc:\n  enabled: true\n  bind_address: "unix:///run/falco/falco.sock"\ngrpc_output:\n  enabled: true'),
      errors: [{ line: 3, message: 'grpc was removed in Falco 0.44.0 (last in 0.43.1)' }, { line: 6, message: /grpc_output was removed in Falco 0.44.0 .*; use http_output/, suggestion: 'http_output' }],
    },
    {
      name: 'container_engines, ignored since 0.41.0',
      md: fence('yaml', 'json_output: true\ncontainer_engines:\n  docker:\n    enabled: true'),
      errors: [{ line: 3, message: /container_engines was removed in Falco 0.41.0 .*ignores it/, suggestion: 'plugins[name=container].init_config.engines' }],
    },
    { name: 'the legacy ebpf probe section', md: fence('yaml', 'engine:\n  kind: modern_ebpf\n  ebpf:\n    probe: ${HOME}/.falco/falco-bpf.o'), errors: [{ line: 4, message: 'engine.ebpf was removed in Falco 0.44.0', suggestion: 'engine.modern_ebpf' }] },
    { name: 'pre-0.38 keys', md: fence('yaml', 'json_output: true\nmodern_bpf:\n  cpus_for_each_syscall_buffer: 2\nsyscall_buf_size_preset: 4'), errors: [{ line: 3, message: 'modern_bpf was removed in Falco 0.38.0' }, { line: 5, message: 'syscall_buf_size_preset was removed in Falco 0.38.0' }] },
    { name: 'falco -o with a removed key', md: fence('bash', 'falco -o grpc.enabled=true'), errors: [{ line: 2, message: 'falco -o grpc.enabled=true: grpc was removed in Falco 0.44.0' }] },
  ],
});
