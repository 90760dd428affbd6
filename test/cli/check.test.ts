import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CheckResultSchema } from '../../src/findings/finding.js';
import { runCli } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'falco-report-check-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const alert = file(
  'alert.json',
  JSON.stringify({
    time: '2024-10-05T13:00:29.850062067Z',
    rule: 'Terminal shell in container',
    priority: 'Notice',
    source: 'syscall',
    hostname: 'lab',
    output: '13:00:29.850062067: Notice A shell was spawned in a container with an attached terminal',
    output_fields: { 'container.id': 'c61b4b13ae44', 'container.name': 'web', 'proc.name': 'bash' },
    tags: ['container', 'mitre_execution', 'shell', 'T1059'],
  }),
);
const bad = file('bad.md', '# Report\n\nRun:\n\n```bash\nfalco --alert-only\ncat /etc/falco/falco.conf\n```\n');
const good = file('good.md', '# Report\n\n```bash\ndocker logs --tail 50 c61b4b13ae44\n```\n');

describe('falco-report check', () => {
  it('prints REPORT:LINE: severity CODE message, a summary, and exits 1 on errors', async () => {
    const run = await runCli(['check', bad]);
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${bad}:6(:\\d+)?: error FR104 .*--alert-only`)));
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${bad}:7(:\\d+)?: error FR301 .*\\(did you mean /etc/falco/falco.yaml\\?\\)$`)));
    expect(lines.at(-1)).toMatch(/^1 file checked: \d+ errors?, \d+ warnings?$/);
  });

  it('says that grounding was skipped without --alert, and exits 0 on a clean report', async () => {
    const run = await runCli(['check', good]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('grounding checks against the alert were skipped');
    expect(run.stderr).toBe('');
  });

  it('gives one JSON object on stdout with --format json, in the documented shape', async () => {
    const run = await runCli(['check', bad, '--alert', alert, '--format', 'json']);
    expect(run.code).toBe(1);
    const result = CheckResultSchema.parse(JSON.parse(run.stdout));
    expect(result.summary).toMatchObject({ files: 1 });
    expect(result.summary.errors).toBe(result.findings.filter((f) => f.severity === 'error').length);
    expect(result.findings.every((f) => f.file === bad)).toBe(true);
    expect(result.findings.find((f) => f.code === 'FR301')).toMatchObject({ line: 7, severity: 'error', suggestion: '/etc/falco/falco.yaml' });
    expect(result.notices ?? []).toEqual([]);
  });

  it('reads the report from stdin with -', async () => {
    const run = await runCli(['check', '-', '--format', 'json'], '```bash\nfalco --alert-only\n```\n');
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).findings[0]).toMatchObject({ file: '-', line: 2, code: 'FR104' });
  });

  it('exits 2 naming the file when the report does not exist', async () => {
    const run = await runCli(['check', join(dir, 'missing.md')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/missing\.md: file not found/);
    expect(run.stdout).toBe('');
  });

  it('exits 2 naming the file and the position when the alert is not JSON', async () => {
    const run = await runCli(['check', good, '--alert', file('broken.json', '{"rule": "x",\n  oops}')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/broken\.json:2/);
    expect(run.stderr).toMatch(/not JSON/);
  });

  it('exits 2 with the JSON path of what is missing or mistyped when the alert is not a Falco alert', async () => {
    const notAlert = file('not-alert.json', JSON.stringify({ rule: 'x', priority: 'Notice', output_fields: [] }));
    const run = await runCli(['check', good, '--alert', notAlert]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('not-alert.json');
    expect(run.stderr).toMatch(/not a Falco alert/);
    expect(run.stderr).toMatch(/\$\.time/);
    expect(run.stderr).toMatch(/\$\.output_fields/);
  });

  it('accepts a Falcosidekick payload as the alert', async () => {
    const payload = file('sidekick.json', JSON.stringify({ uuid: '0b7c9a0e-55a2-4c8f-8d13-7e4f2a9d6c30', output: 'x', priority: 'Critical', rule: 'r', time: '2024-10-05T13:00:29.850062067Z', output_fields: {}, source: 'syscalls', tags: [] }));
    const run = await runCli(['check', good, '--alert', payload]);
    expect(run.code).toBe(0);
  });

  it('exits 2 on an unknown flag and on a malformed --falco-version', async () => {
    expect((await runCli(['check', good, '--alert-only'])).code).toBe(2);
    const version = await runCli(['check', good, '--falco-version', 'latest']);
    expect(version.code).toBe(2);
    expect(version.stderr).toMatch(/release number/);
  });
});

describe('falco-report catalog', () => {
  it('prints the versions and the counts per kind', async () => {
    const run = await runCli(['catalog', '--format', 'json']);
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary.versions).toMatchObject({ falco: '0.44.1', libs: '0.25.4', attack: '19.1' });
    expect(summary.counts.fieldsBySource.syscall).toBeGreaterThan(200);
    expect(summary.counts.defaultRules).toBeGreaterThan(200);
    expect(summary.counts.mitreTechniques).toBeGreaterThan(800);
  });

  it('prints the same as readable text by default', async () => {
    const run = await runCli(['catalog']);
    expect(run.stdout).toMatch(/^versions:\n {2}falco: 0\.44\.1/);
    expect(run.stdout).toMatch(/fieldsBySource\.k8s_audit: \d+/);
  });
});
