import { describe, expect, it } from 'vitest';
import type { LocatedAlert } from '../../src/alerts/read.js';
import type { FalcoAlert, OutputFieldValue } from '../../src/alerts/schema.js';
import { groupAlerts, incidentKey } from '../../src/group/group-alerts.js';

const T0 = Date.parse('2025-04-02T14:07:31Z');
const MIN = 60_000;

/** `2025-04-02T14:07:31.<ns>Z` shifted by `ms`, with `ns` as the sub-millisecond digits (ns precision matters). */
function at(ms: number, subMs = 0): string {
  const iso = new Date(T0 + ms).toISOString(); // 2025-04-02T14:07:31.000Z
  return `${iso.slice(0, 23)}${String(subMs).padStart(6, '0')}Z`;
}

interface Spec {
  ms?: number;
  subMs?: number;
  time?: string;
  rule?: string;
  source?: string;
  hostname?: string | undefined;
  fields?: Record<string, OutputFieldValue | undefined>;
}

const SHELL_FIELDS = {
  'container.id': '3f9c2a7b81de',
  'k8s.ns.name': 'shop',
  'k8s.pod.name': 'storefront-6c9d8f7b5-kq2vx',
  'proc.exepath': '/usr/bin/bash',
  'proc.cmdline': 'bash',
  'proc.name': 'bash',
};

function alert(spec: Spec, index: number): LocatedAlert {
  const fields: Record<string, OutputFieldValue> = { ...SHELL_FIELDS, 'proc.pid': 4000 + index, 'evt.time': String(1743602851000000000 + index) };
  for (const [k, v] of Object.entries(spec.fields ?? {})) {
    if (v === undefined) delete fields[k];
    else fields[k] = v;
  }
  const a: FalcoAlert = {
    time: spec.time ?? at(spec.ms ?? 0, spec.subMs ?? 0),
    rule: spec.rule ?? 'Terminal shell in container',
    priority: 'Notice',
    source: spec.source ?? 'syscall',
    output_fields: fields,
  };
  const hostname = 'hostname' in spec ? spec.hostname : 'gke-node-1';
  if (hostname !== undefined) a.hostname = hostname;
  return { alert: a, file: 'alerts.jsonl', line: index + 1, index };
}

const located = (specs: Spec[]) => specs.map(alert);
/** Each incident as the input positions (0-based) of its alerts, in incident order. */
const shape = (specs: Spec[], windowMs?: number) =>
  groupAlerts(located(specs), windowMs === undefined ? {} : { windowMs }).map((i) => i.alerts.map((a) => a.index));

