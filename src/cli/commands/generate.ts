import { mkdir } from 'node:fs/promises';
import pLimit from 'p-limit';
import { AlertInputError, formatProblem, readAlerts, readAlertsFromFile, type LocatedAlert } from '../../alerts/read.js';
import { STDIN_NAME } from '../../alerts/input.js';
import { LlmError } from '../../llm/errors.js';
import { resolveOllamaHost } from '../../llm/ollama.js';
import { REPORT_SCHEMA_NAME } from '../../report/schema.js';
import { jsonReport, renderJson } from '../../report/render.js';
import { generateReportOutcome, promptFor, type GenerateOutcome, type RedactChoice } from '../../pipeline/generate-report.js';
import { isRemoteEndpoint } from '../../pipeline/locality.js';
import { defaultConcurrency, dryRunTarget, setupProvider, type ProviderFlag } from '../../pipeline/provider-setup.js';
import { planReports, type PlannedReport } from '../../pipeline/plan-incidents.js';
import { NameAllocator, writeFileAtomic } from '../../pipeline/report-files.js';
import { EXIT, UsageError, type CliIO } from '../io.js';

/**
 * `falco-report generate`: alerts in, checked reports out. Reports go to stdout (Markdown separated by `---`
 * lines, or one JSON document per line) or, with --out, one file per alert; progress and notices go to stderr
 * only, so stdout can be piped. One alert's failure never costs the others their reports.
 * By default a flood (the same rule on the same host/container/process, again and again) is one incident with one
 * report, written from its first alert; --no-group gives one report per alert.
 */

export type OutputFormatFlag = 'md' | 'json' | 'both';

export interface GenerateCommandOptions {
  provider: ProviderFlag;
  model?: string;
  out?: string;
  format: OutputFormatFlag;
  maxRepairs: number;
  dryRun?: boolean;
  concurrency?: number;
  redact?: RedactChoice;
  ollamaHost?: string;
  /** Seconds per model request. */
  timeout?: number;
  /** Retries of a failed model request (not counting repairs). */
  retries?: number;
  /** Group floods into incidents (default true; commander's --no-group sets false). */
  group?: boolean;
  /** Largest gap, in minutes, between consecutive alerts of one incident (default 10). */
  groupWindow?: number;
}

/**
 * Exit codes of `generate`, most serious last; when several apply the highest wins.
 * 2 (bad usage, unreadable or wholly unusable input) stops before any report is made.
 */
export const GENERATE_EXIT = {
  ok: EXIT.ok,
  /** Some input records were not alerts (bad JSON lines...): they were skipped, every alert got its report. */
  skipped: 1,
  usage: EXIT.usage,
  /** The model failed for at least one alert (after retries): that alert got a facts-only report. */
  modelFailed: 3,
  /** At least one alert got no report at all (it could not be written, or an internal error). */
  lost: 4,
} as const;

const SEPARATOR = '\n---\n\n';

