import { configChecks } from '../../checks/config/index.js';
import { checkReport } from '../../checks/run.js';
import { validateConfigText } from '../../falco/config/validate.js';
import type { Finding } from '../../findings/finding.js';
import { summarize } from '../../findings/summary.js';
import { formatResult, type OutputFormat } from '../../findings/format.js';
import { EXIT, UsageError, type CliIO } from '../io.js';
import { readInput } from '../read-input.js';

export interface CheckConfigOptions {
  format: OutputFormat;
  /** The Falco release the files target; the catalog's (0.44.1) by default. */
  falcoVersion?: string;
}

/** Markdown reports get the config checks over their blocks and commands; anything else is read as falco.yaml itself. */
function isMarkdown(file: string): boolean {
  return /\.(md|markdown)$/i.test(file);
}

function excerptOf(text: string, line: number): string | undefined {
  const raw = text.split(/\r?\n/)[line - 1]?.trim();
  if (!raw) return undefined;
  return raw.length > 160 ? `${raw.slice(0, 157)}...` : raw;
}

async function checkOne(file: string, text: string, falcoVersion: string | undefined): Promise<Finding[]> {
  if (isMarkdown(file)) return checkReport(text, { file, checks: configChecks, ...(falcoVersion ? { falcoVersion } : {}) });
  return validateConfigText(text, falcoVersion ? { falcoVersion } : {}).map((p) => {
    const excerpt = excerptOf(text, p.line);
    return {
      file,
      line: p.line,
      column: p.column,
      code: p.code,
      severity: p.severity,
      message: p.message,
      ...(excerpt ? { excerpt } : {}),
      ...(p.suggestion ? { suggestion: p.suggestion } : {}),
    };
  });
}

/**
 * `falco-report check-config <file...>`: checks falco.yaml files (or the falco.yaml parts of
 * Markdown reports) like Falco would read them. Exit 0 clean, 1 on errors, 2 on bad usage
 * (an unreadable file is a UsageError that names it).
 */
export async function runCheckConfig(files: string[], options: CheckConfigOptions, io: CliIO): Promise<number> {
  if (options.falcoVersion !== undefined && !/^\d+\.\d+(\.\d+)?$/.test(options.falcoVersion)) {
    throw new UsageError(`--falco-version takes a release number such as 0.44.1, not "${options.falcoVersion}"`);
  }
  const sources = await Promise.all(files.map(async (file) => ({ file, text: await readInput(file, io) })));
  const findings: Finding[] = [];
  for (const { file, text } of sources) findings.push(...(await checkOne(file, text, options.falcoVersion)));
  const result = summarize(findings, files.length);
  io.stdout(formatResult(result, options.format));
  return result.summary.errors > 0 ? EXIT.findings : EXIT.ok;
}
