import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAlerts, type LocatedAlert } from '../../src/alerts/read.js';
import { checkReport } from '../../src/checks/run.js';
import { generateReportOutcome } from '../../src/pipeline/generate-report.js';
import { planReports } from '../../src/pipeline/plan-incidents.js';
import { incidentLine, renderJson } from '../../src/report/render.js';
import type { IncidentSummary } from '../../src/report/types.js';
import { cleanAnswer, expectPassesChecker, fixtureAlert, mockModel } from './helpers.js';

const FLOOD = 'fixtures/alerts/flood-terminal-shell.jsonl';
const flood = (): LocatedAlert[] => readAlerts(readFileSync(FLOOD, 'utf8'), FLOOD).alerts;

function incidentOf(first: string, last: string, count = 40): IncidentSummary {
  return { count, first, last, alerts: Array.from({ length: count }, (_, i) => ({ file: 'a.jsonl', line: i + 1 })) };
}

describe('a report for an incident', () => {
  it('states the incident near the top, with the first and last alert times, and passes the checker against its first alert', async () => {
    const [shell] = planReports(flood());
    expect(shell!.count).toBe(40);
    const alert = shell!.located.alert;
    const { markdown, final } = await generateReportOutcome(alert, { provider: 'offline', incident: shell!.incident! });
    const line = `This incident groups 40 alerts of the same rule on the same host/container/process from \`${shell!.incident!.first}\` to \`${shell!.incident!.last}\`.`;
    expect(markdown).toContain(`\n\n${line}\n\n`);
    expect(markdown.indexOf(line)).toBeLessThan(markdown.indexOf('## Summary'));
    expect(shell!.incident!.first).toBe(alert.time);
    await expectPassesChecker(markdown, alert);
    expect(JSON.parse(renderJson(final)).incident).toEqual({ count: 40, first: alert.time, last: shell!.incident!.last, alerts: shell!.incident!.alerts });
  });

  it('a model-written report keeps the incident line and still passes the checker', async () => {
    const alert = fixtureAlert('terminal-shell-in-container.json');
    const model = mockModel('ollama');
    model.answer(cleanAnswer(alert));
    const incident = incidentOf(alert.time, '2025-04-02T14:09:29.743748949Z');
    const { markdown, final } = await generateReportOutcome(alert, { provider: model.provider().provider, incident });
    expect(final.factsOnly).toBe(false);
    expect(markdown).toContain(incidentLine(incident));
    await expectPassesChecker(markdown, alert);
  });

  it('a last time that reads as a misquote of the first alert\u2019s time is left out of the Markdown, not the JSON', async () => {
    const alert = fixtureAlert('terminal-shell-in-container.json'); // 2025-04-02T14:07:31.902664518Z
    const incident = incidentOf(alert.time, '2025-04-02T14:07:32.902664518Z', 2);
    // The premise: the full line alone fails the checker against the representative alert.
    const alone = (await checkReport(`${incidentLine(incident)}\n`, { file: 'r.md', alert })).filter((f) => f.severity === 'error');
    expect(alone.length).toBeGreaterThan(0);
    const { markdown, final } = await generateReportOutcome(alert, { provider: 'offline', incident });
    expect(markdown).toContain(incidentLine(incident, false));
    expect(markdown).toContain('This incident groups 2 alerts');
    expect(markdown).not.toContain('14:07:32.902664518');
    await expectPassesChecker(markdown, alert);
    expect(final.incident).toEqual(incident);
  });

  it('a lone alert renders exactly as without grouping; its JSON only gains the incident', async () => {
    const alert = fixtureAlert('terminal-shell-in-container.json');
    const plain = await generateReportOutcome(alert, { provider: 'offline' });
    const single = await generateReportOutcome(alert, { provider: 'offline', incident: incidentOf(alert.time, alert.time, 1) });
    expect(single.markdown).toBe(plain.markdown);
    expect(single.markdown).not.toContain('This incident groups');
    const { incident, timings: _t1, ...rest } = JSON.parse(renderJson(single.final));
    const { timings: _t2, ...before } = JSON.parse(renderJson(plain.final));
    expect(incident).toMatchObject({ count: 1 });
    expect(rest).toEqual(before);
    expect(JSON.parse(renderJson(plain.final))).not.toHaveProperty('incident');
  });
});

describe('planReports', () => {
  it('groups by default: the flood fixture is 43 alerts, 2 incidents, each written from its first alert', () => {
    const alerts = flood();
    expect(alerts).toHaveLength(43);
    const plan = planReports(alerts);
    expect(plan.map((p) => [p.located.alert.rule, p.count])).toEqual([
      ['Terminal shell in container', 40],
      ['Read sensitive file untrusted', 3],
    ]);
    for (const p of plan) {
      expect(p.incident!.count).toBe(p.count);
      expect(p.incident!.alerts).toHaveLength(p.count);
      expect(p.incident!.first).toBe(p.located.alert.time);
      expect(p.incident!.alerts[0]).toEqual({ file: p.located.file, line: p.located.line });
    }
    // The fixture's alerts are out of order: the incident runs from its earliest to its latest alert, not from the
    // file's first to its last shell alert.
    const shells = alerts.filter((a) => a.alert.rule === 'Terminal shell in container');
    const times = shells.map((a) => a.alert.time).sort();
    expect(plan[0]!.located).toBe(shells[1]);
    expect(plan[0]!.incident!.first).toBe(times[0]);
    expect(plan[0]!.incident!.last).toBe(times.at(-1));
    expect(shells[0]!.alert.time).not.toBe(times[0]);
    expect(shells.at(-1)!.alert.time).not.toBe(times.at(-1));
  });

  it('--no-group: one report per alert, in input order, without an incident', () => {
    const alerts = flood();
    const plan = planReports(alerts, { group: false });
    expect(plan.map((p) => p.located)).toEqual(alerts);
    expect(plan.every((p) => p.count === 1 && p.incident === undefined)).toBe(true);
  });

  it('distinct alerts keep their input order even when their times do not (several files, clock skew)', () => {
    const files = ['terminal-shell-in-container.json', 'attach-exec-pod.json', 'read-sensitive-file-untrusted.json'];
    const alerts: LocatedAlert[] = files.map((f, index) => ({ alert: fixtureAlert(f), file: f, line: 1, index }));
    expect(planReports(alerts).map((p) => p.located.file)).toEqual(files);
  });

  it('a window splits the flood: 1 minute between alerts 3 s apart changes nothing, 1 s splits every one', () => {
    expect(planReports(flood(), { windowMs: 60_000 })).toHaveLength(2);
    expect(planReports(flood(), { windowMs: 1_000 })).toHaveLength(43);
  });
});
