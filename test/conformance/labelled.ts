import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseSingleAlert } from '../../src/alerts/read.js';
import { checkReport } from '../../src/checks/run.js';
import type { Finding } from '../../src/findings/finding.js';

interface Range {
  from: number;
  to: number;
  why: string;
}

interface Expectation {
  alert: string;
  must: Range[];
  should: Range[];
  clean: number[];
}

export interface LabelledReports {
  /** Name in test titles and in the printed figures. */
  label: string;
  /** Folder with expected.json; reports are in `reportsDir` (default: the same folder), alerts relative to it. */
  dir: string;
  reportsDir?: string;
  /** True when any error outside the must/should ranges is a failure (the seeds label every line that matters). */
  strayIsError: boolean;
}

const inRange = (f: Finding, r: Range) => f.line >= r.from && f.line <= r.to;

/**
 * Reports labelled line by line in expected.json: an error must be found in every "must" range, a finding is
 * expected of a good checker in every "should" range, and "clean" lines must stay free of errors. Prints the
 * figures: recall on must and should, errors on clean lines, stray errors.
 */
export function describeLabelledReports({ label, dir, reportsDir = dir, strayIsError }: LabelledReports): void {
  const available = existsSync(join(dir, 'expected.json'));
  const expected: Record<string, Expectation> = available ? JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')).reports : {};

  describe.runIf(available)(`${label} reports`, () => {
    const results = new Map<string, Finding[]>();

    beforeAll(async () => {
      for (const [name, exp] of Object.entries(expected)) {
        const alertPath = join(dir, exp.alert);
        const alert = parseSingleAlert(readFileSync(alertPath, 'utf8'), alertPath);
        results.set(name, await checkReport(readFileSync(join(reportsDir, name), 'utf8'), { file: name, alert }));
      }
      let must = 0;
      let mustFound = 0;
      let should = 0;
      let shouldFound = 0;
      let onClean = 0;
      let stray = 0;
      const missed: string[] = [];
      for (const [name, exp] of Object.entries(expected)) {
        const errors = results.get(name)!.filter((f) => f.severity === 'error');
        must += exp.must.length;
        for (const r of exp.must) {
          if (errors.some((f) => inRange(f, r))) mustFound++;
          else missed.push(`${name}:${r.from}-${r.to} ${r.why}`);
        }
        should += exp.should.length;
        shouldFound += exp.should.filter((r) => results.get(name)!.some((f) => inRange(f, r))).length;
        onClean += errors.filter((f) => exp.clean.includes(f.line)).length;
        stray += errors.filter((f) => ![...exp.must, ...exp.should].some((r) => inRange(f, r))).length;
      }
      console.log(`${label}: must found ${mustFound}/${must}, should found ${shouldFound}/${should}, errors on clean lines ${onClean}, errors outside labelled lines ${stray}`);
      if (missed.length > 0) console.log(`${label}: missed\n  ${missed.join('\n  ')}`);
    });

    it('has reports to check', () => {
      expect(Object.keys(expected).length).toBeGreaterThanOrEqual(5);
    });

    for (const [name, exp] of Object.entries(expected)) {
      describe(name, () => {
        for (const range of exp.must) {
          it(`finds an error in lines ${range.from}-${range.to}: ${range.why}`, () => {
            expect(results.get(name)!.filter((f) => f.severity === 'error' && inRange(f, range)).length).toBeGreaterThan(0);
          });
        }
        it('keeps the clean lines free of errors', () => {
          const onClean = results.get(name)!.filter((f) => f.severity === 'error' && exp.clean.includes(f.line));
          expect(onClean.map((f) => `${f.line} ${f.code} ${f.message}`)).toEqual([]);
        });
        if (strayIsError) {
          it('reports no error outside the labelled lines', () => {
            const labelled = [...exp.must, ...exp.should];
            const stray = results.get(name)!.filter((f) => f.severity === 'error' && !labelled.some((r) => inRange(f, r)));
            expect(stray.map((f) => `${f.line} ${f.code} ${f.message}`)).toEqual([]);
          });
        }
      });
    }
  });
}
