import { describe, expect, it } from 'vitest';
import { systemChecks } from '../../../src/checks/system/index.js';
import { findingsOf } from '../tester.js';

// The registry test does this for every check once docs/checks.md is regenerated; this keeps the area honest meanwhile.
describe('system checks: docs examples', () => {
  for (const check of systemChecks) {
    it(`${check.meta.code}: bad is flagged, good is not`, async () => {
      const alert = check.meta.docs.alert ? JSON.parse(check.meta.docs.alert) : undefined;
      expect((await findingsOf(check, check.meta.docs.bad, alert)).length).toBeGreaterThan(0);
      expect((await findingsOf(check, check.meta.docs.good, alert)).map((f) => `${f.line}: ${f.message}`)).toEqual([]);
    });
  }
});
