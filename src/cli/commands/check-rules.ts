import type { OutputFormat } from '../../findings/format.js';
import { checkRulesFiles, type RulesFileInput } from '../../falco/rules/files.js';
import { EXIT, UsageError, type CliIO } from '../io.js';
import { readInput } from '../read-input.js';
import { printResult } from './print-result.js';

export interface CheckRulesOptions {
  format: OutputFormat;
  /** The Falco release the rules are for; the catalog's (0.44.1) by default. */
  falcoVersion?: string;
}

/**
 * `falco-report check-rules <file...>`: checks Falco rules files like Falco would load them, in
 * the order given. Same output contract as `check`: exit 0 without errors, 1 with errors, 2 when
 * a file cannot be read (the message names it).
 */
export async function runCheckRules(files: string[], options: CheckRulesOptions, io: CliIO): Promise<number> {
  let inputs: RulesFileInput[];
  try {
    inputs = [];
    // In order: Falco loads rules_files one after the other, and so must overrides be resolved.
    for (const file of files) inputs.push({ file, text: await readInput(file, io) });
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`falco-report: ${error.message}\n`);
    return EXIT.usage;
  }
  const { findings } = checkRulesFiles(inputs, options.falcoVersion ? { falcoVersion: options.falcoVersion } : {});
  return printResult(findings, files.length, options.format, io);
}
