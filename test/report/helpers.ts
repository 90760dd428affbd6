import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSingleAlert } from '../../src/alerts/read.js';
import type { FalcoAlert } from '../../src/alerts/schema.js';
import type { ModelReport } from '../../src/report/schema.js';
import type { FinalReport } from '../../src/report/types.js';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'alerts');

export interface Fixture {
  file: string;
  alert: FalcoAlert;
  /** The file's JSON as plain data (19-digit numbers rounded): for shape checks only. */
  raw: Record<string, unknown>;
}

/** Every one-alert fixture, read the way the CLI reads alerts (nanosecond counters stay exact). */
export function fixtures(): Fixture[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(FIXTURES, file), 'utf8');
      return { file, alert: parseSingleAlert(text, file), raw: JSON.parse(text) as Record<string, unknown> };
    });
}

export function fixture(file: string): FalcoAlert {
  return parseSingleAlert(readFileSync(join(FIXTURES, file), 'utf8'), file);
}

export function finalReport(alert: FalcoAlert, report: ModelReport, extra: Partial<FinalReport> = {}): FinalReport {
  return {
    alert,
    report,
    withheld: [],
    factsOnly: true,
    provider: 'offline',
    model: 'none',
    promptVersion: 'report.v1',
    calls: [],
    timings: { totalMs: 3 },
    notices: [],
    ...extra,
  };
}
