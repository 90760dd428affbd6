import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderChecksDoc } from '../../src/checks/docs.js';
import { ALL_CHECKS } from '../../src/checks/registry.js';
import { findingsOf } from './tester.js';

const root = join(import.meta.dirname, '..', '..');

/** Check test files are named after the code they test: test/checks/<area>/FR104-unknown-option.test.ts. */
function testedCodes(): Set<string> {
  const codes = new Set<string>();
  for (const entry of readdirSync(join(root, 'test', 'checks'), { withFileTypes: true, recursive: true })) {
    const code = /^(FR\d{3})\b.*\.test\.ts$/.exec(entry.name)?.[1];
    if (code && readFileSync(join(entry.parentPath, entry.name), 'utf8').includes('testCheck(')) codes.add(code);
  }
  return codes;
}

describe('check registry', () => {
  it('gives every check a unique FR code and a kebab-case name', () => {
    const codes = ALL_CHECKS.map((c) => c.meta.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const { meta } of ALL_CHECKS) {
      expect(meta.code).toMatch(/^FR\d{3}$/);
      expect(meta.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(meta.summary.length).toBeGreaterThan(10);
      expect(meta.summary).not.toContain('\n');
    }
  });

  it('keeps docs/checks.md in step with the checks (run npm run docs)', () => {
    expect(readFileSync(join(root, 'docs', 'checks.md'), 'utf8')).toBe(renderChecksDoc());
  });

  it('has a table-driven test file for every check', () => {
    const tested = testedCodes();
    expect(ALL_CHECKS.map((c) => c.meta.code).filter((code) => !tested.has(code))).toEqual([]);
  });

  for (const check of ALL_CHECKS) {
    it(`${check.meta.code}: the docs' bad example is flagged and the good one is not`, async () => {
      const alert = check.meta.docs.alert;
      const bad = await findingsOf(check, check.meta.docs.bad, alert);
      expect(bad.length).toBeGreaterThan(0);
      const good = await findingsOf(check, check.meta.docs.good, alert);
      expect(good.map((f) => f.message)).toEqual([]);
    });
  }
});
