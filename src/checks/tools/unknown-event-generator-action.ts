import { catalog } from '../../catalog/index.js';
import { nearest } from '../../util/nearest.js';
import type { Check } from '../check.js';
import { invocationsOf } from './parse/invocations.js';

/** event-generator commands whose operand is a regular expression matched against action names. */
const TAKES_ACTION = new Set(['event-generator run', 'event-generator test', 'event-generator bench']);

let actionNames: string[] | undefined;

function actions(): string[] {
  return (actionNames ??= catalog.falcoCli().eventGenerator.actions.map((a) => a.action));
}

/** `DropAndExecuteNewBinaryInContainer` -> drop, and, execute, new, binary, in, container. */
function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * The action sharing most words with a pattern that drops or adds some (`DropAndExecuteBinary` for
 * `DropAndExecuteNewBinaryInContainer`), when it shares most of the pattern's words; edit distance
 * cannot see those.
 */
function sharingWords(pattern: string): string | undefined {
  const wanted = words(pattern);
  let best: string | undefined;
  let bestShared = 0;
  for (const action of actions()) {
    const have = new Set(words(action));
    const shared = wanted.filter((w) => have.has(w)).length;
    if (shared > bestShared) {
      best = action;
      bestShared = shared;
    }
  }
  return bestShared >= Math.max(2, Math.ceil(wanted.length * 0.75)) ? best : undefined;
}

/** Go's regexp syntax agrees with JavaScript's for what an action pattern holds; anything else is left alone. */
function compile(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern);
  } catch {
    return undefined;
  }
}

export const unknownEventGeneratorAction: Check = {
  meta: {
    code: 'FR110',
    name: 'unknown-event-generator-action',
    severity: 'error',
    summary: 'An event-generator run/test/bench pattern that matches none of its actions.',
    docs: {
      bad: '```bash\nevent-generator run syscall.DropAndExecuteBinary --loop\n```',
      good: '```bash\nevent-generator run syscall.DropAndExecuteNewBinaryInContainer --loop\n```',
    },
  },
  run({ doc, analysis, report }) {
    for (const invocation of invocationsOf(doc, analysis).all) {
      const parsed = invocation.parsed;
      if (!parsed || !TAKES_ACTION.has(parsed.node.path)) continue;
      const word = parsed.operands[0];
      if (!word || word.dynamic || word.placeholders.length > 0) continue;
      const pattern = compile(word.text);
      if (!pattern || actions().some((a) => pattern.test(a))) continue;
      const suggestion = nearest(word.text, actions()) ?? sharingWords(word.text);
      report({
        line: word.line,
        column: word.column,
        message: `${word.text} matches no event-generator action (see event-generator list)`,
        ...(suggestion ? { suggestion } : {}),
      });
    }
  },
};
