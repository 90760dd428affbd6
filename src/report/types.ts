import type { FalcoAlert } from '../alerts/schema.js';
import type { Finding } from '../findings/finding.js';
import type { ModelReport } from './schema.js';

/** The sections of a ModelReport that hold checkable items. */
export type ReportSection = 'summary' | 'evidence' | 'mitre' | 'investigation' | 'remediation' | 'rule_changes' | 'config_changes' | 'false_positive';

/** Points at one item of a ModelReport: `{ section: 'investigation', index: 2 }`; single-value sections use index 0. */
export interface ItemRef {
  section: ReportSection;
  index: number;
}

/** An item the gate kept out of the report, with the checks it failed. */
export interface WithheldItem {
  ref: ItemRef;
  /** The item as the model wrote it: kept in JSON output for debugging, never rendered into Markdown. */
  item: unknown;
  findings: Finding[];
}

export interface LlmCall {
  attempt: number;
  /** 'initial' or 'repair'. */
  kind: 'initial' | 'repair';
  latencyMs: number;
  inputTokens?: number;
  outputTokens?: number;
  /** Errors the checker found in that answer. */
  errors: number;
}

/** Everything the renderers need about one generated report. */
export interface FinalReport {
  alert: FalcoAlert;
  /** The report with only the items that passed the checker. */
  report: ModelReport;
  withheld: WithheldItem[];
  /** True when nothing useful survived and the report was built from the alert alone. */
  factsOnly: boolean;
  provider: string;
  model: string;
  promptVersion: string;
  calls: LlmCall[];
  timings: { totalMs: number };
  /** Notices for the reader (why a facts-only report, which provider was unreachable). */
  notices: string[];
  /** Set when the report stands for an incident of grouped alerts; `alert` is its first (representative) alert. */
  incident?: IncidentSummary;
}

/** The alerts one report stands for (see src/group/group-alerts.ts). */
export interface IncidentSummary {
  /** Number of alerts in the incident (1: a lone alert). */
  count: number;
  /** `time` of the first and of the last alert, exactly as the alerts wrote them. */
  first: string;
  last: string;
  /** Where each alert came from, in time order. */
  alerts: Array<{ file: string; line: number }>;
}
