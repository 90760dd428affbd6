import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheckConfig } from '../../../src/cli/commands/check-config.js';
import { UsageError, type CliIO } from '../../../src/cli/io.js';
import { CheckResultSchema } from '../../../src/findings/finding.js';

const fixtures = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'config');

function bufferIO(stdin = ''): CliIO & { out: string[] } {
  const out: string[] = [];
  return { out, stdout: (t) => out.push(t), stderr: () => undefined, stdin: async () => stdin };
}

describe('runCheckConfig', () => {
  it('exits 0 on a valid falco.yaml', async () => {
    const io = bufferIO();
    expect(await runCheckConfig([join(fixtures, 'falco-outputs.yaml')], { format: 'text' }, io)).toBe(0);
    expect(io.out.join('')).toBe('1 file checked: 0 errors, 0 warnings\n');
  });

  it('exits 1 and lists the problems with file, line and code', async () => {
    const io = bufferIO();
    const file = join(fixtures, 'falco-invented.yaml');
    expect(await runCheckConfig([file], { format: 'json' }, io)).toBe(1);
    const result = CheckResultSchema.parse(JSON.parse(io.out.join('')));
    expect(result.findings.map((f) => `${f.line} ${f.code}`)).toEqual(['2 FR956', '4 FR952', '5 FR950', '6 FR953', '8 FR953', '11 FR952']);
    expect(result.findings.every((f) => f.file === file)).toBe(true);
    expect(result.summary).toEqual({ files: 1, errors: 5, warnings: 1 });
  });

  it('checks against an older release with falcoVersion', async () => {
    const io = bufferIO();
    expect(await runCheckConfig([join(fixtures, 'falco-invented.yaml')], { format: 'json', falcoVersion: '0.40.0' }, io)).toBe(1);
    const result = CheckResultSchema.parse(JSON.parse(io.out.join('')));
    // ebpf, grpc_output and container_engines were all still there in 0.40.0.
    expect(result.findings.map((f) => `${f.line} ${f.code}`)).toEqual(['2 FR956', '5 FR950', '11 FR952']);
  });

  it('reads Markdown reports with the config checks', async () => {
    const io = bufferIO();
    expect(await runCheckConfig([join(fixtures, 'report.md')], { format: 'text' }, io)).toBe(1);
    const text = io.out.join('');
    expect(text).toContain('report.md:6: error FR954');
    expect(text).toContain('report.md:8: error FR950 alert_format is not a falco.yaml key in Falco 0.44.1');
  });

  it('reads stdin for -', async () => {
    const io = bufferIO('json_output: true\n');
    expect(await runCheckConfig(['-'], { format: 'text' }, io)).toBe(0);
  });

  it('turns an unreadable file into a usage error naming it', async () => {
    const missing = join(fixtures, 'missing.yaml');
    await expect(runCheckConfig([missing], { format: 'text' }, bufferIO())).rejects.toThrow(UsageError);
    await expect(runCheckConfig([missing], { format: 'text' }, bufferIO())).rejects.toThrow(`${missing}: file not found`);
  });

  it('rejects a malformed release number', async () => {
    await expect(runCheckConfig([join(fixtures, 'falco-outputs.yaml')], { format: 'text', falcoVersion: 'latest' }, bufferIO())).rejects.toThrow(UsageError);
  });
});
