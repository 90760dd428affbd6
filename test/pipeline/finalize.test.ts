import { beforeAll, describe, expect, it } from 'vitest';
import { errorsIn, finalizeReport, isUseful } from '../../src/pipeline/finalize.js';
import type { FinalReport } from '../../src/report/types.js';
import { loadShellParser, type ShellParser } from '../../src/shell/parser.js';
import { finalReport } from '../report/helpers.js';
import { cleanAnswer, expectPassesChecker, fixtureAlert } from './helpers.js';

let parser: ShellParser;
beforeAll(async () => {
  parser = await loadShellParser();
});

function draft(extra: Partial<FinalReport> = {}): FinalReport {
  const alert = fixtureAlert('terminal-shell-in-container.json');
  return finalReport(alert, cleanAnswer(alert), { factsOnly: false, provider: 'ollama', model: 'llama3.1:8b', timings: { totalMs: 0 }, ...extra });
}

describe('finalizeReport: the whole-document check', () => {
  it('returns a clean draft as it is', () => {
    const d = draft();
    const { final, markdown, mode } = finalizeReport(parser, d, 'r.md');
    expect(final).toEqual(d);
    expect(mode).toBe('checked');
    expect(errorsIn(parser, markdown, d.alert, 'r.md')).toEqual([]);
  });

  it('withholds an item the whole-document check finds, even one that never went through the gate', async () => {
    const d = draft();
    d.report = { ...d.report, remediation: [{ purpose: 'Only alerts.', command: 'falco --alert-only' }] };
    const { final, markdown } = finalizeReport(parser, d, 'r.md');
    expect(final.report.remediation).toEqual([]);
    expect(final.withheld).toEqual([expect.objectContaining({ ref: { section: 'remediation', index: 0 }, findings: [expect.objectContaining({ code: 'FR104' })] })]);
    expect(markdown).not.toContain('falco --alert-only');
    await expectPassesChecker(markdown, d.alert);
  });

  it('shows a notice that fails the checker, and finding messages, only in the JSON; the Markdown names the checks', async () => {
    const d = draft({
      notices: ['the server said: edit /etc/falco/falco.conf and retry'],
      withheld: [
        {
          ref: { section: 'mitre', index: 0 },
          item: 'T9999',
          findings: [{ file: 'r.md', line: 1, code: 'FR705', severity: 'error', message: 'T9999 is not an ATT&CK Enterprise id' }],
        },
      ],
    });
    const { final, markdown } = finalizeReport(parser, d, 'r.md');
    expect(final.notices).toEqual(d.notices);
    expect(final.withheld).toEqual(d.withheld);
    expect(markdown).not.toContain('falco.conf');
    expect(markdown).not.toContain('T9999');
    expect(markdown).toContain('MITRE id 1: FR705 (unknown-mitre-id)');
    await expectPassesChecker(markdown, d.alert);
  });

  it('falls back to facts-only when too little survives', async () => {
    const d = draft();
    d.report = { ...d.report, evidence: [], investigation: [] };
    expect(isUseful(d.report)).toBe(false);
    const { final, markdown } = finalizeReport(parser, d, 'r.md');
    expect(final.factsOnly).toBe(true);
    expect(isUseful(final.report)).toBe(true);
    expect(final.notices.join(' ')).toMatch(/facts-only report: too little/);
    await expectPassesChecker(markdown, d.alert);
  });
});
