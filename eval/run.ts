/**
 * npm run eval: prompt regression evals. Runs eval/cases.json through the report pipeline with a real model and
 * prints how the reports scored; exits 1 when the pass rate is below --min-pass-rate. See src/eval/ and
 * `tsx eval/run.ts --help`.
 */
import { runEvalCli } from '../src/eval/cli.js';

const { exitCode } = await runEvalCli(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
});
// exitCode, not exit(): let stdout drain when it is a pipe.
process.exitCode = exitCode;
