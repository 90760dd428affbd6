import type { FalcoAlert } from '../alerts/schema.js';
import type { Severity } from '../findings/finding.js';
import type { MarkdownDocument } from '../markdown/document.js';
import type { ReportAnalysis } from './analysis.js';

/** What a check is, for the docs, the registry and the output; like an ESLint rule's `meta`. */
export interface CheckMeta {
  /** Stable code, never reused: `FR` and three digits. */
  code: string;
  /** Kebab-case name that says what is wrong. */
  name: string;
  severity: Severity;
  /** One line: what the check finds. */
  summary: string;
  docs: {
    /** A Markdown report excerpt this check flags. */
    bad: string;
    /** The corrected excerpt, which it does not flag. */
    good: string;
    /** An alert (Falco JSON) the examples are checked against, for grounding checks. */
    alert?: string;
  };
}

/** A problem a check reports; the runner adds file, code and severity. */
export interface Problem {
  line: number;
  endLine?: number;
  column?: number;
  message: string;
  excerpt?: string;
  suggestion?: string;
}

export interface CheckContext {
  doc: MarkdownDocument;
  analysis: ReportAnalysis;
  alert?: FalcoAlert;
  /** The Falco release the report targets (`--falco-version`); the catalog's own version by default. */
  falcoVersion: string;
  report(problem: Problem): void;
}

export interface Check {
  meta: CheckMeta;
  run(context: CheckContext): void;
}
