import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseSingleAlert } from '../../src/alerts/read.js';
import { checkReport } from '../../src/checks/run.js';
import type { Finding } from '../../src/findings/finding.js';

/**
 * The five seed reports are real model output about real alerts; expected.json says what a checker must
 * find ("must"), what a good one also finds ("should") and which lines must stay free of errors.
 */
const SEEDS = join(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');

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

const expected: Record<string, Expectation> = existsSync(SEEDS)
  ? JSON.parse(readFileSync(join(SEEDS, 'expected.json'), 'utf8')).reports
  : {};

const inRange = (f: Finding, r: Range) => f.line >= r.from && f.line <= r.to;

describe.runIf(existsSync(SEEDS))('seed reports (../shared/seeds)', () => {
  const results = new Map<string, Finding[]>();

  beforeAll(async () => {
    for (const [name, exp] of Object.entries(expected)) {
      const alertPath = join(SEEDS, exp.alert);
      const alert = parseSingleAlert(readFileSync(alertPath, 'utf8'), alertPath);
      results.set(name, await checkReport(readFileSync(join(SEEDS, 'reports', name), 'utf8'), { file: name, alert }));
    }
    let must = 0;
    let mustFound = 0;
    let should = 0;
    let shouldFound = 0;
    let stray = 0;
    for (const [name, exp] of Object.entries(expected)) {
      const findings = results.get(name)!;
      const errors = findings.filter((f) => f.severity === 'error');
      must += exp.must.length;
      mustFound += exp.must.filter((r) => errors.some((f) => inRange(f, r))).length;
      should += exp.should.length;
      shouldFound += exp.should.filter((r) => findings.some((f) => inRange(f, r))).length;
      stray += errors.filter((f) => ![...exp.must, ...exp.should].some((r) => inRange(f, r))).length;
    }
    console.log(`seeds: must found ${mustFound}/${must}, should found ${shouldFound}/${should}, stray errors ${stray}`);
  });

  for (const [name, exp] of Object.entries(expected)) {
    describe(name, () => {
      for (const range of exp.must) {
        it(`finds an error in lines ${range.from}-${range.to}: ${range.why}`, () => {
          const errors = results.get(name)!.filter((f) => f.severity === 'error' && inRange(f, range));
          expect(errors.length).toBeGreaterThan(0);
        });
      }
      it('keeps the clean lines free of errors', () => {
        const onClean = results.get(name)!.filter((f) => f.severity === 'error' && exp.clean.includes(f.line));
        expect(onClean).toEqual([]);
      });
      it('reports no error outside the labelled lines', () => {
        const labelled = [...exp.must, ...exp.should];
        const stray = results.get(name)!.filter((f) => f.severity === 'error' && !labelled.some((r) => inRange(f, r)));
        expect(stray.map((f) => `${f.line} ${f.code} ${f.message}`)).toEqual([]);
      });
    });
  }
});
