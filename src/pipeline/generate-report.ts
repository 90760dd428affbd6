import type { FalcoAlert } from '../alerts/schema.js';
import { LlmError } from '../llm/errors.js';
import type { GenerateResult, LlmProvider } from '../llm/provider.js';
import { buildRepairPrompt, buildReportPrompt, PROMPT_VERSION, restoreDeep, type BuiltPrompt, type RedactOptions, type RepairFailure } from '../prompt/index.js';
import { gateReport, type GateResult } from '../report/gate.js';
import { modelReportJsonSchema, REPORT_SCHEMA_NAME, type ModelReport } from '../report/schema.js';
import type { FinalReport, IncidentSummary, LlmCall } from '../report/types.js';
import { loadShellParser, type ShellParser } from '../shell/parser.js';
import { emptyReport, factsOnlyReport, finalizeReport } from './finalize.js';
import { isRemoteProvider } from './locality.js';
import { parseModelAnswer, validateModelAnswer } from './model-answer.js';

/**
 * Alert → checked report. The model's answer is gated item by item, repaired with the checker's findings, and
 * whatever still fails is withheld; the whole rendered report is checked once more before it is returned. Every
 * path (clean answer, repaired answer, withheld items, facts-only, provider failure) ends in a report whose
 * Markdown has zero checker errors.
 */

export type RedactChoice = Pick<RedactOptions, 'hosts' | 'users' | 'ips'>;

export type ProgressEvent =
  | { type: 'request'; kind: LlmCall['kind']; call: number }
  | { type: 'answer'; kind: LlmCall['kind']; call: number; failures: number; latencyMs: number }
  | { type: 'provider-error'; error: LlmError }
  | { type: 'fallback'; reason: string };

export interface GenerateOptions {
  provider: LlmProvider | 'offline';
  /** Repair rounds after the first answer (default 2): each costs one more model call. */
  maxRepairs?: number;
  /**
   * What to replace before the alert goes to the model. Default: everything (hosts, users, IPs) for a remote
   * provider, nothing for a local one. Secrets are always redacted for a remote provider.
   */
  redact?: RedactChoice;
  signal?: AbortSignal;
  onProgress?: (event: ProgressEvent) => void;
  /** Name used in findings (default: `<rule slug>.md`). */
  file?: string;
  /** Sampling temperature (default 0: a report is not creative writing, and repairs should converge). */
  temperature?: number;
  /**
   * The incident this alert stands for (it is the incident's first alert). The prompt and the checker still see
   * this alert alone; the report says how many alerts it groups and when they came.
   */
  incident?: IncidentSummary;
}

export interface GenerateOutcome {
  final: FinalReport;
  /** The Markdown of `final`, already checked with zero errors. */
  markdown: string;
  /**
   * Set when the model could not be used at all (its first call failed after the provider's retries), so the
   * report is facts-only because of it. A failed repair call only adds a notice: the checked items are kept.
   */
  providerError?: LlmError;
}

export const DEFAULT_MAX_REPAIRS = 2;
const ALL_REDACTIONS: RedactChoice = { hosts: true, users: true, ips: true };

/** What is replaced before an alert is sent: the caller's choice, else everything for a remote provider and nothing for a local one. */
export function redactionFor(remote: boolean, redact?: RedactChoice): RedactChoice {
  return redact ?? (remote ? ALL_REDACTIONS : {});
}

/** The prompt exactly as generateReport would send it (for --dry-run), with the redaction it would apply. */
export function promptFor(alert: FalcoAlert, provider: Pick<LlmProvider, 'name' | 'endpoint'>, redact?: RedactChoice): BuiltPrompt {
  const remote = isRemoteProvider(provider);
  return buildReportPrompt(alert, { remote, redact: redactionFor(remote, redact) });
}

export async function generateReport(alert: FalcoAlert, options: GenerateOptions): Promise<FinalReport> {
  return (await generateReportOutcome(alert, options)).final;
}

