import { nearest } from '../../util/nearest.js';
import type { Check } from '../check.js';
import type { OptionSpec } from './model/types.js';
import { invocationsOf } from './parse/invocations.js';

// Harvested "choices" that are really units of a duration (`--health-interval 30s`), not values.
const UNITS = new Set(['ns', 'us', 'ms', 's', 'm', 'h']);

function checkable(option: OptionSpec): string[] | undefined {
  const choices = option.choices;
  if (!choices || option.value === 'none') return undefined;
  if (choices.every((c) => UNITS.has(c))) return undefined;
  return choices;
}

/**
 * Whether a value is one the option accepts. Lists (`-t service,socket`), templates after a format
 * name (`-o jsonpath={...}`, `custom-columns=NAME:...`), priority ranges (`-p err..crit`) and
 * `+FORMAT` forms (`ls --time-style=+%F`) are read as the programs read them.
 */
function accepted(value: string, choices: readonly string[]): boolean {
  const has = (v: string): boolean => choices.includes(v) || choices.includes(v.toLowerCase());
  if (has(value)) return true;
  if (choices.some((c) => c.startsWith('+')) && value.startsWith('+')) return true;
  const eq = value.indexOf('=');
  if (eq > 0 && has(value.slice(0, eq))) return true;
  if (value.includes(',') && value.split(',').every((v) => v === '' || has(v))) return true;
  if (value.includes('..') && value.split('..').every((v) => v === '' || has(v))) return true;
  return false;
}

export const invalidOptionValue: Check = {
  meta: {
    code: 'FR107',
    name: 'invalid-option-value',
    severity: 'error',
    summary: 'An option given a value outside the fixed set the program accepts (journalctl -o jsonl, kubectl get -o table).',
    docs: {
      bad: '```bash\njournalctl -u falco-modern-bpf -o jsonl\nkubectl get pods -A -o table\n```',
      good: '```bash\njournalctl -u falco-modern-bpf -o json\nkubectl get pods -A -o wide\n```',
    },
  },
  run({ doc, analysis, report }) {
    for (const invocation of invocationsOf(doc, analysis).all) {
      for (const event of invocation.parsed?.events ?? []) {
        if (event.kind !== 'option' || event.value === undefined) continue;
        const choices = checkable(event.option);
        if (!choices) continue;
        const where = event.valueWord ?? event.word;
        if (where.dynamic || where.placeholders.length > 0 || event.value === '' || accepted(event.value, choices)) continue;
        const suggestion = nearest(event.value, choices);
        report({
          line: where.line,
          column: where.column,
          message: `${event.written} of ${event.node.path} takes one of ${choices.join(', ')}; ${event.value} is not one of them`,
          ...(suggestion ? { suggestion } : {}),
        });
      }
    }
  },
};
