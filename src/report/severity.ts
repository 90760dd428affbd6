import type { Priority } from '../alerts/schema.js';

/** The report's severity scale; the model never sets it. */
export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';

const BY_PRIORITY: Record<Priority, Severity> = {
  Emergency: 'critical',
  Alert: 'critical',
  Critical: 'critical',
  Error: 'high',
  Warning: 'medium',
  Notice: 'low',
  Informational: 'info',
  Debug: 'info',
};

/** Severity from Falco's priority: the rule author's judgement, not the model's. */
export function severityOf(priority: Priority): Severity {
  return BY_PRIORITY[priority];
}
