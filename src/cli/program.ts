import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { PROVIDER_FLAGS } from '../pipeline/provider-flags.js';
import { EXIT, UsageError, type CliIO } from './io.js';
import { parseCount, parseRedact, parseSeconds } from './options.js';

const formatOption = () => new Option('--format <format>', 'output format').choices(['text', 'json']).default('text');

const falcoVersionOption = () =>
  new Option('--falco-version <version>', 'the Falco release to check against (default: the catalog\'s, 0.44.1)').argParser((value: string) => {
    if (!/^\d+\.\d+(\.\d+)?$/.test(value)) throw new InvalidArgumentError('expected a release number such as 0.44.1');
    return value;
  });

function parseMinutes(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a number of minutes > 0');
  return n;
}

/**
 * Builds the CLI. Each command's module is imported when that command runs, so start-up stays cheap. Every action resolves to an exit code instead of calling process.exit,
 * so the program runs the same in tests and in the binary.
 */
export function buildProgram(io: CliIO): { run: (argv: string[]) => Promise<number> } {
  let exitCode: number = EXIT.ok;
  const program = new Command('falco-report')
    .description('Turn Falco alerts into grounded incident reports, and check any report against its alert.')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run with --help for usage)');

  program
    .command('check')
    .description('check Markdown reports for invented commands, options, sysctls, files, Falco syntax and facts')
    .argument('<report...>', 'Markdown report files (- for stdin)')
    .option('--alert <file>', 'the Falco alert (JSON or Falcosidekick payload) the report is about')
    .addOption(falcoVersionOption())
    .addOption(formatOption())
    .action(async (reports: string[], options) => {
      const { runCheck } = await import('./commands/check.js');
      exitCode = await runCheck(reports, options, io);
    });

  program
    .command('check-rules')
    .description('check Falco rules files as Falco would load them, in the order given')
    .argument('<file...>', 'rules files (- for stdin)')
    .addOption(falcoVersionOption())
    .addOption(formatOption())
    .action(async (files: string[], options) => {
      const { runCheckRules } = await import('./commands/check-rules.js');
      exitCode = await runCheckRules(files, options, io);
    });

  program
    .command('check-config')
    .description('check falco.yaml files: key paths, types, allowed values, removed keys')
    .argument('<file...>', 'falco.yaml files (- for stdin)')
    .addOption(falcoVersionOption())
    .addOption(formatOption())
    .action(async (files: string[], options) => {
      const { runCheckConfig } = await import('./commands/check-config.js');
      exitCode = await runCheckConfig(files, options, io);
    });

  program
    .command('catalog')
    .description('print what the catalog holds: versions and counts per kind')
    .addOption(formatOption())
    .action(async (options) => {
      const { runCatalog } = await import('./commands/catalog.js');
      exitCode = runCatalog(options, io);
    });

  program
    .command('generate')
    .description('write an incident report for each Falco alert; every item is checked against the alert before it is emitted')
    .argument('<input...>', 'Falco alerts: files holding one alert, an array or JSON lines (- for stdin)')
    .addOption(new Option('--provider <provider>', 'model provider; auto: Ollama if it answers, else OpenAI if OPENAI_API_KEY is set, else offline').choices(PROVIDER_FLAGS).default('auto'))
    .option('--model <name>', 'model name (default: llama3.1:8b on Ollama, gpt-4o-mini on OpenAI)')
    .option('--out <dir>', 'write one report file per alert into DIR (default: stdout)')
    .addOption(new Option('--format <format>', 'md, json, or both (both needs --out)').choices(['md', 'json', 'both']).default('md'))
    .option('--max-repairs <n>', 'times to ask the model again with the checker findings', parseCount(0), 2)
    .option('--dry-run', 'print what would be sent to the model for each alert, and send nothing')
    .option('--concurrency <n>', 'alerts in flight at once (default: 2 for Ollama, 4 for OpenAI)', parseCount(1))
    .option('--redact <kinds>', 'replace these before alerts are sent: hosts,users,ips, all or none (default: all for a remote provider, none for a local one)', parseRedact)
    .option('--ollama-host <url>', 'Ollama server (default: $OLLAMA_HOST, else http://127.0.0.1:11434)')
    .option('--timeout <seconds>', 'time limit per model request (default: 300 for Ollama, 120 for OpenAI)', parseSeconds)
    .option('--retries <n>', 'retries of a failed model request (default: 2)', parseCount(0))
    .option('--no-group', 'one report per alert, instead of one per incident (a flood of the same rule on the same host/container/process)')
    .option('--group-window <minutes>', 'largest gap between alerts of one incident (default: 10)', parseMinutes)
    .action(async (inputs: string[], options) => {
      const { runGenerate } = await import('./commands/generate.js');
      exitCode = await runGenerate(inputs, options, io);
    });

  return {
    run: async (argv) => {
      try {
        await program.parseAsync(argv, { from: 'user' });
        return exitCode;
      } catch (error) {
        if (error instanceof CommanderError) {
          // Help and version are successful exits; every other commander error is bad usage.
          return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
        }
        if (error instanceof UsageError) {
          io.stderr(`falco-report: ${error.message}\n`);
          return EXIT.usage;
        }
        throw error;
      }
    },
  };
}