describe('groupAlerts', () => {
  const cases: Array<[string, Spec[], number[][], number?]> = [
    ['one alert is one incident', [{}], [[0]]],
    ['the same key within the window: one incident', [{ ms: 0 }, { ms: 1_000 }, { ms: 2 * MIN }], [[0, 1, 2]]],
    ['a flood: fields that change every time (pid, evt.time, ports) are not part of the key', [
      { ms: 0, fields: { 'fd.sport': 41000 } },
      { ms: 10, fields: { 'fd.sport': 41001 } },
      { ms: 20, fields: { 'fd.sport': 41002 } },
    ], [[0, 1, 2]]],
    ['a gap longer than the window: two incidents', [{ ms: 0 }, { ms: 11 * MIN }], [[0], [1]]],
    ['the window chains: each alert within it of the previous one', [{ ms: 0 }, { ms: 9 * MIN }, { ms: 18 * MIN }, { ms: 27 * MIN }], [[0, 1, 2, 3]]],
    ['exactly the window apart still joins', [{ ms: 0 }, { ms: 10 * MIN }], [[0, 1]]],
    ['the window is compared at nanosecond precision', [{ ms: 0 }, { ms: 10 * MIN, subMs: 1 }], [[0], [1]]],
    ['a custom window', [{ ms: 0 }, { ms: 90_000 }, { ms: 95_000 }], [[0], [1, 2]], 60_000],
    ['another container: separate', [{}, { fields: { 'container.id': 'aaaaaaaaaaaa' } }], [[0], [1]]],
    ['another process (exe path): separate', [{}, { fields: { 'proc.exepath': '/usr/bin/sh' } }], [[0], [1]]],
    ['another command line: separate', [{}, { fields: { 'proc.cmdline': 'bash -i' } }], [[0], [1]]],
    ['another pod or namespace: separate', [{}, { fields: { 'k8s.pod.name': 'other' } }, { fields: { 'k8s.ns.name': 'other' } }], [[0], [1], [2]]],
    ['another file: separate', [{ fields: { 'fd.name': '/etc/shadow' } }, { fields: { 'fd.name': '/etc/passwd' } }], [[0], [1]]],
    ['another rule: separate', [{}, { rule: 'Run shell untrusted' }], [[0], [1]]],
    ['another host: separate', [{}, { hostname: 'gke-node-2' }], [[0], [1]]],
    ['another source: separate', [{}, { source: 'syscalls' }], [[0], [1]]],
    ['proc.exe stands in for a missing proc.exepath', [
      { fields: { 'proc.exepath': undefined, 'proc.exe': '/usr/bin/bash' } },
      { fields: { 'proc.exepath': undefined, 'proc.exe': '/usr/bin/bash' } },
      { fields: { 'proc.exepath': undefined, 'proc.exe': '/usr/bin/dash' } },
    ], [[0, 1], [2]]],
    ['missing fields: absent in both does not separate', [
      { hostname: undefined, fields: { 'container.id': undefined, 'k8s.pod.name': undefined } },
      { hostname: undefined, fields: { 'container.id': undefined, 'k8s.pod.name': undefined } },
    ], [[0, 1]]],
    ['missing fields: null counts as absent', [{ fields: { 'k8s.pod.name': null } }, { fields: { 'k8s.pod.name': undefined } }], [[0, 1]]],
    ['missing fields: present in one alert only separates', [{}, { fields: { 'container.id': undefined } }, { hostname: undefined }], [[0], [1], [2]]],
    ['out-of-order input: grouped by time, the earliest first', [{ ms: 5_000 }, { ms: 0 }, { ms: 2_000 }], [[1, 2, 0]]],
    ['out-of-order input: a late alert closes the gap between two runs', [{ ms: 0 }, { ms: 16 * MIN }, { ms: 8 * MIN }], [[0, 2, 1]]],
    ['equal times keep input order', [{ ms: 0, fields: { 'proc.pid': 2 } }, { ms: 0, fields: { 'proc.pid': 1 } }], [[0, 1]]],
    ['incidents come by first time, then input order', [
      { ms: 3_000, rule: 'B' },
      { ms: 1_000, rule: 'A' },
      { ms: 3_000, rule: 'C' },
      { ms: 2_000, rule: 'B' },
    ], [[1], [3, 0], [2]]],
    ['an unreadable time is an incident of its own, after the others', [{ time: 'yesterday' }, { time: 'yesterday' }, { ms: 0 }], [[2], [0], [1]]],
  ];

  it.each(cases)('%s', (_, specs, expected, windowMs) => {
    expect(shape(specs, windowMs)).toEqual(expected);
  });

  it('k8s_audit: the same user, verb and target within the window is one incident; another target or verb is not', () => {
    const audit = (ms: number, extra: Record<string, OutputFieldValue> = {}): Spec => ({
      ms,
      rule: 'K8s Secret Get Successfully',
      source: 'k8s_audit',
      hostname: 'falco-k8saudit-0',
      fields: {
        ...Object.fromEntries(Object.keys(SHELL_FIELDS).map((k) => [k, undefined])),
        'proc.pid': undefined,
        'ka.user.name': 'system:serviceaccount:shop:reader',
        'ka.verb': 'get',
        'ka.target.resource': 'secrets',
        'ka.target.namespace': 'shop',
        'ka.target.name': 'db-password',
        'ka.auth.decision': 'allow',
        'ka.response.code': '200',
        ...extra,
      },
    });
    expect(
      shape([
        audit(0),
        audit(500, { 'ka.response.code': '200' }),
        audit(1_000, { 'ka.target.name': 'api-token' }),
        audit(1_500, { 'ka.verb': 'list' }),
        audit(2_000, { 'ka.user.name': 'alice' }),
        audit(2_500, { 'ka.target.namespace': 'kube-system' }),
        audit(3_000),
      ]),
    ).toEqual([[0, 1, 6], [2], [3], [4], [5]]);
  });

  it('an incident carries its key, its first alert as representative and the first and last times as written', () => {
    const input = located([{ ms: 60_000, subMs: 123456 }, { ms: 0, subMs: 999 }, { ms: 30_000 }]);
    const [incident, ...rest] = groupAlerts(input);
    expect(rest).toEqual([]);
    expect(incident!.representative).toBe(input[1]);
    expect(incident!.alerts).toEqual([input[1], input[2], input[0]]);
    expect(incident!.first).toBe(input[1]!.alert.time);
    expect(incident!.last).toBe(input[0]!.alert.time);
    expect(incident!.last).toBe('2025-04-02T14:08:31.000123456Z');
    expect(incident!.key).toBe(incidentKey(input[0]!.alert));
  });

  it('is deterministic and does not change its input', () => {
    const input = located([{ ms: 5 }, { ms: 1, rule: 'X' }, { ms: 3 }]);
    const before = [...input];
    expect(groupAlerts(input)).toEqual(groupAlerts(input));
    expect(input).toEqual(before);
  });

  it('no alerts, no incidents; a negative window is an error', () => {
    expect(groupAlerts([])).toEqual([]);
    expect(() => groupAlerts(located([{}]), { windowMs: -1 })).toThrow(RangeError);
  });
});