export async function runGenerate(inputs: string[], options: GenerateCommandOptions, io: CliIO): Promise<number> {
  if (options.format === 'both' && !options.out) throw new UsageError('--format both writes two files per alert and needs --out DIR');
  if (options.ollamaHost !== undefined) {
    try {
      resolveOllamaHost(options.ollamaHost);
    } catch (error) {
      throw new UsageError(`--ollama-host: ${(error as Error).message}`);
    }
  }
  const read = await readInputs(inputs, io);
  let exit: number = read.skipped ? GENERATE_EXIT.skipped : GENERATE_EXIT.ok;
  const alerts = read.alerts;
  const reports = planReports(alerts, {
    group: options.group !== false,
    ...(options.groupWindow !== undefined ? { windowMs: options.groupWindow * 60_000 } : {}),
  });
  if (options.group !== false) {
    io.stderr(`falco-report: ${alerts.length} alert${alerts.length === 1 ? '' : 's'} \u2192 ${reports.length} incident${reports.length === 1 ? '' : 's'}\n`);
  }

  if (options.dryRun) {
    printDryRun(reports, options, io);
    return exit;
  }

  let setup;
  try {
    setup = await setupProvider({
      provider: options.provider,
      ...(options.model ? { model: options.model } : {}),
      ...(options.ollamaHost ? { ollamaHost: options.ollamaHost } : {}),
      ...(options.timeout !== undefined ? { timeoutMs: Math.round(options.timeout * 1000) } : {}),
      ...(options.retries !== undefined ? { retry: { maxAttempts: options.retries + 1 } } : {}),
      ...(options.redact ? { redact: options.redact } : {}),
    });
  } catch (error) {
    // An explicit provider that cannot even be built (no API key): a configuration problem, said plainly.
    if (error instanceof LlmError) throw new UsageError(error.message);
    throw error;
  }
  for (const notice of setup.notices) io.stderr(`falco-report: ${notice}\n`);

  if (options.out) {
    try {
      await mkdir(options.out, { recursive: true });
    } catch (error) {
      throw new UsageError(`cannot create output directory ${options.out}: ${(error as Error).message}`);
    }
  }

  const names = new NameAllocator();
  const planned = reports.map((report) => ({ ...report, name: names.allocate(report.located.alert) }));
  const limit = pLimit(options.concurrency ?? defaultConcurrency(setup.provider));
  const stdout = new OrderedWriter(io, options.format);
  const seenNotices = new Set<string>();
  let done = 0;

  await Promise.all(
    planned.map(({ located, name, count, incident }, index) =>
      limit(async () => {
        const where = `${located.file}:${located.line}${count > 1 ? ` (+${count - 1} alert${count === 2 ? '' : 's'})` : ''}`;
        let outcome: GenerateOutcome;
        try {
          outcome = await generateReportOutcome(located.alert, {
            provider: setup.provider,
            maxRepairs: options.maxRepairs,
            file: `${name}.md`,
            ...(options.redact ? { redact: options.redact } : {}),
            ...(incident ? { incident } : {}),
          });
        } catch (error) {
          exit = Math.max(exit, GENERATE_EXIT.lost);
          io.stderr(`falco-report: ${where}: ${located.alert.rule}: no report: ${(error as Error).message}\n`);
          stdout.skip(index);
          return;
        }
        if (outcome.providerError) exit = Math.max(exit, GENERATE_EXIT.modelFailed);
        for (const notice of outcome.final.notices) {
          if (seenNotices.has(notice) || setup.provider === 'offline') continue;
          seenNotices.add(notice);
          io.stderr(`falco-report: ${where}: ${notice}\n`);
        }
        let destination = 'stdout';
        if (options.out) {
          try {
            destination = (await writeReportFiles(options.out, name, outcome, options.format)).join(' and ');
          } catch (error) {
            exit = Math.max(exit, GENERATE_EXIT.lost);
            io.stderr(`falco-report: ${where}: ${located.alert.rule}: cannot write the report: ${(error as Error).message}\n`);
            return;
          }
        } else {
          stdout.put(index, outcome);
        }
        done++;
        io.stderr(`falco-report: [${done}/${planned.length}] ${where} ${located.alert.rule}: ${summaryOf(outcome)} -> ${destination}\n`);
      }),
    ),
  );
  return exit;
}

/** Reads every input before any model call: a missing file or a file with no usable alert is a usage error (2). */
async function readInputs(inputs: string[], io: CliIO): Promise<{ alerts: LocatedAlert[]; skipped: boolean }> {
  if (inputs.filter((i) => i === '-').length > 1) throw new UsageError('stdin (-) can be given only once');
  const alerts: LocatedAlert[] = [];
  let skipped = false;
  for (const input of inputs) {
    let result;
    try {
      result = input === '-' ? readAlerts(await io.stdin(), STDIN_NAME) : await readAlertsFromFile(input);
    } catch (error) {
      if (error instanceof AlertInputError) throw new UsageError(error.message);
      throw error;
    }
    const name = input === '-' ? STDIN_NAME : input;
    if (result.alerts.length === 0 && result.problems.length > 0) {
      const listed = result.problems.slice(0, 5).map(formatProblem).join('\n');
      const more = result.problems.length > 5 ? `\n(and ${result.problems.length - 5} more)` : '';
      throw new UsageError(`${name}: no Falco alert in it:\n${listed}${more}`);
    }
    if (result.alerts.length === 0) {
      io.stderr(`falco-report: ${name}: empty, no alert in it\n`);
      continue;
    }
    for (const problem of result.problems) io.stderr(`${formatProblem(problem)} (skipped)\n`);
    if (result.problems.length > 0) skipped = true;
    alerts.push(...result.alerts);
  }
  if (alerts.length === 0) throw new UsageError(`no alert in ${inputs.join(', ')}`);
  return { alerts, skipped };
}

