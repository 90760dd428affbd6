import { describe, expect, it } from 'vitest';
import { generateReportOutcome } from '../../src/pipeline/generate-report.js';
import { severityOf } from '../../src/report/severity.js';
import { cleanAnswer, expectPassesChecker, fixtureAlerts, INVENTED_TEXT, inventedAnswer, mockModel, PROVIDERS } from './helpers.js';

const alerts = fixtureAlerts();

describe('every fixture alert', () => {
  it('there are enough fixtures to mean something', () => {
    expect(alerts.length).toBeGreaterThanOrEqual(15);
    expect(new Set(alerts.map((a) => a.alert.rule)).size).toBeGreaterThanOrEqual(15);
  });

  it.each(alerts.map((a) => [`${a.file}:${a.line}`, a] as const))('%s: offline report passes the checker', async (_, { alert }) => {
    const { final, markdown } = await generateReportOutcome(alert, { provider: 'offline' });
    expect(final.factsOnly).toBe(true);
    expect(final.withheld.map((w) => w.findings.map((f) => `${f.code} ${f.message}`))).toEqual([]);
    expect(markdown).toContain(`**Severity:** ${severityOf(alert.priority)} (Falco priority ${alert.priority})`);
    await expectPassesChecker(markdown, alert);
  });

  it.each(alerts.map((a, i) => [`${a.file}:${a.line}`, a, PROVIDERS[i % 2]!] as const))(
    '%s: a clean mocked answer, then an answer that keeps inventing, both pass the checker (%s)',
    async (_, { alert }, kind) => {
      const clean = mockModel(kind);
      clean.answer(cleanAnswer(alert));
      const good = await generateReportOutcome(alert, { provider: clean.provider().provider });
      await expectPassesChecker(good.markdown, alert);
      expect(good.final.factsOnly).toBe(false);
      expect(good.final.withheld.map((w) => w.findings.map((f) => f.code + ' ' + f.message))).toEqual([]);

      const inventing = mockModel(kind);
      inventing.answer(inventedAnswer(alert), 2);
      const bad = await generateReportOutcome(alert, { provider: inventing.provider().provider, maxRepairs: 1 });
      await expectPassesChecker(bad.markdown, alert);
      expect(bad.final.withheld.length).toBeGreaterThanOrEqual(4);
      for (const text of INVENTED_TEXT) expect(bad.markdown).not.toContain(text);
    },
  );
});
