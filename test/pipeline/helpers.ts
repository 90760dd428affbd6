import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nock from 'nock';
import { expect } from 'vitest';
import { readAlerts, type LocatedAlert } from '../../src/alerts/read.js';
import type { FalcoAlert } from '../../src/alerts/schema.js';
import { checkReport } from '../../src/checks/run.js';
import { createProvider } from '../../src/llm/probe.js';
import type { LlmProvider } from '../../src/llm/provider.js';
import { offlineReport } from '../../src/report/offline.js';
import type { ModelReport } from '../../src/report/schema.js';
import { fastRetry, ollamaChat, openaiCompletion } from '../llm/helpers.js';

/** Every alert of fixtures/alerts (one-alert files and JSON lines) and fixtures/reports/*.alert.json. */
export function fixtureAlerts(filter: (file: string) => boolean = () => true): LocatedAlert[] {
  const found: LocatedAlert[] = [];
  for (const dir of ['fixtures/alerts', 'fixtures/reports']) {
    for (const name of readdirSync(dir).sort()) {
      if (!/\.(json|jsonl)$/.test(name) || !filter(name)) continue;
      const file = join(dir, name);
      found.push(...readAlerts(readFileSync(file, 'utf8'), file).alerts);
    }
  }
  return found;
}

export function fixtureAlert(name: string): FalcoAlert {
  const [only] = readAlerts(readFileSync(join('fixtures/alerts', name), 'utf8'), name).alerts;
  if (!only) throw new Error(`no alert in ${name}`);
  return only.alert;
}

/** The Markdown has zero error findings when checked against its alert, the way `falco-report check` would. */
export async function expectPassesChecker(markdown: string, alert: FalcoAlert): Promise<void> {
  const errors = (await checkReport(markdown, { file: 'report.md', alert })).filter((f) => f.severity === 'error');
  expect(errors.map((f) => `${f.line}: ${f.code} ${f.message}`)).toEqual([]);
}

export type ProviderKind = 'ollama' | 'openai';
export const PROVIDERS: ProviderKind[] = ['ollama', 'openai'];

const ENDPOINTS = {
  ollama: { origin: 'http://127.0.0.1:11434', path: '/api/chat' },
  // A non-local base URL: the pipeline treats it as remote and redacts.
  openai: { origin: 'https://api.openai.test', path: '/v1/chat/completions' },
} as const;

/**
 * A mocked model server at the HTTP layer: the real ollama/openai clients run against nock. Every request body is
 * recorded so tests can read what was sent (the repair prompt, the redacted alert).
 */
export function mockModel(kind: ProviderKind) {
  const { origin, path } = ENDPOINTS[kind];
  const bodies: Array<{ messages: Array<{ role: string; content: string }> } & Record<string, unknown>> = [];
  const interceptor = () =>
    nock(origin).post(path, (body) => {
      bodies.push(body as (typeof bodies)[number]);
      return true;
    });
  const completion = (content: string, extra: Record<string, unknown> = {}) =>
    kind === 'ollama' ? ollamaChat(content, extra) : openaiCompletion(content, extra as Parameters<typeof openaiCompletion>[1]);
  return {
    kind,
    bodies,
    /** The user prompt of request `i`. */
    promptOf: (i: number) => bodies[i]?.messages.find((m) => m.role === 'user')?.content ?? '',
    answer(report: ModelReport | string, times = 1) {
      interceptor()
        .times(times)
        .reply(200, completion(typeof report === 'string' ? report : JSON.stringify(report)));
    },
    /** Output cut off at the token limit (done_reason / finish_reason "length"). */
    truncatedOutput(report: ModelReport) {
      const text = JSON.stringify(report);
      interceptor().reply(200, completion(text.slice(0, Math.floor(text.length / 2)), kind === 'ollama' ? { done_reason: 'length' } : { finish_reason: 'length' }));
    },
    /** An HTTP body cut off mid-JSON. */
    truncatedBody(report: ModelReport) {
      const body = JSON.stringify(completion(JSON.stringify(report)));
      interceptor().reply(200, body.slice(0, Math.floor(body.length / 2)), { 'content-type': 'application/json' });
    },
    status(status: number, headers: Record<string, string> = {}) {
      interceptor().reply(status, kind === 'ollama' ? { error: `HTTP ${status} from the test server` } : { error: { message: `HTTP ${status} from the test server`, type: 'test' } }, headers);
    },
    delayed(ms: number, report: ModelReport) {
      interceptor().delay(ms).reply(200, completion(JSON.stringify(report)));
    },
    refuse(times = 1) {
      interceptor().times(times).replyWithError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:11434'), { code: 'ECONNREFUSED' }));
    },
    /** A provider on the real client, with recorded (instant) retry waits. */
    provider(options: { timeoutMs?: number; maxAttempts?: number } = {}): { provider: LlmProvider; delays: number[] } {
      const { retry, delays } = fastRetry(options.maxAttempts === undefined ? {} : { maxAttempts: options.maxAttempts });
      const common = { retry, env: {}, ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}) };
      const provider =
        kind === 'ollama'
          ? createProvider({ provider: 'ollama', host: origin, ...common })
          : createProvider({ provider: 'openai', apiKey: 'sk-test', baseURL: `${origin}/v1`, ...common });
      return { provider, delays };
    },
  };
}

