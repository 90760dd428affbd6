import { configChecks } from '../../checks/config/index.js';
import { checkReport } from '../../checks/run.js';
import { validateConfigText } from '../../falco/config/validate.js';
import type { Finding } from '../../findings/finding.js';
import type { OutputFormat } from '../../findings/format.js';
import { problemToFinding } from '../../falco/rules/files.js';
import { UsageError, type CliIO } from '../io.js';
import { readInput } from '../read-input.js';
import { printResult } from './print-result.js';

export interface CheckConfigOptions {
  format: OutputFormat;
  /** The Falco release the files target; the catalog's (0.44.1) by default. */
  falcoVersion?: string;
}

/** Markdown reports get the config checks over their blocks and commands; anything else is read as falco.yaml itself. */
function isMarkdown(file: string): boolean {
  return /\.(md|markdown)$/i.test(file);
}

async function checkOne(file: string, text: string, falcoVersion: string | undefined): Promise<Finding[]> {
  if (isMarkdown(file)) return checkReport(text, { file, checks: configChecks, ...(falcoVersion ? { falcoVersion } : {}) });
  const lines = text.split(/\r?\n/);
  return validateConfigText(text, falcoVersion ? { falcoVersion } : {}).map((p) => problemToFinding(file, p, lines));
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
  return printResult(findings, files.length, options.format, io);
}
