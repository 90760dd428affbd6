import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from './cases.js';
import { EVAL_PROVIDERS, type EvalOptions, type EvalProvider } from './run-eval.js';
import { DEFAULT_MAX_REPAIRS } from '../pipeline/generate-report.js';

export const EVAL_USAGE = `usage: tsx eval/run.ts [options]

Runs every eval case through the report pipeline and scores the reports (no model judges another).

  --provider ollama|openai|offline   model to evaluate (default ollama; OLLAMA_HOST, OPENAI_API_KEY and
                                     OPENAI_BASE_URL are read from the environment)
  --model M                          model name (default: the provider's default)
  --cases FILE                       cases file (default eval/cases.json)
  --only ID[,ID...]                  run only these cases (repeatable)
  --repeat N                         runs per case (default 1)
  --max-repairs N                    repair rounds per report (default ${DEFAULT_MAX_REPAIRS})
  --min-pass-rate R                  exit 1 when the pass rate is below R, 0..1 (default 0.8)
  --out FILE                         results JSON (default eval/results/<timestamp>.json)

Exit codes: 0 pass rate reached, 1 below --min-pass-rate, 2 bad usage, unusable cases file or unwritable results.
`;

export const DEFAULT_MIN_PASS_RATE = 0.8;

/** Bad command line: the message goes to stderr with exit 2. */
export class EvalUsageError extends Error {
  override readonly name = 'EvalUsageError';
}

export type ParsedArgs = { help: true } | { help: false; options: EvalOptions };

export function parseEvalArgs(argv: readonly string[]): ParsedArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        provider: { type: 'string' },
        model: { type: 'string' },
        cases: { type: 'string' },
        only: { type: 'string', multiple: true },
        repeat: { type: 'string' },
        'max-repairs': { type: 'string' },
        'min-pass-rate': { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new EvalUsageError((error as Error).message);
  }
  if (values.help) return { help: true };

  const provider = values.provider ?? 'ollama';
  if (!EVAL_PROVIDERS.includes(provider as EvalProvider)) {
    throw new EvalUsageError(`--provider must be one of ${EVAL_PROVIDERS.join(', ')} (got ${JSON.stringify(provider)})`);
  }
  const only = (values.only ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
  return {
    help: false,
    options: {
      provider: provider as EvalProvider,
      ...(values.model ? { model: values.model } : {}),
      cases: values.cases ?? join(PROJECT_ROOT, 'eval', 'cases.json'),
      repeat: integer('--repeat', values.repeat, 1, 1),
      maxRepairs: integer('--max-repairs', values['max-repairs'], DEFAULT_MAX_REPAIRS, 0),
      minPassRate: rate(values['min-pass-rate']),
      ...(values.out ? { out: values.out } : {}),
      ...(only.length > 0 ? { only } : {}),
    },
  };
}

function integer(flag: string, raw: string | undefined, fallback: number, min: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < min) throw new EvalUsageError(`${flag} must be a whole number >= ${min} (got ${JSON.stringify(raw)})`);
  return value;
}

function rate(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_MIN_PASS_RATE;
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || value < 0 || value > 1) {
    throw new EvalUsageError(`--min-pass-rate must be a number from 0 to 1, e.g. 0.8 (got ${JSON.stringify(raw)})`);
  }
  return value;
}
