import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configChecks } from '../../../src/checks/config/index.js';
import { checkReport } from '../../../src/checks/run.js';
import { findingsOf } from '../tester.js';

const seeds = '/work/shared/seeds';

describe('config checks', () => {
  it('have the codes FR950–FR957, once each', () => {
    expect(configChecks.map((c) => c.meta.code)).toEqual(['FR950', 'FR951', 'FR952', 'FR953', 'FR954', 'FR955', 'FR956', 'FR957']);
  });

  for (const check of configChecks) {
    it(`${check.meta.code}: the docs' bad example is flagged and the good one is not`, async () => {
      expect((await findingsOf(check, check.meta.docs.bad)).length).toBeGreaterThan(0);
      expect((await findingsOf(check, check.meta.docs.good)).map((f) => f.message)).toEqual([]);
    });
  }
});

describe('config checks on the seed reports', () => {
  const expected = JSON.parse(readFileSync(join(seeds, 'expected.json'), 'utf8')) as {
    reports: Record<string, { must: Array<{ from: number; to: number }>; should: Array<{ from: number; to: number }> }>;
  };

  it('find the falco.conf block with its invented key in seed 001 (lines 45–48)', async () => {
    const name = '001_bc3f1171454685a3.md';
    const findings = await checkReport(readFileSync(join(seeds, 'reports', name), 'utf8'), { file: name, checks: configChecks });
    const errors = findings.filter((f) => f.severity === 'error' && f.line >= 45 && f.line <= 48);
    expect(errors.map((f) => f.code).sort()).toEqual(['FR950', 'FR954']);
  });

  it('give no error anywhere else in the seeds', async () => {
    const names = readdirSync(join(seeds, 'reports'));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const findings = await checkReport(readFileSync(join(seeds, 'reports', name), 'utf8'), { file: name, checks: configChecks });
      const stray = findings.filter((f) => f.severity === 'error' && !(name === '001_bc3f1171454685a3.md' && f.line >= 45 && f.line <= 48));
      expect(stray.map((f) => `${name}:${f.line} ${f.code} ${f.message}`)).toEqual([]);
      // Whatever is found must be on lines the seeds expect a finding on.
      const ranges = [...(expected.reports[name]?.must ?? []), ...(expected.reports[name]?.should ?? [])];
      expect(findings.filter((f) => !ranges.some((r) => f.line >= r.from && f.line <= r.to)).map((f) => `${name}:${f.line} ${f.code}`)).toEqual([]);
    }
  });
});
