import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseSingleAlert } from '../../src/alerts/read.js';
import { checkReport } from '../../src/checks/run.js';
import type { Finding } from '../../src/findings/finding.js';

/**
 * Reports written the way models write them, each mixing inventions real models make (invented Falco syntax,
 * options, sysctls, paths, config keys, near-miss alert values, unsafe advice) with correct material.
 * expected.json says, line by line, where an error must be found ("must"), where a finding is expected of a
 * good checker ("should"), and which lines must stay free of errors ("clean"). The figures printed measure
 * recall: inventions found out of those planted.
 */
const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'invented');

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

const expected: Record<string, Expectation> = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')).reports;

const inRange = (f: Finding, r: Range) => f.line >= r.from && f.line <= r.to;

describe('invented reports (fixtures/invented)', () => {
  const results = new Map<string, Finding[]>();

  beforeAll(async () => {
    for (const [name, exp] of Object.entries(expected)) {
      const alertPath = join(DIR, exp.alert);
      const alert = parseSingleAlert(readFileSync(alertPath, 'utf8'), alertPath);
      results.set(name, await checkReport(readFileSync(join(DIR, name), 'utf8'), { file: name, alert }));
    }
    let must = 0;
    let mustFound = 0;
    let should = 0;
    let shouldFound = 0;
    let onClean = 0;
    const missed: string[] = [];
    for (const [name, exp] of Object.entries(expected)) {
      const findings = results.get(name)!;
      const errors = findings.filter((f) => f.severity === 'error');
      must += exp.must.length;
      for (const r of exp.must) {
        if (errors.some((f) => inRange(f, r))) mustFound++;
        else missed.push(`${name}:${r.from}${r.to > r.from ? `-${r.to}` : ''} ${r.why}`);
      }
      should += exp.should.length;
      shouldFound += exp.should.filter((r) => findings.some((f) => inRange(f, r))).length;
      onClean += errors.filter((f) => exp.clean.includes(f.line)).length;
    }
    const pct = (n: number, d: number) => (d === 0 ? '-' : `${Math.round((100 * n) / d)}%`);
    console.log(
      `invented: recall (must) ${mustFound}/${must} (${pct(mustFound, must)}), should ${shouldFound}/${should}, errors on clean lines ${onClean}`,
    );
    if (missed.length > 0) console.log(`invented: missed\n  ${missed.join('\n  ')}`);
  });

  it('has reports to check', () => {
    expect(Object.keys(expected).length).toBeGreaterThanOrEqual(8);
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
        expect(onClean.map((f) => `${f.line} ${f.code} ${f.message}`)).toEqual([]);
      });
    });
  }
});
