import type { LocatedAlert } from '../alerts/read.js';
import type { FalcoAlert, OutputFieldValue } from '../alerts/schema.js';
import { parseIso } from '../checks/grounding/timestamps.js';

/**
 * Floods into incidents. Falco often fires one rule hundreds of times for one event (a shell loop, a crash-looping
 * container); those alerts differ only in values such as evt.time, proc.pid or fd.sport. Alerts with the same rule,
 * source, host and identifying fields (below), each within `windowMs` of the previous alert of the incident, become
 * one incident, so they cost one model call and one report.
 */

export interface Incident {
  /** The grouping key (rule, source, host and the identifying fields present). Incidents split by the window share it. */
  key: string;
  /** Every alert of the incident, by time (input order on equal times). */
  alerts: LocatedAlert[];
  /** The first alert: the one the report is written from. */
  representative: LocatedAlert;
  /** `time` of the first and of the last alert, as the alerts wrote them. */
  first: string;
  last: string;
}

export interface GroupOptions {
  /** Largest gap between consecutive alerts of one incident (default: 10 minutes). */
  windowMs?: number;
}

export const DEFAULT_GROUP_WINDOW_MS = 10 * 60_000;

/**
 * The fields that say *what* happened and *where*: two alerts that differ in any of them are different incidents.
 * A field absent (or null) in both alerts does not separate them; present in one only, it does.
 * [name in the key, fields to read (the first present wins)].
 */
const IDENTIFYING_FIELDS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['container.id', ['container.id']],
  ['k8s.ns.name', ['k8s.ns.name']],
  ['k8s.pod.name', ['k8s.pod.name']],
  ['proc.exepath', ['proc.exepath', 'proc.exe']],
  ['proc.cmdline', ['proc.cmdline']],
  ['fd.name', ['fd.name']],
  ['ka.user.name', ['ka.user.name']],
  ['ka.verb', ['ka.verb']],
  ['ka.target.resource', ['ka.target.resource']],
  ['ka.target.namespace', ['ka.target.namespace']],
  ['ka.target.name', ['ka.target.name']],
];

/** The grouping key of one alert: equal keys mean "the same rule on the same host/container/process". */
export function incidentKey(alert: FalcoAlert): string {
  const parts: Array<[string, OutputFieldValue | undefined]> = [
    ['rule', alert.rule],
    ['source', alert.source],
    ['hostname', alert.hostname],
  ];
  for (const [name, fields] of IDENTIFYING_FIELDS) {
    const value = fields.map((f) => alert.output_fields[f]).find((v) => v !== undefined && v !== null);
    if (value !== undefined) parts.push([name, value]);
  }
  return JSON.stringify(parts.filter(([, v]) => v !== undefined));
}

interface Open {
  incident: Incident;
  lastNs: bigint;
}

/**
 * Groups alerts into incidents. Alerts may arrive out of order: they are sorted by `time` (nanosecond precision,
 * input order on ties). An alert whose time cannot be read is an incident of its own, after the others.
 * Incidents come by the time of their first alert, then input order.
 */
export function groupAlerts(located: LocatedAlert[], { windowMs = DEFAULT_GROUP_WINDOW_MS }: GroupOptions = {}): Incident[] {
  if (!Number.isFinite(windowMs) || windowMs < 0) throw new RangeError(`windowMs must be a number >= 0, not ${windowMs}`);
  const windowNs = BigInt(Math.round(windowMs * 1e6));
  const timed = located.map((l, position) => ({ l, position, ns: parseIso(l.alert.time)?.ns }));
  timed.sort((a, b) => {
    if (a.ns !== undefined && b.ns !== undefined && a.ns !== b.ns) return a.ns < b.ns ? -1 : 1;
    if ((a.ns === undefined) !== (b.ns === undefined)) return a.ns === undefined ? 1 : -1;
    return a.position - b.position;
  });

  const incidents: Incident[] = [];
  const open = new Map<string, Open>();
  for (const { l, ns } of timed) {
    const key = incidentKey(l.alert);
    const current = ns === undefined ? undefined : open.get(key);
    if (current && ns !== undefined && ns - current.lastNs <= windowNs) {
      current.incident.alerts.push(l);
      current.incident.last = l.alert.time;
      current.lastNs = ns;
      continue;
    }
    const incident: Incident = { key, alerts: [l], representative: l, first: l.alert.time, last: l.alert.time };
    incidents.push(incident);
    if (ns !== undefined) open.set(key, { incident, lastNs: ns });
  }
  return incidents;
}
