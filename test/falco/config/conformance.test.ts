import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateConfigText } from '../../../src/falco/config/validate.js';

const upstream = '/work/shared/falco/upstream';

/** The files Falco 0.44.1 ships must pass as they are: every key real, every value readable. */
describe('upstream falco.yaml conformance', () => {
  for (const [file, minKeys] of [
    ['falco.yaml', 100],
    ['falco.container_plugin.yaml', 1],
  ] as const) {
    it(`${file} gives no problem`, () => {
      const keys: string[] = [];
      const problems = validateConfigText(readFileSync(`${upstream}/${file}`, 'utf8'), { onKey: (k) => keys.push(k) });
      console.log(`${file}: ${keys.length} keys checked (${new Set(keys).size} distinct paths), ${problems.length} problems`);
      expect(problems).toEqual([]);
      expect(keys.length).toBeGreaterThanOrEqual(minKeys);
    });
  }

  it('checks the container plugin init_config of the shipped falco.yaml against the plugin keys', () => {
    const keys: string[] = [];
    validateConfigText(readFileSync(`${upstream}/falco.yaml`, 'utf8'), { onKey: (k) => keys.push(k) });
    expect(keys).toContain('plugins[name=container].init_config.label_max_len');
  });

  // The commented-out examples in the shipped falco.yaml, uncommented: documented settings must pass too.
  const documented: Record<string, string> = {
    'config_files with a strategy': 'config_files:\n  - /etc/falco/config.d\n  - path: $HOME/falco_local_configs/\n    strategy: add-only',
    'rules selection': 'rules:\n  - disable:\n      rule: "*"\n  - enable:\n      rule: Netcat Remote Code Execution in Container\n  - disable:\n      tag: network',
    'capture size cap': 'capture:\n  enabled: false\n  max_file_size_mb: 100',
    'k8saudit and json plugins': 'load_plugins: [k8saudit, json]\nplugins:\n  - name: k8saudit\n    library_path: libk8saudit.so\n    init_config: ""\n    open_params: "http://:9765/k8s-audit"\n  - name: json\n    library_path: libjson.so',
    'append_output example': 'append_output:\n  - match:\n      source: syscall\n    extra_output: "on CPU %evt.cpu"\n    extra_fields:\n      - home_directory: "${HOME}"\n      - evt.hostname',
    static_fields: 'static_fields:\n foo: bar\n foo2: ${env}',
  };
  for (const [name, text] of Object.entries(documented)) {
    it(`passes the documented example: ${name}`, () => {
      expect(validateConfigText(text)).toEqual([]);
    });
  }
});
