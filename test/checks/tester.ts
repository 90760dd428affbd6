import { beforeAll, describe, expect, it } from 'vitest';
import { parseSingleAlert } from '../../src/alerts/read.js';
import type { FalcoAlert } from '../../src/alerts/schema.js';
import type { Check } from '../../src/checks/check.js';
import { checkReportWith } from '../../src/checks/run.js';
import type { Finding } from '../../src/findings/finding.js';
import { loadShellParser, type ShellParser } from '../../src/shell/parser.js';

export interface ValidCase {
  name?: string;
  md: string;
  /** The alert as JSON text (exact, as the CLI reads it: 19-digit nanosecond values stay exact) or as an object. */
  alert?: string | object;
  /** The Falco release to check against (`--falco-version`). */
  falcoVersion?: string;
}

export interface ExpectedFinding {
  line: number;
  /** A part of the message, or a pattern it must match. */
  message?: string | RegExp;
  suggestion?: string;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
}

let parser: ShellParser;

/** Runs one check alone over a report, the way `falco-report check` would. */
export async function findingsOf(check: Check, md: string, alert?: string | object, falcoVersion?: string): Promise<Finding[]> {
  parser ??= await loadShellParser();
  const parsedAlert: FalcoAlert | undefined =
    alert === undefined ? undefined : parseSingleAlert(typeof alert === 'string' ? alert : JSON.stringify(alert), 'alert.json');
  return checkReportWith(parser, md, { file: 'report.md', checks: [check], ...(parsedAlert ? { alert: parsedAlert } : {}), ...(falcoVersion ? { falcoVersion } : {}) });
}

/**
 * Table-driven test of one check, like ESLint's RuleTester: every valid case yields no finding
 * of the check's code; every invalid case yields exactly the expected findings, in line order.
 */
export function testCheck(check: Check, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(`${check.meta.code} ${check.meta.name}`, () => {
    beforeAll(async () => {
      parser ??= await loadShellParser();
    });
    describe('valid', () => {
      for (const [i, c] of cases.valid.entries()) {
        it(c.name ?? `valid #${i + 1}: ${c.md.slice(0, 60)}`, async () => {
          const found = await findingsOf(check, c.md, c.alert, c.falcoVersion);
          expect(found.map((f) => `${f.line}: ${f.message}`)).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const [i, c] of cases.invalid.entries()) {
        it(c.name ?? `invalid #${i + 1}: ${c.md.slice(0, 60)}`, async () => {
          const found = await findingsOf(check, c.md, c.alert, c.falcoVersion);
          expect(found.map((f) => f.line)).toEqual(c.errors.map((e) => e.line));
          for (const [j, expected] of c.errors.entries()) {
            const actual = found[j]!;
            expect(actual.code).toBe(check.meta.code);
            expect(actual.severity).toBe(check.meta.severity);
            if (expected.message instanceof RegExp) expect(actual.message).toMatch(expected.message);
            else if (expected.message) expect(actual.message).toContain(expected.message);
            if (expected.suggestion !== undefined) expect(actual.suggestion).toBe(expected.suggestion);
          }
        });
      }
    });
  });
}
