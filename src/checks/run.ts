import type { FalcoAlert } from '../alerts/schema.js';
import { catalog } from '../catalog/index.js';
import type { Finding } from '../findings/finding.js';
import { readMarkdown } from '../markdown/document.js';
import { loadShellParser, type ShellParser } from '../shell/parser.js';
import { analyzeReport } from './analysis.js';
import type { Check } from './check.js';
import { ALL_CHECKS, GROUNDING_CODES } from './registry.js';

export interface CheckReportOptions {
  /** Name used in findings (the path the user gave). */
  file: string;
  alert?: FalcoAlert;
  /** The Falco release the report targets; defaults to the catalog's (0.44.1). */
  falcoVersion?: string;
  /** Defaults to every registered check. */
  checks?: readonly Check[];
}

/** Checks one Markdown report; synchronous once the shell parser is loaded, so benchmarks measure the checks alone. */
export function checkReportWith(parser: ShellParser, source: string, options: CheckReportOptions): Finding[] {
  const doc = readMarkdown(source);
  const analysis = analyzeReport(doc, parser);
  const findings: Finding[] = [];
  for (const check of options.checks ?? ALL_CHECKS) {
    if (!options.alert && GROUNDING_CODES.has(check.meta.code)) continue;
    const { code, severity } = check.meta;
    check.run({
      doc,
      analysis,
      falcoVersion: options.falcoVersion ?? catalog.meta().falco,
      ...(options.alert ? { alert: options.alert } : {}),
      report: (problem) => {
        const excerpt = problem.excerpt ?? doc.lines[problem.line - 1]?.trim();
        findings.push({
          file: options.file,
          line: problem.line,
          ...(problem.endLine && problem.endLine !== problem.line ? { endLine: problem.endLine } : {}),
          ...(problem.column ? { column: problem.column } : {}),
          code,
          severity,
          message: problem.message,
          ...(excerpt ? { excerpt: excerpt.length > 160 ? `${excerpt.slice(0, 157)}...` : excerpt } : {}),
          ...(problem.suggestion ? { suggestion: problem.suggestion } : {}),
        });
      },
    });
  }
  return dedupe(findings);
}

export async function checkReport(source: string, options: CheckReportOptions): Promise<Finding[]> {
  return checkReportWith(await loadShellParser(), source, options);
}

/** Two checks reaching the same verdict on the same spot is one finding to the reader. */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.line}:${f.column ?? ''}:${f.code}:${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
