import { describe, expect, it } from 'vitest';
import { LlmError } from '../../src/llm/errors.js';
import { generateReport, generateReportOutcome } from '../../src/pipeline/generate-report.js';
import { renderJson } from '../../src/report/render.js';
import type { ModelReport } from '../../src/report/schema.js';
import {
  INVENTED_TEXT,
  PROVIDERS,
  allInventedAnswer,
  cleanAnswer,
  expectPassesChecker,
  fixtureAlert,
  inventedAnswer,
  mockModel,
  sections,
} from './helpers.js';

const alert = () => fixtureAlert('terminal-shell-in-container.json');

describe.each(PROVIDERS)('generateReport with %s (mocked at HTTP level)', (kind) => {
  it('happy path: a clean answer becomes a report with all its items, and the Markdown passes the checker', async () => {
    const a = alert();
    const model = mockModel(kind);
    model.answer(cleanAnswer(a));
    const { provider } = model.provider();

    const { final, markdown, providerError } = await generateReportOutcome(a, { provider });

    expect(providerError).toBeUndefined();
    expect(final.report).toEqual(cleanAnswer(a));
    expect(final).toMatchObject({ factsOnly: false, withheld: [], provider: kind, promptVersion: 'report.v1' });
    expect(final.calls).toEqual([expect.objectContaining({ attempt: 1, kind: 'initial', errors: 0, inputTokens: expect.any(Number), outputTokens: expect.any(Number) })]);
    expect(final.timings.totalMs).toEqual(expect.any(Number));
    expect(model.bodies).toHaveLength(1);
    await expectPassesChecker(markdown, a);
    // The schema went out with the request, under its name.
    const body = model.bodies[0]!;
    if (kind === 'openai') expect(body).toMatchObject({ response_format: { type: 'json_schema', json_schema: { name: 'falco_incident_report', strict: true } } });
    else expect(body['format']).toMatchObject({ type: 'object' });
  });

  it('repairs an invented first answer: the second request carries the findings, and the report is clean', async () => {
    const a = alert();
    const model = mockModel(kind);
    model.answer(inventedAnswer(a));
    model.answer(cleanAnswer(a));
    const { provider } = model.provider();

    const { final, markdown } = await generateReportOutcome(a, { provider });

    expect(model.bodies).toHaveLength(2);
    const repair = model.promptOf(1);
    expect(repair).toContain('What the checker found');
    expect(repair).toContain('falco has no option --alert-only');
    expect(repair).toContain('/etc/falco/falco.conf does not exist');
    expect(repair).toContain("'filter' is not a rule key");
    expect(repair).toContain('T9999');
    expect(final.report).toEqual(cleanAnswer(a));
    expect(final.withheld).toEqual([]);
    expect(final.calls.map((c) => [c.kind, c.errors > 0])).toEqual([
      ['initial', true],
      ['repair', false],
    ]);
    await expectPassesChecker(markdown, a);
  });

  it('invention every time: the invented items are withheld with a visible note, the rest is kept', async () => {
    const a = alert();
    const model = mockModel(kind);
    model.answer(inventedAnswer(a), 3);
    const { provider } = model.provider();

    const { final, markdown } = await generateReportOutcome(a, { provider, maxRepairs: 2 });

    expect(model.bodies).toHaveLength(3);
    expect(final.factsOnly).toBe(false);
    expect(final.report).toEqual(cleanAnswer(a));
    expect(final.withheld.map((w) => w.ref.section).sort()).toEqual(['investigation', 'mitre', 'remediation', 'rule_changes']);
    const withheld = sections(markdown).get('Withheld') ?? '';
    expect(withheld).toMatch(/investigation step \d+: FR104 \(unknown-option\)/);
    expect(withheld).toMatch(/rule change \d+: FR902/);
    for (const text of INVENTED_TEXT) expect(markdown).not.toContain(text);
    // The JSON keeps the withheld items as the model wrote them, for debugging.
    const json = JSON.parse(renderJson(final)) as { withheld: Array<{ item: unknown }> };
    expect(JSON.stringify(json.withheld)).toContain('falco --alert-only');
    await expectPassesChecker(markdown, a);
  });

  it('invention everywhere: nothing useful survives, so the report is facts-only', async () => {
    const a = alert();
    const model = mockModel(kind);
    model.answer(allInventedAnswer(a), 2);
    const { provider } = model.provider();

    const { final, markdown } = await generateReportOutcome(a, { provider, maxRepairs: 1 });

    expect(model.bodies).toHaveLength(2);
    expect(final.factsOnly).toBe(true);
    expect(final.report.evidence.length).toBeGreaterThan(0);
    expect(final.notices.join(' ')).toMatch(/facts-only/);
    expect(markdown).toContain('**Facts only.**');
    for (const text of INVENTED_TEXT) expect(markdown).not.toContain(text);
    await expectPassesChecker(markdown, a);
  });

  it('429 with Retry-After, then success: the wait follows the header', async () => {
    const a = alert();
    const model = mockModel(kind);
    model.status(429, { 'retry-after': '2' });
    model.answer(cleanAnswer(a));
    const { provider, delays } = model.provider();

    const { final, markdown } = await generateReportOutcome(a, { provider });

    expect(delays).toEqual([2000]);
    expect(final.factsOnly).toBe(false);
    expect(final.report).toEqual(cleanAnswer(a));
    await expectPassesChecker(markdown, a);
  });

  it('500, then success', async () => {
    const a = alert();
    const model = mockModel(kind);
    model.status(500);
    model.answer(cleanAnswer(a));
    const { provider, delays } = model.provider();

    const final = await generateReport(a, { provider });

    expect(delays).toHaveLength(1);
    expect(final.report).toEqual(cleanAnswer(a));
  });

  it('a timeout is retried; a model that never answers in time gives a facts-only report naming the timeout', async () => {
    const a = alert();
    const model = mockModel(kind);
    model.delayed(400, cleanAnswer(a));
    model.answer(cleanAnswer(a));
    const retried = await generateReport(a, { provider: model.provider({ timeoutMs: 80 }).provider });
    expect(retried.report).toEqual(cleanAnswer(a));

    const slow = mockModel(kind);
    slow.delayed(400, cleanAnswer(a));
    slow.delayed(400, cleanAnswer(a));
    const { final, markdown, providerError } = await generateReportOutcome(a, { provider: slow.provider({ timeoutMs: 80, maxAttempts: 2 }).provider });
    expect(providerError?.kind).toBe('timeout');
    expect(final.factsOnly).toBe(true);
    expect(final.notices.join(' ')).toMatch(/did not answer within 80 ms/);
    await expectPassesChecker(markdown, a);
  });

  it('malformed JSON from the model is a failed attempt that is retried', async () => {
    const a = alert();
    const model = mockModel(kind);
    model.answer('{"summary": "half a report", evidence: [');
    model.answer(JSON.stringify({ summary: 'wrong shape' }));
    model.answer(cleanAnswer(a));
    const { provider, delays } = model.provider();

    const { final, markdown } = await generateReportOutcome(a, { provider });

    expect(model.bodies).toHaveLength(3);
    expect(delays).toHaveLength(2);
    expect(final.report).toEqual(cleanAnswer(a));
    await expectPassesChecker(markdown, a);
  });

  it('a truncated body or truncated output is retried', async () => {
    const a = alert();
    const model = mockModel(kind);
    model.truncatedBody(cleanAnswer(a));
    model.truncatedOutput(cleanAnswer(a));
    model.answer(cleanAnswer(a));
    const { provider } = model.provider();

    const { final, markdown } = await generateReportOutcome(a, { provider });

    expect(model.bodies).toHaveLength(3);
    expect(final.report).toEqual(cleanAnswer(a));
    await expectPassesChecker(markdown, a);
  });

  it('malformed answers every time: facts-only with a notice saying the answer was unusable', async () => {
    const a = alert();
    const model = mockModel(kind);
    model.answer('not json at all', 3);
    const { final, markdown, providerError } = await generateReportOutcome(a, { provider: model.provider().provider });
    expect(providerError?.kind).toBe('bad_response');
    expect(final.factsOnly).toBe(true);
    expect(final.notices.join(' ')).toMatch(/unusable answer/);
    await expectPassesChecker(markdown, a);
  });

  it('unreachable host: facts-only report with a clear notice', async () => {
    const a = alert();
    const model = mockModel(kind);
    model.refuse(3);
    const { provider } = model.provider();

    const { final, markdown, providerError } = await generateReportOutcome(a, { provider });

    expect(providerError).toBeInstanceOf(LlmError);
    expect(providerError?.kind).toBe('unreachable');
    expect(final.factsOnly).toBe(true);
    expect(final.calls).toEqual([]);
    expect(final.notices.join(' ')).toMatch(/facts-only report: the model could not be used: cannot reach .* \(connection refused, 3 attempts\)/);
    expect(markdown).toContain('cannot reach');
    await expectPassesChecker(markdown, a);
  });

  it('a failed repair call keeps the checked items of the first answer', async () => {
    const a = alert();
    const model = mockModel(kind);
    model.answer(inventedAnswer(a));
    model.status(400);
    const { final, markdown, providerError } = await generateReportOutcome(a, { provider: model.provider().provider });
    expect(providerError).toBeUndefined();
    expect(final.factsOnly).toBe(false);
    expect(final.report).toEqual(cleanAnswer(a));
    expect(final.withheld).toHaveLength(4);
    expect(final.notices.join(' ')).toMatch(/a repair request failed/);
    await expectPassesChecker(markdown, a);
  });
});

