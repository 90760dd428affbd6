import type { CodeBlock } from '../markdown/document.js';
import { promptStyle, readTranscript } from './transcript.js';

export interface Placeholder {
  start: number;
  end: number;
  name: string;
}

/**
 * Both texts have the line layout of the block text, so every row and column tree-sitter reports
 * is also one in the block. They have its length too, except for the `;` that withSeparators adds
 * after the last word of a row: offsets then differ from the block's, and only the columns of
 * what follows that `;` on its row (blanks and a comment) move.
 */
export interface PreparedSource {
  /** What the shell would read: prompts and transcript output blanked out. */
  text: string;
  /**
   * `text` as tree-sitter reads it, with the same length: placeholders turned into plain words,
   * and a lone `-` before a redirect made a plain word (see LONE_DASH).
   */
  parsed: string;
  /** Sorted by start. */
  placeholders: Placeholder[];
  /** Length of the `> ` secondary prompt blanked at the start of a transcript row, by row. */
  secondaryPrompts: ReadonlyMap<number, number>;
}

// `<container_id>`, `<pod name>`. `<<EOF>` is left alone, and `< file` or `<in >out` never
// match because a placeholder has no space after `<` or before `>`.
const PLACEHOLDER = /(?<!<)<([A-Za-z][\w.:-]*(?: [A-Za-z][\w.:-]*)*)>/g;

// tree-sitter-bash's scanner, looking for a test operator such as `-f`, consumes a lone `-` and
// then returns the file descriptor or here-document operator that follows as one token starting
// after it: `cat - 2>f` and `kubectl apply -f - <<EOF` lose the `-` without any error. `_` reads
// the same to the grammar and is not special to the scanner. Arithmetic (`(( n - 1<<2 ))`) is
// left alone.
const LONE_DASH = /(?<=[ \t])-(?=(?:[ \t]|\\\n)+(?:\d+[<>]|<<(?!<)))/g;

export function prepareSource(block: CodeBlock): PreparedSource {
  const style = promptStyle(block.lang, block.text);
  if (!style) return derive(block.text, new Map());
  const transcript = readTranscript(block.text, style);
  return derive(transcript.text, transcript.secondaryPrompts);
}

/**
 * Ends commands with a `;` right after the given offsets (each the end of a command's last word on
 * its row; see runOnEnds in repair.ts). Bash ends a command at an unescaped line break anyway, so
 * the shell reads the same commands.
 */
export function withSeparators(source: PreparedSource, offsets: readonly number[]): PreparedSource {
  let text = source.text;
  for (const at of [...new Set(offsets)].sort((a, b) => b - a)) text = text.slice(0, at) + ';' + text.slice(at);
  return derive(text, source.secondaryPrompts);
}

function derive(text: string, secondaryPrompts: ReadonlyMap<number, number>): PreparedSource {
  const placeholders: Placeholder[] = [];
  // `_name_` keeps the length and is a plain word wherever `<name>` stood.
  const parsed = text
    .replace(PLACEHOLDER, (match, name: string, offset: number) => {
      placeholders.push({ start: offset, end: offset + match.length, name });
      return `_${name.replaceAll(' ', '_')}_`;
    })
    .replace(LONE_DASH, (dash, offset: number, whole: string) => {
      const row = whole.slice(whole.lastIndexOf('\n', offset) + 1, offset);
      return row.includes('((') ? dash : '_';
    });
  return { text, parsed, placeholders, secondaryPrompts };
}
