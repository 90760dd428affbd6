import { describe, expect, it } from 'vitest';
import { validateConfigText } from '../../../src/falco/config/validate.js';

const brief = (text: string) => validateConfigText(text).map((p) => ({ at: `${p.line}:${p.column}`, code: p.code, ...(p.suggestion ? { suggestion: p.suggestion } : {}) }));

describe('validateConfigText', () => {
  it('points at the key, not its value, for key problems', () => {
    expect(brief('http_output:\n  enabled: true\n  urll: http://falcosidekick:2801/')).toEqual([{ at: '3:3', code: 'FR950', suggestion: 'http_output.url' }]);
  });

  it('points at the value for value problems', () => {
    expect(brief('priority: warn')).toEqual([{ at: '1:11', code: 'FR952', suggestion: 'warning' }]);
  });

  it('reports an unknown section once, not each key under it', () => {
    expect(brief('alerting:\n  enabled: true\n  channels: [slack]')).toEqual([{ at: '1:1', code: 'FR950' }]);
  });

  it('reads scalars the way yaml-cpp converts them', () => {
    expect(brief('json_output: Yes\nbuffered_outputs: OFF\nlog_stderr: y\ntime_format_iso_8601: tRUE')).toEqual([{ at: '4:23', code: 'FR951' }]);
    expect(brief('output_timeout: 0x7D0\nwebserver:\n  listen_port: "8765"\n  threadiness: 2.5')).toEqual([{ at: '4:16', code: 'FR951' }]);
    expect(brief('syscall_event_drops:\n  threshold: 1e-1\n  rate: .inf\n  max_burst: -1')).toEqual([]);
  });

  it('accepts priority in any case but log_level only in lower case', () => {
    expect(brief('priority: EMERGENCY\nrule_matching: First')).toEqual([]);
    expect(brief('log_level: Debug').map((p) => p.code)).toEqual(['FR952']);
  });

  it('skips values Falco only knows at run time', () => {
    expect(brief('json_output: ${JSON}\nfile_output:\n  enabled: $${NOT_A_VAR}\n  filename: <log file>')).toEqual([{ at: '3:12', code: 'FR951' }]);
  });

  it('keeps going across documents and elisions', () => {
    expect(brief('json_output: true\n---\njson_outptu: true\n...\nhttp_output: {enabled: true}')).toEqual([{ at: '3:1', code: 'FR950', suggestion: 'json_output' }]);
  });

  it('checks flow style and duplicate keys like yaml-cpp reads them', () => {
    expect(brief('engine: {kind: modern_ebpf, modern_ebpf: {cpus_for_each_buffr: 2}}\njson_output: true\njson_output: false')).toEqual([
      { at: '1:43', code: 'FR950', suggestion: 'engine.modern_ebpf.cpus_for_each_buffer' },
    ]);
  });

  it('says when the text is not YAML or not a map', () => {
    expect(brief('json_output: [true\n')).toEqual([{ at: '2:1', code: 'FR957' }]);
    expect(brief('- rule: x\n  condition: evt.type = execve')).toEqual([{ at: '1:1', code: 'FR957' }]);
    expect(brief('# only a comment\n')).toEqual([]);
  });

  it('checks list items and their enums', () => {
    expect(brief('config_files:\n  - path: /etc/falco/config.d\n    strategy: merge\n    recursive: true')).toEqual([
      { at: '3:15', code: 'FR952' },
      { at: '4:5', code: 'FR950' },
    ]);
  });
});
