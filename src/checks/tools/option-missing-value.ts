import type { Word } from '../../shell/types.js';
import type { Check } from '../check.js';
import { invocationsOf } from './parse/invocations.js';

/**
 * True when nothing but the end of the command follows the option on its line: a redirect, a pipe,
 * a list operator or a comment. Anything else means the shell reader lost a word (it drops the `-`
 * of `kubectl apply -f - <<EOF`), and the value may well be there.
 */
function endsCommand(line: string, word: Word): boolean {
  const after = line.slice(word.column - 1 + word.raw.length).trim();
  return after === '' || /^(?:[|&;)#]|\d*[<>])/.test(after);
}

export const optionMissingValue: Check = {
  meta: {
    code: 'FR105',
    name: 'option-missing-value',
    severity: 'error',
    summary: 'An option that needs a value ends the command without one (journalctl -u, falco -r).',
    docs: {
      bad: '```bash\njournalctl --since "1 hour ago" -u\n```',
      good: '```bash\njournalctl --since "1 hour ago" -u falco-modern-bpf\n```',
    },
  },
  run({ doc, analysis, report }) {
    // Prose often names an option without its value (`-c`), so only shell blocks are held to this.
    for (const invocation of invocationsOf(doc, analysis).blocks) {
      // xargs supplies more words at run time; a command cut short by the parser cannot be judged.
      if (!invocation.parsed || invocation.runtimeArgs || invocation.args.length < (invocation.command?.args.length ?? 0)) continue;
      for (const event of invocation.parsed.events) {
        if (event.kind !== 'missing-value' || !endsCommand(doc.lines[event.word.line - 1] ?? '', event.word)) continue;
        const valueName = event.option.display;
        report({
          line: event.word.line,
          column: event.word.column,
          message: `${event.written} of ${event.node.path} needs a value and none follows${valueName !== event.written ? ` (${valueName})` : ''}`,
        });
      }
    }
  },
};
