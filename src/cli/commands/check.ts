import type { FalcoAlert } from '../../alerts/schema.js';
import { checkReport } from '../../checks/run.js';
import type { Finding } from '../../findings/finding.js';
import type { OutputFormat } from '../../findings/format.js';
import { UsageError, type CliIO } from '../io.js';
import { printResult } from './print-result.js';
import { readInput } from '../read-input.js';

export interface CheckCommandOptions {
  alert?: string;
  falcoVersion?: string;
  format: OutputFormat;
}

export async function runCheck(reports: string[], options: CheckCommandOptions, io: CliIO): Promise<number> {
  let alert: FalcoAlert | undefined;
  if (options.alert) {
    const text = await readInput(options.alert, io);
    // The alert reader (and zod) is loaded only when there is an alert to read: start-up time matters here.
    const { parseSingleAlert } = await import('../../alerts/read.js');
    try {
      alert = parseSingleAlert(text, options.alert);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  }
  const sources = await Promise.all(reports.map(async (file) => ({ file, text: await readInput(file, io) })));
  const findings: Finding[] = [];
  for (const { file, text } of sources) findings.push(...(await checkReport(text, { file, ...(alert ? { alert } : {}), ...(options.falcoVersion ? { falcoVersion: options.falcoVersion } : {}) })));
  const notices = alert ? [] : ['no --alert given: grounding checks against the alert were skipped'];
  return printResult(findings, reports.length, options.format, io, notices);
}
