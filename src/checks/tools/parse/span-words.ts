import type { InlineSpan } from '../../../markdown/document.js';
import type { Word } from '../../../shell/types.js';

const PLACEHOLDER = /<([A-Za-z][A-Za-z0-9_.:-]*)>/g;
const LEADING_PLACEHOLDER = /^<[A-Za-z][A-Za-z0-9_.:-]*>/;
const PROMPT = /^(?:\$|#)\s+/;

/**
 * Splits an inline code span into the words of each command it holds (`ps aux | grep falco` is two).
 * A span is one line of prose, so a small reader is enough: quotes, `|`, `;`, `&&`, `||`, redirects,
 * and `$...`/globs marked dynamic. Placeholders such as `<container_id>` count as words.
 */
export function spanCommands(span: InlineSpan): Word[][] {
  const prompt = PROMPT.exec(span.text)?.[0].length ?? 0;
  const text = span.text;
  const commands: Word[][] = [];
  let words: Word[] = [];
  let i = prompt;
  let skipNext = false;
  const flush = (): void => {
    if (words.length > 0) commands.push(words);
    words = [];
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c === ' ' || c === '\t') {
      i++;
      continue;
    }
    if (c === '|' || c === ';' || (c === '&' && text[i + 1] === '&')) {
      flush();
      i += text[i + 1] === c ? 2 : 1;
      skipNext = false;
      continue;
    }
    if (c === '>' || c === '<') {
      // A redirect and its target are not arguments; `<name>` is a placeholder, read below.
      if (!(c === '<' && LEADING_PLACEHOLDER.test(text.slice(i)))) {
        while (text[i] === '>' || text[i] === '<' || text[i] === '&') i++;
        skipNext = true;
        continue;
      }
    }
    const start = i;
    let value = '';
    let quoted = false;
    let dynamic = false;
    while (i < text.length && !/[\s|;]/.test(text[i]!) && !(text[i] === '&' && text[i + 1] === '&')) {
      const d = text[i]!;
      if (d === "'" || d === '"') {
        const close = text.indexOf(d, i + 1);
        const end = close === -1 ? text.length : close;
        const inner = text.slice(i + 1, end);
        if (d === '"' && /\$[A-Za-z_{(]|`/.test(inner)) dynamic = true;
        value += inner;
        quoted = true;
        i = end + 1;
        continue;
      }
      if (d === '>' && !value.includes('<')) break;
      if (d === '$' || d === '`' || d === '*' || d === '?') dynamic = true;
      value += d;
      i++;
    }
    const placeholders = [...value.matchAll(PLACEHOLDER)].map((m) => m[1]!);
    // `2>&1`: the digits are the redirect's file descriptor, not an argument.
    if (/^\d+$/.test(value) && (text[i] === '>' || text[i] === '<')) continue;
    if (skipNext) {
      skipNext = false;
      continue;
    }
    words.push({ text: value, raw: text.slice(start, i), line: span.line, column: span.column + start, quoted, dynamic, placeholders });
  }
  flush();
  return commands;
}
