import type { Finding } from '../../findings/finding.js';
import { createKnownItems } from './known.js';
import type { RulesStats } from './state.js';
import { validateRules, type RulesProblem } from './validate.js';

export interface RulesFileInput {
  /** Name used in findings (the path the user gave). */
  file: string;
  text: string;
}

export interface RulesFilesResult {
  findings: Finding[];
  stats: RulesStats;
}

/** What a validator of one file's text reports (rules and falco.yaml problems alike), 1-based in that text. */
export type FileProblem = Pick<RulesProblem, 'line' | 'column' | 'endLine' | 'message' | 'suggestion' | 'severity'> & { code: string };

/** A problem as a finding of `file` (its text split into `lines`), with the offending line as excerpt. */
export function problemToFinding(file: string, problem: FileProblem, lines: readonly string[]): Finding {
  const line = problem.line;
  const excerpt = lines[line - 1]?.trim();
  return {
    file,
    line,
    ...(problem.endLine && problem.endLine !== problem.line ? { endLine: problem.endLine } : {}),
    column: problem.column,
    code: problem.code,
    severity: problem.severity,
    message: problem.message,
    ...(excerpt ? { excerpt: excerpt.length > 160 ? `${excerpt.slice(0, 157)}...` : excerpt } : {}),
    ...(problem.suggestion ? { suggestion: problem.suggestion } : {}),
  };
}

/**
 * Checks rules files in the order Falco would load them (rules_files order): an override in a
 * later file may modify a rule, macro or list of an earlier one.
 */
export function checkRulesFiles(inputs: readonly RulesFileInput[], options: { falcoVersion?: string }): RulesFilesResult {
  let known = createKnownItems();
  const findings: Finding[] = [];
  const stats: RulesStats = { rules: 0, macros: 0, lists: 0, conditions: 0 };
  for (const { file, text } of inputs) {
    const result = validateRules(text, { knownItems: known, ...(options.falcoVersion ? { falcoVersion: options.falcoVersion } : {}) });
    known = result.known;
    const lines = text.split(/\r?\n/);
    for (const problem of result.problems) findings.push(problemToFinding(file, problem, lines));
    stats.rules += result.stats.rules;
    stats.macros += result.stats.macros;
    stats.lists += result.stats.lists;
    stats.conditions += result.stats.conditions;
  }
  return { findings, stats };
}
