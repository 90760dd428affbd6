import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FalcoAlertSchema } from '../../../src/alerts/schema.js';
import { checkReportWith } from '../../../src/checks/run.js';
import { systemChecks } from '../../../src/checks/system/index.js';
import type { Finding } from '../../../src/findings/finding.js';
import { loadShellParser, type ShellParser } from '../../../src/shell/parser.js';

// The seed reports live in the shared checkout next to this repository.
const SEEDS = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'seeds');
const expected = JSON.parse(readFileSync(join(SEEDS, 'expected.json'), 'utf8')) as { reports: Record<string, { alert: string }> };

let parser: ShellParser;
beforeAll(async () => {
  parser = await loadShellParser();
});

function run(report: string): Finding[] {
  const md = readFileSync(join(SEEDS, 'reports', report), 'utf8');
  const alert = FalcoAlertSchema.parse(JSON.parse(readFileSync(join(SEEDS, expected.reports[report]!.alert), 'utf8')));
  return checkReportWith(parser, md, { file: report, alert, checks: systemChecks });
}

const errorsByLine = (findings: Finding[]) => findings.filter((f) => f.severity === 'error').map((f) => `${f.line} ${f.code}`);

describe('system checks on the seed reports', () => {
  it('000: the sysctl line, the sed line and the INI rules file, and nothing else', () => {
    const findings = run('000_05ca9c4a553575cd.md');
    expect(errorsByLine(findings).sort()).toEqual(['40 FR201', '40 FR204', '43 FR301', '43 FR401', '65 FR302', '65 FR303']);
    const sysctl = findings.find((f) => f.code === 'FR201')!;
    expect(sysctl.message).toContain('fs.binfmt_misc.status');
    expect(sysctl.suggestion).toBe('/proc/sys/fs/binfmt_misc/status');
    const path = findings.find((f) => f.code === 'FR301')!;
    expect(path.message).toContain('/var/lib/docker/containers/<id>/config.v2.json');
    expect(findings.find((f) => f.code === 'FR303')!.message).toContain('Falco rules files are YAML lists of `- rule:` items');
    // <container_id> is in the alert: a warning with the value, never an error.
    expect(findings.filter((f) => f.code === 'FR501').map((f) => [f.line, f.severity, f.suggestion])).toEqual([
      [31, 'warning', '12d6b2377178'],
      [43, 'warning', '12d6b2377178'],
      [52, 'warning', '12d6b2377178'],
    ]);
  });

  it('002: the fabricated output is flagged', () => {
    const findings = run('002_15180a975fc2997e.md');
    expect(errorsByLine(findings)).toEqual([]);
    expect(findings.map((f) => [f.code, f.line, f.endLine])).toEqual([['FR502', 64, 65]]);
  });

  it.each(['001_bc3f1171454685a3.md', '003_202a789f8123fb33.md', '004_66819a77edb95658.md'])('%s: no errors', (report) => {
    expect(errorsByLine(run(report))).toEqual([]);
  });
});
