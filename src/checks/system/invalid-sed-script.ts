import { checkSedScript, sedScriptsOf } from '../../shell/sed.js';
import type { Word } from '../../shell/types.js';
import type { Check } from '../check.js';
import { programOf } from './words.js';

/** Column of a character of a word's text, when the word is written plainly or in one pair of quotes. */
function columnOf(word: Word, index: number): number {
  if (word.raw === word.text) return word.column + index;
  const inner = word.raw.slice(1, -1);
  if (/^['"]/.test(word.raw) && word.raw.at(-1) === word.raw[0] && inner === word.text) return word.column + 1 + index;
  return word.column;
}

export const invalidSedScript: Check = {
  meta: {
    code: 'FR401',
    name: 'invalid-sed-script',
    severity: 'error',
    summary: 'A sed script GNU sed refuses (unterminated `s`, unknown command or flag, unmatched `{`).',
    docs: {
      bad: "```bash\nsed -i 's/enabled: false/enabled: true' /etc/falco/falco.yaml\n```",
      good: "```bash\nsed -i 's/enabled: false/enabled: true/' /etc/falco/falco.yaml\n```",
    },
  },
  run({ analysis, report }) {
    for (const command of analysis.commands) {
      if (programOf(command) !== 'sed') continue;
      const scripts = sedScriptsOf(command.args.map((a) => a.text));
      // A script whose text is not fully known ($VAR, <placeholder>) may hold anything.
      if (scripts.length === 0 || scripts.some((s) => !isKnown(command.args[s.index]!))) continue;
      // sed joins several -e scripts with newlines into one program.
      const joined = scripts.map((s) => s.script).join('\n');
      const problem = checkSedScript(joined);
      if (!problem) continue;
      let offset = problem.offset;
      let at = scripts[0]!;
      for (const s of scripts) {
        at = s;
        if (offset <= s.script.length) break;
        offset -= s.script.length + 1;
      }
      const word = command.args[at.index]!;
      report({
        line: word.line,
        column: columnOf(word, at.start + Math.min(offset, at.script.length)),
        message: `sed rejects this script: ${problem.message} (in ${JSON.stringify(at.script)})`,
      });
    }
  },
};

function isKnown(word: Word): boolean {
  return !word.dynamic && word.placeholders.length === 0;
}
