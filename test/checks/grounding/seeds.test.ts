import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSingleAlert } from '../../../src/alerts/read.js';
import type { FalcoAlert } from '../../../src/alerts/schema.js';
import { groundingChecks } from '../../../src/checks/grounding/index.js';
import { inlineChecks } from '../../../src/checks/inline/index.js';
import { checkReport } from '../../../src/checks/run.js';
import type { Finding } from '../../../src/findings/finding.js';

const seeds = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'seeds');
const checks = [...inlineChecks, ...groundingChecks];

interface Expected {
  reports: Record<string, { alert: string }>;
}

const expected = JSON.parse(readFileSync(join(seeds, 'expected.json'), 'utf8')) as Expected;

async function findingsFor(name: string): Promise<Finding[]> {
  const alertFile = expected.reports[name]!.alert;
  const alert: FalcoAlert = parseSingleAlert(readFileSync(join(seeds, alertFile), 'utf8'), alertFile);
  return checkReport(readFileSync(join(seeds, 'reports', name), 'utf8'), { file: name, checks, alert });
}

/** Lines the inline and grounding checks are expected to flag, and how. */
const HITS: Array<{ report: string; line: number; code: string; severity: 'error' | 'warning'; message: string; count?: number }> = [
  { report: '004_66819a77edb95658.md', line: 42, code: 'FR701', severity: 'error', message: '/etc/falco/falco.yaml' },
  { report: '000_05ca9c4a553575cd.md', line: 16, code: 'FR708', severity: 'warning', message: "proc.sname is the session leader's name", count: 2 },
  { report: '000_05ca9c4a553575cd.md', line: 90, code: 'FR704', severity: 'error', message: 'falco.org' },
  { report: '001_bc3f1171454685a3.md', line: 14, code: 'FR804', severity: 'warning', message: 'container.start_ts is 1728133228402117803' },
  { report: '002_15180a975fc2997e.md', line: 12, code: 'FR804', severity: 'warning', message: 'proc.pname is event-generator' },
  { report: '000_05ca9c4a553575cd.md', line: 39, code: 'FR709', severity: 'warning', message: 'the Falco field proc.exe_ino.ctime_duration_proc_start' },
  { report: '004_66819a77edb95658.md', line: 67, code: 'FR808', severity: 'warning', message: 'inside container c61b4b13ae44' },
  { report: '004_66819a77edb95658.md', line: 68, code: 'FR808', severity: 'warning', message: 'inside container c61b4b13ae44' },
];

describe('inline and grounding checks on the seed reports (with their alerts)', () => {
  for (const hit of HITS) {
    it(`flag ${hit.report} line ${hit.line} (${hit.code})`, async () => {
      const found = (await findingsFor(hit.report)).filter((f) => f.line === hit.line && f.code === hit.code);
      expect(found).toHaveLength(hit.count ?? 1);
      expect(found[0]!.severity).toBe(hit.severity);
      expect(found[0]!.message).toContain(hit.message);
    });
  }

  it('find nothing else: every quoted id, time, path and name is grounded', async () => {
    const stray: string[] = [];
    for (const name of readdirSync(join(seeds, 'reports')).sort()) {
      for (const f of await findingsFor(name)) {
        if (!HITS.some((h) => h.report === name && h.line === f.line && h.code === f.code)) stray.push(`${name}:${f.line} ${f.code} ${f.message}`);
      }
    }
    expect(stray).toEqual([]);
  });
});
