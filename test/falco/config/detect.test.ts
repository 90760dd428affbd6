import { describe, expect, it } from 'vitest';
import { parseDocument, type YAMLMap } from 'yaml';
import { blockLabel, configFileNamedIn, helmFalcoSection, looksLikeFalcoConfig } from '../../../src/falco/config/detect.js';

const map = (text: string) => parseDocument(text).contents as YAMLMap;

describe('config file names in text', () => {
  it('finds falco.yaml, falco.yml, falco.conf and config.d files', () => {
    expect(configFileNamedIn('# /etc/falco/falco.yaml')?.name).toBe('/etc/falco/falco.yaml');
    expect(configFileNamedIn('# falco.conf')?.name).toBe('falco.conf');
    expect(configFileNamedIn('Edit `falco.yml`.')?.name).toBe('falco.yml');
    expect(configFileNamedIn('# /etc/falco/config.d/outputs.yaml')?.name).toBe('/etc/falco/config.d/outputs.yaml');
  });

  it('ignores rules files and other names', () => {
    for (const text of ['# falco_rules.yaml', '# falco.rules.yaml', '# my-falco.yaml', '# falco.yaml.bak', '# /etc/falco/falco_rules.local.yaml']) {
      expect(configFileNamedIn(text), text).toBeUndefined();
    }
  });

  it('reads a label only from the comments above the first setting', () => {
    expect(blockLabel('# Falco settings\n# /etc/falco/falco.yaml\njson_output: true')).toMatchObject({ name: '/etc/falco/falco.yaml', lineIndex: 1 });
    expect(blockLabel('json_output: true\n# falco.yaml')).toBeUndefined();
  });
});

describe('falco.yaml by content', () => {
  it('recognises maps of falco.yaml keys', () => {
    expect(looksLikeFalcoConfig(map('json_output: true\nhttp_output:\n  enabled: true'))).toBe(true);
    expect(looksLikeFalcoConfig(map('engine:\n  kind: modern_ebpf'))).toBe(true);
    expect(looksLikeFalcoConfig(map('json_ouput: true'))).toBe(true);
  });

  it('leaves other YAML alone', () => {
    for (const text of [
      'log_level: debug\nlisten_port: 2801',
      'apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: falco',
      'services:\n  falco:\n    image: falcosecurity/falco:0.44.1',
      'rule: Shell in container\npriority: WARNING\ncondition: proc.name = bash',
      'rules:\n  - name: x\n    filter: y',
      'metrics:\n  port: 9090',
    ]) {
      expect(looksLikeFalcoConfig(map(text)), text).toBe(false);
    }
  });

  it('finds the falco section of Helm values', () => {
    expect(helmFalcoSection(map('driver:\n  kind: modern_ebpf\nfalco:\n  json_output: true\n  rules_files: [/etc/falco/falco_rules.yaml]'))).toBeDefined();
    expect(helmFalcoSection(map('falco:\n  image: falcosecurity/falco'))).toBeUndefined();
  });
});

describe('labels that name a rules file too', () => {
  it('are not falco.yaml labels', () => {
    expect(blockLabel('# Save as /etc/falco/rules.d/custom.yaml and list it in falco.yaml\n- rule: x')).toBeUndefined();
    expect(blockLabel('# falco_rules.local.yaml (loaded by falco.yaml)\n- rule: x')).toBeUndefined();
  });
});