export async function generateReportOutcome(alert: FalcoAlert, options: GenerateOptions): Promise<GenerateOutcome> {
  const started = performance.now();
  const parser = await loadShellParser();
  const file = options.file ?? 'report.md';
  const provider = options.provider;
  const base: FinalReport = {
    alert,
    report: emptyReport(),
    withheld: [],
    factsOnly: false,
    provider: provider === 'offline' ? 'offline' : provider.name,
    model: provider === 'offline' ? 'none' : provider.model,
    promptVersion: provider === 'offline' ? 'none' : PROMPT_VERSION,
    calls: [],
    timings: { totalMs: 0 },
    notices: [],
    ...(options.incident ? { incident: options.incident } : {}),
  };

  let draft: FinalReport;
  let providerError: LlmError | undefined;
  if (provider === 'offline') {
    draft = factsOnlyReport(parser, base, 'offline report: built from the alert alone, no model was used', file);
  } else {
    const answered = await askModel(parser, alert, provider, options, file);
    if (!answered.chosen) {
      // The first call failed after the provider's own retries: the alert still gets a (facts-only) report.
      providerError = answered.providerError;
      const why = providerError ? `the model could not be used: ${providerError.message}` : 'the model gave no answer';
      options.onProgress?.({ type: 'fallback', reason: why });
      draft = factsOnlyReport(parser, { ...base, calls: answered.calls }, `facts-only report: ${why}`, file);
    } else {
      const notices = answered.providerError
        ? [`a repair request failed (${answered.providerError.message}); the report keeps only the items that passed the checker`]
        : [];
      draft = { ...base, calls: answered.calls, report: answered.chosen.passed, withheld: answered.chosen.failures, notices };
    }
  }

  const done = finalizeReport(parser, draft, file);
  // Timings appear only in the JSON report (renderMarkdown never reads them), so the checked Markdown stays valid.
  const final: FinalReport = { ...done.final, timings: { totalMs: Math.round(performance.now() - started) } };
  return { final, markdown: done.markdown, ...(providerError ? { providerError } : {}) };
}

interface ModelAnswers {
  /** The gated answer to use: the one with the fewest failing items, the latest on a tie. */
  chosen?: GateResult;
  calls: LlmCall[];
  providerError?: LlmError;
}

/** The initial call and up to maxRepairs repair calls, each answer gated; stops at the first clean answer. */
async function askModel(parser: ShellParser, alert: FalcoAlert, provider: LlmProvider, options: GenerateOptions, file: string): Promise<ModelAnswers> {
  const maxRepairs = Math.max(0, options.maxRepairs ?? DEFAULT_MAX_REPAIRS);
  const schema = modelReportJsonSchema();
  const calls: LlmCall[] = [];
  let prompt = promptFor(alert, provider, options.redact);
  let chosen: GateResult | undefined;

  for (let call = 1; call <= maxRepairs + 1; call++) {
    const kind: LlmCall['kind'] = call === 1 ? 'initial' : 'repair';
    options.onProgress?.({ type: 'request', kind, call });
    let result: GenerateResult;
    try {
      result = await provider.generate({
        system: prompt.system,
        prompt: prompt.prompt,
        schema,
        schemaName: REPORT_SCHEMA_NAME,
        temperature: options.temperature ?? 0,
        validate: validateModelAnswer,
        ...(options.signal ? { signal: options.signal } : {}),
      });
    } catch (error) {
      // A caller's abort is not a model failure: let it through rather than hiding it in a facts-only report.
      if (options.signal?.aborted || !(error instanceof LlmError)) throw error;
      options.onProgress?.({ type: 'provider-error', error });
      return { ...(chosen ? { chosen } : {}), calls, providerError: error };
    }

    // Redaction tokens go back before the gate: the checker compares with the real alert.
    const answer: ModelReport = restoreDeep(parseModelAnswer(result.text), prompt.redactions);
    const gated = gateReport(parser, answer, alert, { file });
    const errors = gated.failures.reduce((n, f) => n + f.findings.length, 0);
    calls.push({
      attempt: call,
      kind,
      latencyMs: result.latencyMs,
      ...(result.usage?.inputTokens !== undefined ? { inputTokens: result.usage.inputTokens } : {}),
      ...(result.usage?.outputTokens !== undefined ? { outputTokens: result.usage.outputTokens } : {}),
      errors,
    });
    options.onProgress?.({ type: 'answer', kind, call, failures: gated.failures.length, latencyMs: result.latencyMs });
    if (!chosen || gated.failures.length <= chosen.failures.length) chosen = gated;
    if (gated.failures.length === 0 || call > maxRepairs) break;
    prompt = buildRepairPrompt(prompt, answer, repairFailures(gated));
  }
  return { ...(chosen ? { chosen } : {}), calls };
}

/** One line per finding, so the model sees every problem of an item and the real alternative where known. */
function repairFailures(gated: GateResult): RepairFailure[] {
  return gated.failures.flatMap((failure) =>
    failure.findings.map((f) => ({ ref: failure.ref, message: f.message, ...(f.suggestion ? { suggestion: f.suggestion } : {}) })),
  );
}