describe('generateReport: options', () => {
  it('redacts hosts, users and IPs for a remote provider, and restores them in the report', async () => {
    const a = fixtureAlert('disallowed-ssh-connection-non-standard-port.json');
    const model = mockModel('openai');
    const answer: ModelReport = cleanAnswer(a);
    // The model answers in tokens, as it saw them.
    model.answer(JSON.stringify(answer).split(String(a.hostname)).join('[HOST-1]'));
    const { final, markdown } = await generateReportOutcome(a, { provider: model.provider().provider });
    const sent = model.promptOf(0);
    expect(sent).not.toContain(String(a.hostname));
    expect(sent).toContain('[HOST-1]');
    expect(final.report.summary).toBe(answer.summary);
    await expectPassesChecker(markdown, a);
  });

  it('sends a local provider the alert as it is, unless asked to redact', async () => {
    const a = fixtureAlert('disallowed-ssh-connection-non-standard-port.json');
    const local = mockModel('ollama');
    local.answer(cleanAnswer(a), 2);
    await generateReport(a, { provider: local.provider().provider });
    expect(local.promptOf(0)).toContain(String(a.hostname));
    await generateReport(a, { provider: local.provider().provider, redact: { hosts: true } });
    expect(local.promptOf(1)).not.toContain(String(a.hostname));
  });

  it('maxRepairs 0 makes exactly one call', async () => {
    const a = alert();
    const model = mockModel('ollama');
    model.answer(inventedAnswer(a));
    const final = await generateReport(a, { provider: model.provider().provider, maxRepairs: 0 });
    expect(model.bodies).toHaveLength(1);
    expect(final.withheld).toHaveLength(4);
  });

  it('reports progress and passes an abort through instead of hiding it in a facts-only report', async () => {
    const a = alert();
    const model = mockModel('ollama');
    model.answer(inventedAnswer(a));
    model.answer(cleanAnswer(a));
    const events: string[] = [];
    await generateReport(a, { provider: model.provider().provider, onProgress: (e) => events.push(`${e.type}:${'kind' in e ? e.kind : ''}`) });
    expect(events).toEqual(['request:initial', 'answer:initial', 'request:repair', 'answer:repair']);

    const aborted = mockModel('ollama');
    aborted.delayed(2000, cleanAnswer(a));
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('stopped by the user')), 50);
    await expect(generateReport(a, { provider: aborted.provider().provider, signal: controller.signal })).rejects.toThrow('stopped by the user');
  });

  it('offline: a facts-only report with no calls', async () => {
    const a = alert();
    const { final, markdown } = await generateReportOutcome(a, { provider: 'offline' });
    expect(final).toMatchObject({ factsOnly: true, provider: 'offline', calls: [] });
    await expectPassesChecker(markdown, a);
  });
});
