import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { falcoChecks } from '../../../src/checks/falco/index.js';
import { checkReportWith } from '../../../src/checks/run.js';
import type { Finding } from '../../../src/findings/finding.js';
import { loadShellParser } from '../../../src/shell/parser.js';

/** The seed reports' invented rules syntax must be caught by the FR9xx checks, and nothing else flagged. */
const REPORTS = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'seeds', 'reports');

const MUST: Record<string, Array<[number, number]>> = {
  '001_bc3f1171454685a3.md': [[26, 35]],
  '002_15180a975fc2997e.md': [
    [33, 38],
    [47, 52],
  ],
  '003_202a789f8123fb33.md': [[34, 53]],
  '004_66819a77edb95658.md': [[50, 55]],
};
/** Another check's must line; ours may flag it too. */
const ALSO_ALLOWED: Record<string, Array<[number, number]>> = { '000_05ca9c4a553575cd.md': [[65, 65]] };

describe.runIf(existsSync(REPORTS))('FR9xx on the seed reports', () => {
  const findings = new Map<string, Finding[]>();
  beforeAll(async () => {
    const parser = await loadShellParser();
    for (const name of ['000_05ca9c4a553575cd.md', ...Object.keys(MUST)]) {
      const md = readFileSync(join(REPORTS, name), 'utf8');
      findings.set(name, checkReportWith(parser, md, { file: name, checks: falcoChecks }));
    }
  });

  for (const [name, ranges] of Object.entries(MUST)) {
    for (const [from, to] of ranges) {
      it(`${name}: an error in lines ${from}-${to}`, () => {
        expect(findings.get(name)!.some((f) => f.severity === 'error' && f.line >= from && f.line <= to)).toBe(true);
      });
    }
  }

  it('no error outside those lines', () => {
    const stray: string[] = [];
    for (const [name, found] of findings) {
      const allowed = [...(MUST[name] ?? []), ...(ALSO_ALLOWED[name] ?? [])];
      for (const f of found) {
        if (f.severity === 'error' && !allowed.some(([from, to]) => f.line >= from && f.line <= to)) stray.push(`${name}:${f.line} ${f.code} ${f.message}`);
      }
    }
    expect(stray).toEqual([]);
  });
});
