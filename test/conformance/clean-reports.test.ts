import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSingleAlert } from '../../src/alerts/read.js';
import { checkReport } from '../../src/checks/run.js';

/**
 * Correct reports we wrote ourselves, with real commands, rules and config: a checker that cries wolf
 * on them would be switched off, so they must come out without a single error.
 */
const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'reports');
const reports = readdirSync(DIR).filter((n) => n.endsWith('.md'));

describe('our own correct reports', () => {
  it('has fixtures to check', () => {
    expect(reports.length).toBeGreaterThanOrEqual(4);
  });

  for (const name of reports) {
    it(`${name} has no errors against its alert`, async () => {
      const alertPath = join(DIR, name.replace(/\.md$/, '.alert.json'));
      const alert = parseSingleAlert(readFileSync(alertPath, 'utf8'), alertPath);
      const findings = await checkReport(readFileSync(join(DIR, name), 'utf8'), { file: name, alert });
      expect(findings.filter((f) => f.severity === 'error').map((f) => `${f.line} ${f.code} ${f.message}`)).toEqual([]);
    });
  }
});
