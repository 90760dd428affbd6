import type { CodeBlock } from '../../src/markdown/document.js';

/** First content line of every test block: positions must come out in Markdown lines, not block rows. */
export const START_LINE = 10;

export function codeBlock(text: string, lang = 'bash'): CodeBlock {
  const lines = text.split('\n').length;
  return { lang, info: lang, fenceLine: START_LINE - 1, startLine: START_LINE, endLine: START_LINE + lines - 1, indent: 0, text };
}
