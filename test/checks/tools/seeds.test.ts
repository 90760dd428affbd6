import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toolsChecks } from '../../../src/checks/tools/index.js';
import type { Finding } from '../../../src/findings/finding.js';
import { findingsOf } from '../tester.js';

const SEEDS = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'seeds');

interface Range {
  from: number;
  to: number;
}
interface Expected {
  reports: Record<string, { must: Range[]; should: Range[]; clean: number[] }>;
}

/** What the tools checks must find in the seed reports: code and line of each expected error. */
const MUST_FIND: Record<string, Array<{ line: number; code: string }>> = {
  '000_05ca9c4a553575cd.md': [{ line: 78, code: 'FR106' }],
  '001_bc3f1171454685a3.md': [
    { line: 69, code: 'FR109' },
    { line: 72, code: 'FR104' },
    { line: 77, code: 'FR104' },
    { line: 78, code: 'FR109' },
    { line: 79, code: 'FR104' },
  ],
  '002_15180a975fc2997e.md': [],
  '003_202a789f8123fb33.md': [
    { line: 27, code: 'FR102' },
    { line: 61, code: 'FR102' },
    { line: 61, code: 'FR104' },
    { line: 64, code: 'FR104' },
    { line: 74, code: 'FR102' },
  ],
  '004_66819a77edb95658.md': [],
};

async function toolsFindings(source: string): Promise<Finding[]> {
  const found: Finding[] = [];
  for (const check of toolsChecks) found.push(...(await findingsOf(check, source)));
  return found;
}

describe.runIf(existsSync(SEEDS))('tools checks over the seed reports', () => {
  const expected = JSON.parse(readFileSync(join(SEEDS, 'expected.json'), 'utf8')) as Expected;

  for (const [name, wanted] of Object.entries(MUST_FIND)) {
    const seed = expected.reports[name]!;

    it(`${name}: finds ${wanted.map((w) => `${w.code}@${w.line}`).join(', ') || 'nothing'}`, async () => {
      const errors = (await toolsFindings(readFileSync(join(SEEDS, 'reports', name), 'utf8'))).filter((f) => f.severity === 'error');
      const got = new Set(errors.map((f) => `${f.code}@${f.line}`));
      for (const w of wanted) expect(got).toContain(`${w.code}@${w.line}`);
    });

    it(`${name}: puts no error outside the expected lines`, async () => {
      const errors = (await toolsFindings(readFileSync(join(SEEDS, 'reports', name), 'utf8'))).filter((f) => f.severity === 'error');
      const allowed = (line: number): boolean => [...seed.must, ...seed.should].some((r) => line >= r.from && line <= r.to);
      expect(errors.filter((f) => !allowed(f.line) || seed.clean.includes(f.line)).map((f) => `${f.line} ${f.code} ${f.message}`)).toEqual([]);
    });
  }
});
