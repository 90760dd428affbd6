import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog/index.js';
import { nonexistentPath } from '../../src/checks/system/nonexistent-path.js';
import { readOnlySysctl } from '../../src/checks/system/read-only-sysctl.js';
import { unknownSysctl } from '../../src/checks/system/unknown-sysctl.js';
import { findingsOf } from '../checks/tester.js';

describe('catalog corrections over ../shared', () => {
  it('lists every correction in the catalog meta', () => {
    expect(catalog.meta().corrections).toContain('falco --list takes an optional value');
  });

  it('lets `falco --list` stand alone: cxxopts implicit value, as `falco --list` prints every field', () => {
    const list = catalog.falcoCli().falco.options.find((o) => o.long === '--list');
    expect(list?.takesValue).toBe('optional');
  });
});

describe('xargs -I', () => {
  it('takes the replace string as its value, as GNU xargs does (`xargs -I X echo got X`)', () => {
    const option = catalog.tools().xargs!.options!.find((o) => o.short === '-I');
    expect(option?.takes_value).toBe(true);
  });
});

describe('sysctl facts', () => {
  it('lets reports write kernel.nmi_watchdog (0644 on kernels with CONFIG_HARDLOCKUP_DETECTOR)', async () => {
    const found = await findingsOf(readOnlySysctl, '```bash\nsudo sysctl -w kernel.nmi_watchdog=0\n```\n');
    expect(found).toEqual([]);
  });

  it('suggests the real knob the catalog names for a commonly invented one', async () => {
    const found = await findingsOf(unknownSysctl, '```bash\nsysctl -w kernel.bpf_jit_harden=2\n```\n');
    expect(found.map((f) => f.suggestion)).toEqual(['net.core.bpf_jit_harden']);
  });
});

describe('docker log path', () => {
  it('names <id>-json.log for the invented container.log', async () => {
    const found = await findingsOf(nonexistentPath, '```bash\ntail -n 50 /var/lib/docker/containers/<id>/container.log\n```\n');
    expect(found[0]?.message).toContain('-json.log');
  });
});
