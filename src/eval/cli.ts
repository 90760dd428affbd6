import { EVAL_USAGE, EvalUsageError, parseEvalArgs } from './args.js';
import { EVAL_EXIT, runEval, type EvalIO, type EvalOptions, type EvalOutcome } from './run-eval.js';

/**
 * `tsx eval/run.ts ...` as a function: argv in, exit code out. `overrides` is for what a command line does not
 * carry (tests pass the environment and instant retries) and wins over the parsed flags.
 */
export async function runEvalCli(argv: readonly string[], io: EvalIO, overrides: Partial<EvalOptions> = {}): Promise<EvalOutcome> {
  let parsed;
  try {
    parsed = parseEvalArgs(argv);
  } catch (error) {
    if (!(error instanceof EvalUsageError)) throw error;
    io.stderr(`falco-report eval: ${error.message}\n\n${EVAL_USAGE}`);
    return { exitCode: EVAL_EXIT.usage };
  }
  if (parsed.help) {
    io.stdout(EVAL_USAGE);
    return { exitCode: EVAL_EXIT.pass };
  }
  return runEval({ ...parsed.options, ...overrides }, io);
}
