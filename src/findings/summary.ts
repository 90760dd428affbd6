// Type-only import: the command path must not load zod just to count findings.
import type { CheckResult, Finding } from './finding.js';

export function compareFindings(a: Finding, b: Finding): number {
  return a.file.localeCompare(b.file) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0) || a.code.localeCompare(b.code);
}

export function summarize(findings: Finding[], files: number, notices?: string[]): CheckResult {
  const sorted = [...findings].sort(compareFindings);
  const errors = sorted.filter((f) => f.severity === 'error').length;
  return {
    findings: sorted,
    summary: { files, errors, warnings: sorted.length - errors },
    ...(notices && notices.length > 0 ? { notices } : {}),
  };
}
