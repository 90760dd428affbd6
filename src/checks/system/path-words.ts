import type { SimpleCommand, Word } from '../../shell/types.js';

/** A path named inside a word, with the offset of its first character in the word's text. */
export interface PathMention {
  path: string;
  word: Word;
  offset: number;
}

/**
 * The absolute paths a word names: the word itself, the value of `--opt=/path` or `of=/path`, and
 * each side of `host:/ctr` (docker -v) or `ctr:/path` (docker cp). URLs are not paths.
 */
function pathsInWord(word: Word): PathMention[] {
  const text = word.text;
  if (text.includes('://')) return [];
  if (text.startsWith('/')) {
    if (!text.includes(':/')) return [{ path: text, word, offset: 0 }];
  } else {
    const eq = /^[\w.-]+=(\/.*)$/.exec(text) ?? /^--?[\w.-]+=(\/.*)$/.exec(text);
    if (eq && !eq[1]!.includes(':/')) return [{ path: eq[1]!, word, offset: text.length - eq[1]!.length }];
  }
  if (!text.includes(':/')) return [];
  const out: PathMention[] = [];
  let offset = 0;
  for (const part of text.split(':')) {
    if (part.startsWith('/')) out.push({ path: part, word, offset });
    offset += part.length + 1;
  }
  return out;
}

/** Every path a command names in its operands and redirect targets. */
export function pathsInCommand(command: SimpleCommand): PathMention[] {
  return [...command.args, ...command.redirects.map((r) => r.target)].flatMap(pathsInWord);
}
