import type { ConfigCode } from '../../falco/config/problem.js';
import type { CheckContext } from '../check.js';
import { configFindingsOf } from './findings.js';

/** Runs the shared falco.yaml validation (once per report) and reports the findings of one code. */
export function reportCode(code: ConfigCode): (context: CheckContext) => void {
  return ({ doc, analysis, falcoVersion, report }) => {
    for (const { code: found, ...finding } of configFindingsOf(doc, analysis, falcoVersion)) {
      if (found === code) report(finding);
    }
  };
}
