import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAlerts } from '../../src/alerts/read.js';
import { catalog } from '../../src/catalog/index.js';
import { defaultRuleNames, fieldsOf } from '../../src/catalog/lookup.js';
import { FIXTURES, fixtures } from './helpers.js';

/**
 * The alert fixtures must look like what Falco 0.44 really emits for each rule, or tests built on them prove
 * nothing: the rule's tags and priority, its output format, exact nanosecond times.
 */
const ALL = fixtures();
const APPENDED = ['container.id', 'container.name', 'container.image.repository', 'container.image.tag', 'k8s.pod.name', 'k8s.ns.name'];

function canonicalPriority(priority: string): string {
  const { canonical, aliases } = catalog.rulesSyntax().priorities;
  const lower = priority.toLowerCase();
  return aliases[lower] ?? canonical.find((p) => p.toLowerCase() === lower) ?? priority;
}

function nanos(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.(\d{9})Z$/.exec(iso)!;
  return (BigInt(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!) / 1000) * 1_000_000_000n + BigInt(m[7]!)).toString();
}

/** A value as Falco prints it in the output text. */
function printed(value: unknown): string {
  if (value === null) return '<NA>';
  if (Array.isArray(value)) return `(${value.join(',')})`;
  return String(value);
}

describe('alert fixtures', () => {
  it('cover at least 15 different upstream rules, syscall and k8s_audit', () => {
    const rules = new Set(ALL.filter((f) => !f.file.startsWith('injection-')).map((f) => f.alert.rule));
    expect(rules.size).toBeGreaterThanOrEqual(15);
    const sources = new Set(ALL.map((f) => f.alert.source));
    expect([...sources].sort()).toEqual(['k8s_audit', 'syscall']);
  });

  it('are each exactly one valid alert', () => {
    for (const { file } of ALL) {
      const { alerts, problems } = readAlerts(readFileSync(join(FIXTURES, file), 'utf8'), file);
      expect(problems, file).toEqual([]);
      expect(alerts, file).toHaveLength(1);
    }
  });

  it.each(ALL)('$file carries the real rule: its source, sorted tags and canonical priority', ({ alert, raw }) => {
    const rule = defaultRuleNames().get(alert.rule);
    expect(rule).toBeDefined();
    expect(alert.source).toBe(rule!.source);
    expect(alert.tags).toEqual([...rule!.tags].sort());
    expect(raw.priority).toBe(canonicalPriority(rule!.priority ?? ''));
  });

  it.each(ALL)('$file has a 19-digit evt.time equal to time, and the output prefix of that instant', ({ alert }) => {
    expect(alert.output_fields['evt.time']).toBe(nanos(alert.time));
    expect(alert.output?.startsWith(`${alert.time.slice(11, 29)}: ${alert.priority} `)).toBe(true);
  });

  it.each(ALL)('$file prints every output field in its output, with fields valid for its source', ({ alert }) => {
    const known = fieldsOf(alert.source!);
    for (const [field, value] of Object.entries(alert.output_fields)) {
      const name = field.replace(/\[.*\]$/, '');
      const base = known.has(name) ? name : name.split('.').slice(0, 2).join('.');
      expect(known.has(base), field).toBe(true);
      if (field === 'evt.time') continue;
      expect(alert.output, field).toContain(`=${printed(value)}`);
    }
  });

  it.each(ALL.filter((f) => f.alert.source === 'syscall'))('$file ends with the suggested container fields', ({ alert }) => {
    const suffix = APPENDED.map((f) => `${f.replace(/\./g, '_')}=${printed(alert.output_fields[f])}`).join(' ');
    expect(alert.output?.endsWith(` ${suffix}`)).toBe(true);
  });

  it.each(ALL.filter((f) => f.alert.output_fields['container.id'] !== 'host' && f.alert.source === 'syscall'))('$file has a real-looking container id', ({ alert }) => {
    expect(alert.output_fields['container.id']).toMatch(/^[0-9a-f]{12}$/);
  });

  it('are all listed in INDEX.md with their rule and source', () => {
    const index = readFileSync(join(FIXTURES, 'INDEX.md'), 'utf8');
    for (const { file, alert } of ALL) expect(index).toContain(`| \`${file}\` | ${alert.rule} | ${alert.source} |`);
  });
});
