import type { Finding } from '../../findings/finding.js';
import { summarize } from '../../findings/summary.js';
import { formatResult, type OutputFormat } from '../../findings/format.js';
import { EXIT, type CliIO } from '../io.js';

/**
 * The tail every check command shares: summarize the findings of `files` inputs, print them in
 * `format` and return the exit code (1 when there are errors, else 0).
 */
export function printResult(findings: Finding[], files: number, format: OutputFormat, io: CliIO, notices?: string[]): number {
  const result = summarize(findings, files, notices);
  io.stdout(formatResult(result, format));
  return result.summary.errors > 0 ? EXIT.findings : EXIT.ok;
}
