import { describe, expect, it } from 'vitest';
import { validateOverride } from '../../../src/falco/config/option.js';
import { validateConfigText } from '../../../src/falco/config/validate.js';

const codes = (text: string, falcoVersion?: string) => validateConfigText(text, falcoVersion ? { falcoVersion } : {}).map((p) => `${p.line} ${p.code}`);

describe('validateConfigText against an older Falco release', () => {
  it('lets container_engines and engine.kind: ebpf pass in 0.40.0', () => {
    const text = 'engine:\n  kind: ebpf\n  ebpf:\n    probe: ${HOME}/.falco/falco-bpf.o\ncontainer_engines:\n  docker:\n    enabled: true\n  cri:\n    enabled: true\n    sockets: ["/run/containerd/containerd.sock"]';
    expect(codes(text, '0.40.0')).toEqual([]);
    expect(codes(text)).toEqual(['2 FR952', '3 FR953', '5 FR953']);
  });

  it('lets grpc pass before 0.44.0 and flags it from 0.44.0', () => {
    const text = 'grpc:\n  enabled: true\n  bind_address: "unix:///run/falco/falco.sock"\n  threadiness: 0\ngrpc_output:\n  enabled: true';
    expect(codes(text, '0.43.1')).toEqual([]);
    expect(codes(text, '0.44.0')).toEqual(['1 FR953', '5 FR953']);
  });

  it('says a key newer than the release is not in it', () => {
    const problems = validateConfigText('engine:\n  kind: modern_ebpf\n  modern_ebpf:\n    disable_iterators: true\nappend_output:\n  - suggested_output: true', { falcoVersion: '0.39.0' });
    expect(problems.map((p) => [p.line, p.code, p.message])).toEqual([
      [4, 'FR950', 'engine.modern_ebpf.disable_iterators is not in Falco 0.39.0: it first appears in 0.44.1'],
      [5, 'FR950', 'append_output is not in Falco 0.39.0: it first appears in 0.40.0'],
    ]);
  });

  it('knows keys removed long ago and the releases that had them', () => {
    expect(codes('outputs:\n  rate: 1\n  max_burst: 1000', '0.36.0')).toEqual([]);
    expect(codes('outputs:\n  rate: 1\n  max_burst: 1000', '0.37.0')).toEqual(['1 FR953']);
    expect(codes('rules_file:\n  - /etc/falco/falco_rules.yaml', '0.37.1')).toEqual([]);
    expect(codes('rules_files:\n  - /etc/falco/falco_rules.yaml', '0.37.1')).toEqual(['1 FR950']);
  });

  it('applies the release to falco -o too', () => {
    expect(validateOverride('engine.kind=ebpf', { falcoVersion: '0.40.0' })).toEqual([]);
    expect(validateOverride('engine.kind=ebpf').map((p) => p.code)).toEqual(['FR952']);
    expect(validateOverride('engine.kind=gvisor', { falcoVersion: '0.43.1' })).toEqual([]);
  });
});
