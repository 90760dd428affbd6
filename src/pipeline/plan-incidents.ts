import type { LocatedAlert } from '../alerts/read.js';
import { groupAlerts, type Incident } from '../group/group-alerts.js';
import type { IncidentSummary } from '../report/types.js';

/** One report to write: the alert it is generated and checked from, and the incident it stands for. */
export interface PlannedReport {
  located: LocatedAlert;
  /** Alerts this report stands for (1 without grouping). */
  count: number;
  /** Set when grouping is on (also for a lone alert, so JSON consumers see one shape). */
  incident?: IncidentSummary;
}

export interface PlanOptions {
  /** Group floods into incidents (default true). */
  group?: boolean;
  windowMs?: number;
}

/**
 * Alerts → the reports to write. Without grouping: one per alert, in input order. With grouping: one per incident,
 * in the input order of each incident's earliest-read alert, so output order never depends on clock skew between
 * files and a run of distinct alerts comes out exactly as it did before grouping existed.
 */
export function planReports(alerts: LocatedAlert[], options: PlanOptions = {}): PlannedReport[] {
  if (options.group === false) return alerts.map((located) => ({ located, count: 1 }));
  const position = new Map(alerts.map((a, i) => [a, i] as const));
  const earliest = (incident: Incident) => incident.alerts.reduce((min, a) => Math.min(min, position.get(a) ?? Infinity), Infinity);
  return groupAlerts(alerts, options.windowMs !== undefined ? { windowMs: options.windowMs } : {})
    .map((incident) => ({ incident, at: earliest(incident) }))
    .sort((a, b) => a.at - b.at)
    .map(({ incident }) => ({ located: incident.representative, count: incident.alerts.length, incident: summaryOf(incident) }));
}

export function summaryOf(incident: Incident): IncidentSummary {
  return {
    count: incident.alerts.length,
    first: incident.first,
    last: incident.last,
    alerts: incident.alerts.map((a) => ({ file: a.file, line: a.line })),
  };
}
