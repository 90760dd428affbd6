import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { runCatalog } from './commands/catalog.js';
import { runCheck } from './commands/check.js';
import { runCheckConfig } from './commands/check-config.js';
import { runCheckRules } from './commands/check-rules.js';
import { EXIT, UsageError, type CliIO } from './io.js';

const formatOption = () => new Option('--format <format>', 'output format').choices(['text', 'json']).default('text');

const falcoVersionOption = () =>
  new Option('--falco-version <version>', 'the Falco release to check against (default: the catalog\'s, 0.44.1)').argParser((value: string) => {
    if (!/^\d+\.\d+(\.\d+)?$/.test(value)) throw new InvalidArgumentError('expected a release number such as 0.44.1');
    return value;
  });

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
    .addOption(falcoVersionOption())
    .addOption(formatOption())
    .action(async (reports: string[], options) => {
      exitCode = await runCheck(reports, options, io);
    });

  program
    .command('check-rules')
    .description('check Falco rules files as Falco would load them, in the order given')
    .argument('<file...>', 'rules files (- for stdin)')
    .addOption(falcoVersionOption())
    .addOption(formatOption())
    .action(async (files: string[], options) => {
      exitCode = await runCheckRules(files, options, io);
    });

  program
    .command('check-config')
    .description('check falco.yaml files: key paths, types, allowed values, removed keys')
    .argument('<file...>', 'falco.yaml files (- for stdin)')
    .addOption(falcoVersionOption())
    .addOption(formatOption())
    .action(async (files: string[], options) => {
      exitCode = await runCheckConfig(files, options, io);
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
