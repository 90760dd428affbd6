import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheckRules } from '../../../src/cli/commands/check-rules.js';
import type { CliIO } from '../../../src/cli/io.js';
import { CheckResultSchema } from '../../../src/findings/finding.js';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'rules');
const fixture = (name: string) => join(FIXTURES, name);

function io(stdin = ''): CliIO & { out: string; err: string } {
  const buffers = { out: '', err: '' };
  return Object.assign(buffers, {
    stdout: (t: string) => void (buffers.out += t),
    stderr: (t: string) => void (buffers.err += t),
    stdin: async () => stdin,
  });
}

describe('runCheckRules', () => {
  it('exits 0 on correct rules files, loaded in order', async () => {
    const cli = io();
    expect(await runCheckRules([fixture('custom_rules.yaml'), fixture('tuning.yaml')], { format: 'text' }, cli)).toBe(0);
    expect(cli.out).toBe('2 files checked: 0 errors, 0 warnings\n');
  });

  it('resolves overrides against earlier files only (Falco loads rules_files in order)', async () => {
    const cli = io();
    expect(await runCheckRules([fixture('tuning.yaml'), fixture('custom_rules.yaml')], { format: 'json' }, cli)).toBe(1);
    const result = CheckResultSchema.parse(JSON.parse(cli.out));
    expect(result.findings.map((f) => [f.file.endsWith('tuning.yaml'), f.line, f.code])).toEqual([
      [true, 2, 'FR913'],
      [true, 7, 'FR913'],
    ]);
  });

  it('reports invented syntax as JSON findings with file, line, column and suggestion', async () => {
    const cli = io();
    expect(await runCheckRules([fixture('invented_rules.yaml')], { format: 'json' }, cli)).toBe(1);
    const result = CheckResultSchema.parse(JSON.parse(cli.out));
    expect(result.summary).toEqual({ files: 1, errors: 6, warnings: 0 });
    expect(result.findings.map((f) => [f.line, f.column, f.code, f.suggestion])).toEqual([
      [2, 3, 'FR903', undefined],
      [3, 3, 'FR902', 'desc'],
      [4, 30, 'FR907', 'and'],
      [5, 29, 'FR911', '%user.name'],
      [6, 13, 'FR905', undefined],
      [7, 11, 'FR906', 'syscall'],
    ]);
    expect(result.findings.every((f) => f.file === fixture('invented_rules.yaml') && f.excerpt)).toBe(true);
  });

  it('prints text findings like check', async () => {
    const cli = io();
    await runCheckRules([fixture('invented_rules.yaml')], { format: 'text' }, cli);
    expect(cli.out).toContain("invented_rules.yaml:6: error FR905 rule 'Shell in container': 'HIGH' is not a Falco priority");
    expect(cli.out.trimEnd().split('\n').at(-1)).toBe('1 file checked: 6 errors, 0 warnings');
  });

  it('reads - from stdin and honours --falco-version', async () => {
    const cli = io('- rule: R\n  desc: d\n  condition: spawned_process and proc.name startswith oneof (ba, zs)\n  output: o\n  priority: INFO\n');
    expect(await runCheckRules(['-'], { format: 'text', falcoVersion: '0.43.0' }, cli)).toBe(1);
    expect(cli.out).toContain('-:3: error FR914');
    const again = io('- rule: R\n  desc: d\n  condition: spawned_process\n  output: o\n  priority: INFO\n');
    expect(await runCheckRules(['-'], { format: 'text' }, again)).toBe(0);
  });

  it('exits 2 naming a file it cannot read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-rules-'));
    writeFileSync(join(dir, 'ok.yaml'), '- list: x\n  items: []\n');
    const cli = io();
    expect(await runCheckRules([join(dir, 'ok.yaml'), join(dir, 'missing.yaml')], { format: 'text' }, cli)).toBe(2);
    expect(cli.err).toContain('missing.yaml: file not found');
    expect(cli.out).toBe('');
  });
});
