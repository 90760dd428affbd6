import type { Problem } from '../check.js';

/** Reports problems in file order, as readers (and the table-driven tests) expect from one check. */
export function reportInOrder(problems: Problem[], report: (problem: Problem) => void): void {
  problems.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
  for (const problem of problems) report(problem);
}
