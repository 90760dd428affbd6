import type { CheckResult, Finding } from './finding.js';

export type OutputFormat = 'text' | 'json';

/** `REPORT.md:LINE: error FR123 message (did you mean ...?)`: the contract other tools parse; the column is in the JSON. */
function formatFinding(f: Finding): string {
  const hint = f.suggestion ? ` (did you mean ${f.suggestion}?)` : '';
  return `${f.file}:${f.line}: ${f.severity} ${f.code} ${f.message}${hint}`;
}

export function formatText(result: CheckResult): string {
  const lines = result.findings.map(formatFinding);
  for (const notice of result.notices ?? []) lines.push(`note: ${notice}`);
  const { files, errors, warnings } = result.summary;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  lines.push(`${plural(files, 'file')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
  return lines.join('\n') + '\n';
}

export function formatResult(result: CheckResult, format: OutputFormat): string {
  return format === 'json' ? JSON.stringify(result) + '\n' : formatText(result);
}
