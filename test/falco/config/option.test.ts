import { describe, expect, it } from 'vitest';
import { parseOverride, validateOverride } from '../../../src/falco/config/option.js';

describe('parseOverride', () => {
  it('splits at the first = and the key like Falco does', () => {
    expect(parseOverride('http_output.url=http://sidekick:2801/?a=b')).toMatchObject({ steps: ['http_output', 'url'], value: 'http://sidekick:2801/?a=b', valueOffset: 16 });
    expect(parseOverride('plugins[0].init_config.engines.docker.enabled=true')).toMatchObject({ steps: ['plugins', '[]', 'init_config', 'engines', 'docker', 'enabled'] });
    expect(parseOverride('rules_files[]=/etc/falco/rules.d')).toMatchObject({ steps: ['rules_files', '[]'] });
    expect(parseOverride('static_fields.my\\.dotted\\.key=val')).toMatchObject({ steps: ['static_fields', 'my.dotted.key'] });
  });

  it('rejects what Falco rejects', () => {
    for (const text of ['json_output', 'a..b=1', '.a=1', 'a.=1', 'plugins[x].name=y', 'plugins[0]name=y', '=1']) {
      expect(parseOverride(text), text).toHaveProperty('error');
    }
  });
});

describe('validateOverride', () => {
  const codes = (text: string) => validateOverride(text).map((p) => `${p.column} ${p.code}`);

  it('passes real keys with readable values', () => {
    for (const text of ['json_output=true', 'engine.kind=modern_ebpf', 'http_output.enabled=true', 'priority=Warning', 'syscall_event_drops.actions=alert', 'plugins[0].init_config={engines: {docker: {enabled: false}}}', 'metrics.interval=${INTERVAL}']) {
      expect(codes(text), text).toEqual([]);
    }
  });

  it('gives columns inside the option text', () => {
    expect(codes('http_output.formatt=json')).toEqual(['13 FR955']);
    expect(codes('engine.kind=ebpf')).toEqual(['13 FR952']);
    expect(codes('engine={kind: modern_ebpf, modern_ebpf: {cpus_for_each_buffer: two}}')).toEqual(['64 FR951']);
    expect(codes('engine={kind: [}')).toEqual(['16 FR957']);
  });
});