async function writeReportFiles(dir: string, name: string, outcome: GenerateOutcome, format: OutputFormatFlag): Promise<string[]> {
  const written: string[] = [];
  if (format === 'md' || format === 'both') written.push(await writeFileAtomic(dir, `${name}.md`, outcome.markdown));
  if (format === 'json' || format === 'both') written.push(await writeFileAtomic(dir, `${name}.json`, renderJson(outcome.final)));
  return written;
}

function summaryOf(outcome: GenerateOutcome): string {
  const { final } = outcome;
  const parts = [final.provider === 'offline' ? 'offline' : `${final.provider} ${final.model}`];
  if (final.calls.length > 0) parts.push(`${final.calls.length} call${final.calls.length === 1 ? '' : 's'}`);
  if (final.withheld.length > 0) parts.push(`${final.withheld.length} item${final.withheld.length === 1 ? '' : 's'} withheld`);
  if (final.factsOnly && final.provider !== 'offline') parts.push('facts only');
  parts.push(`${(final.timings.totalMs / 1000).toFixed(1)} s`);
  return parts.join(', ');
}

/**
 * Prints reports to stdout in input order although they finish in any order: each waits for the ones before it.
 * Markdown reports are separated by `---` lines; JSON reports are one compact document per line.
 */
class OrderedWriter {
  private readonly ready = new Map<number, GenerateOutcome | null>();
  private next = 0;
  private printed = 0;
  constructor(
    private readonly io: CliIO,
    private readonly format: OutputFormatFlag,
  ) {}

  put(index: number, outcome: GenerateOutcome): void {
    this.ready.set(index, outcome);
    this.flush();
  }

  skip(index: number): void {
    this.ready.set(index, null);
    this.flush();
  }

  private flush(): void {
    while (this.ready.has(this.next)) {
      const outcome = this.ready.get(this.next);
      this.ready.delete(this.next);
      this.next++;
      if (!outcome) continue;
      if (this.format === 'json') {
        this.io.stdout(`${JSON.stringify(jsonReport(outcome.final))}\n`);
      } else {
        this.io.stdout(`${this.printed > 0 ? SEPARATOR : ''}${outcome.markdown}`);
      }
      this.printed++;
    }
  }
}

/** Exactly what would be sent, per report (alert or incident), after redaction; nothing is sent and nothing is probed. */
function printDryRun(reports: PlannedReport[], options: GenerateCommandOptions, io: CliIO): void {
  const { target, notices } = dryRunTarget({
    provider: options.provider,
    ...(options.model ? { model: options.model } : {}),
    ...(options.ollamaHost ? { ollamaHost: options.ollamaHost } : {}),
  });
  for (const notice of notices) io.stderr(`falco-report: ${notice}\n`);
  reports.forEach(({ located, count }, i) => {
    const grouped = count > 1 ? ` (incident of ${count} alerts; the first one is sent)` : '';
    const head = `# Dry run: ${located.file}:${located.line}: ${located.alert.rule}${grouped}\n\n`;
    if (target === 'offline') {
      io.stdout(`${i > 0 ? SEPARATOR : ''}${head}provider: offline\nNothing would be sent: the offline provider uses no model.\n`);
      return;
    }
    const prompt = promptFor(located.alert, target, options.redact);
    const remote = isRemoteEndpoint(target.endpoint);
    const lines = [
      `provider: ${target.name}`,
      `endpoint: ${target.endpoint ?? ''} (${remote ? 'remote' : 'local'})`,
      `model: ${target.model}`,
      `schema: ${REPORT_SCHEMA_NAME}`,
      `prompt version: ${prompt.version}`,
      `redacted values: ${Object.keys(prompt.redactions.values).length}, secrets: ${prompt.redactions.secrets}`,
      '',
      '## system',
      '',
      prompt.system.trimEnd(),
      '',
      '## prompt',
      '',
      prompt.prompt.trimEnd(),
      '',
    ];
    io.stdout(`${i > 0 ? SEPARATOR : ''}${head}${lines.join('\n')}`);
  });
}

// Option parsers: a bad value is a commander error, which the program turns into exit 2.
