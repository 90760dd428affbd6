import type { Severity } from '../../findings/finding.js';

/**
 * The codes the rules-file validator reports. Each code has one severity because a check
 * (src/checks/falco/) reports one code with the severity its `meta` declares.
 */
export const RULES_CODES = {
  FR901: { name: 'not-a-rules-file', severity: 'error' },
  FR902: { name: 'unknown-rule-key', severity: 'error' },
  FR903: { name: 'missing-required-key', severity: 'error' },
  FR904: { name: 'wrong-value-type', severity: 'error' },
  FR905: { name: 'invalid-priority', severity: 'error' },
  FR906: { name: 'unknown-source', severity: 'error' },
  FR907: { name: 'condition-syntax', severity: 'error' },
  FR908: { name: 'unknown-field', severity: 'error' },
  FR909: { name: 'undefined-macro', severity: 'error' },
  FR910: { name: 'operator-type-mismatch', severity: 'error' },
  FR911: { name: 'invalid-output', severity: 'error' },
  FR912: { name: 'bad-exception', severity: 'error' },
  FR913: { name: 'bad-override', severity: 'error' },
  FR914: { name: 'unsupported-in-version', severity: 'error' },
  FR915: { name: 'rules-yaml-syntax', severity: 'error' },
  FR916: { name: 'unknown-list-reference', severity: 'warning' },
  FR917: { name: 'unknown-event-type', severity: 'warning' },
} as const satisfies Record<string, { name: string; severity: Severity }>;

export type RulesCode = keyof typeof RULES_CODES;

/** One thing wrong in a rules text, at a 1-based line and column of that text. */
export interface RulesProblem {
  code: RulesCode;
  line: number;
  column: number;
  /** Last line the problem spans, when it spans several (a whole wrong-shaped block). */
  endLine?: number;
  message: string;
  suggestion?: string;
  severity: Severity;
}

/** Where in the text a problem sits, as a 0-based offset (and optional end offset for multi-line spans). */
export interface RawProblem {
  code: RulesCode;
  offset: number;
  endOffset?: number;
  message: string;
  suggestion?: string;
}