export type MockModel = ReturnType<typeof mockModel>;

/** What a well-behaved model might return for any alert: the offline facts, in its own words, plus a benign note. */
export function cleanAnswer(alert: FalcoAlert): ModelReport {
  const facts = offlineReport(alert);
  return {
    ...facts,
    summary: `Falco rule \`${alert.rule}\` fired with priority ${alert.priority}. The evidence below shows what the rule saw.`,
    false_positive: 'An administrator doing planned maintenance can trigger this rule; confirm with the owner of the workload.',
  };
}

/** Inventions the checker knows: an option falco lacks, a rule key Falco ignores, a wrong config path, a fake ATT&CK id. */
export function inventedItems(alert: FalcoAlert): Pick<ModelReport, 'investigation' | 'rule_changes' | 'mitre' | 'remediation'> {
  return {
    mitre: ['T9999'],
    investigation: [{ purpose: 'Show only the alerts Falco raised.', command: 'falco --alert-only' }],
    remediation: [{ purpose: 'Read the Falco configuration.', command: 'cat /etc/falco/falco.conf' }],
    rule_changes: [{ purpose: 'Stop this alert for the container.', yaml: `- rule: ${alert.rule}\n  filter: container.id = abc123def456\n` }],
  };
}

export const INVENTED_TEXT = ['falco --alert-only', 'cat /etc/falco/falco.conf', 'filter: container.id = abc123def456'];

/** A clean answer with the inventions added on top of the real items. */
export function inventedAnswer(alert: FalcoAlert): ModelReport {
  const clean = cleanAnswer(alert);
  const bad = inventedItems(alert);
  return {
    ...clean,
    mitre: [...clean.mitre, ...bad.mitre],
    investigation: [...clean.investigation, ...bad.investigation],
    remediation: [...clean.remediation, ...bad.remediation],
    rule_changes: [...clean.rule_changes, ...bad.rule_changes],
  };
}

/** Nothing but inventions: every item fails, so nothing useful survives. */
export function allInventedAnswer(alert: FalcoAlert): ModelReport {
  return {
    summary: 'Falco flagged this event; run `falco --alert-only` to see more.',
    evidence: [{ field: 'proc.invented', value: 'nothing', meaning: 'Made up.' }],
    ...inventedItems(alert),
    config_changes: [],
    false_positive: null,
  };
}

/** Markdown sections by their `## ` heading. */
export function sections(markdown: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of markdown.split(/^## /m).slice(1)) {
    const newline = part.indexOf('\n');
    out.set(part.slice(0, newline).trim(), part.slice(newline + 1));
  }
  return out;
}

export const ADVICE_SECTIONS = ['Investigation', 'Remediation', 'Rule changes', 'Configuration changes', 'When this may be benign'];
