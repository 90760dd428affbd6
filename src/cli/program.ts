import { Command, CommanderError, Option } from 'commander';
import { runCatalog } from './commands/catalog.js';
import { runCheck } from './commands/check.js';
import { EXIT, UsageError, type CliIO } from './io.js';

const formatOption = () => new Option('--format <format>', 'output format').choices(['text', 'json']).default('text');

/**
 * Builds the CLI. Every action resolves to an exit code instead of calling process.exit,
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
    .addOption(formatOption())
    .action(async (reports: string[], options) => {
      exitCode = await runCheck(reports, options, io);
    });

  program
    .command('catalog')
    .description('print what the catalog holds: versions and counts per kind')
    .addOption(formatOption())
    .action((options) => {
      exitCode = runCatalog(options, io);
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
