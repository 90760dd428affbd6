import type { CodeBlock, MarkdownDocument } from '../../markdown/document.js';

/** One line of a report as the inline and grounding checks read it. */
export interface TextLine {
  /** 1-based line in the Markdown file. */
  line: number;
  text: string;
  /** Columns the text is shifted by in the file line (a code block's stripped list indent). */
  offset: number;
  /** The code block the line belongs to; absent for prose. */
  block?: CodeBlock;
}

const proseCache = new WeakMap<MarkdownDocument, TextLine[]>();
const codeCache = new WeakMap<MarkdownDocument, TextLine[]>();

export function proseLines(doc: MarkdownDocument): TextLine[] {
  let lines = proseCache.get(doc);
  if (!lines) {
    lines = doc.prose.map((p) => ({ line: p.line, text: p.text, offset: 0 }));
    proseCache.set(doc, lines);
  }
  return lines;
}

export function codeLines(doc: MarkdownDocument): TextLine[] {
  let lines = codeCache.get(doc);
  if (!lines) {
    lines = [];
    for (const block of doc.blocks) {
      block.text.split('\n').forEach((text, i) => {
        const line = block.startLine + i;
        // readMarkdown strips only leading indentation, so the difference in length is the shift.
        const original = doc.lines[line - 1] ?? text;
        lines!.push({ line, text, offset: Math.max(0, original.length - text.length), block });
      });
    }
    codeCache.set(doc, lines);
  }
  return lines;
}

/** Prose lines, then code lines: every line a fact can sit on. */
export function allLines(doc: MarkdownDocument): TextLine[] {
  return [...proseLines(doc), ...codeLines(doc)];
}

/**
 * The prose line with its inline code spans blanked (same length, so columns stay true): what a reader
 * sees as running text. Span delimiters are kept, so a word never runs into a span.
 */
export function withoutSpans(text: string): string {
  return text.replace(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, (m, ticks: string) => ticks + ' '.repeat(m.length - 2 * ticks.length) + ticks);
}

/** Sentence-ish clause boundaries: a reader pairs a phrase with a value only inside one clause. */
export function clauseAround(text: string, start: number, end: number): { before: string; after: string } {
  const masked = withoutSpans(text);
  let from = 0;
  for (const m of masked.slice(0, start).matchAll(/[.;!?](?=\s+[A-Z*`(\d])|[.;!?]\s*$/g)) from = m.index + m[0].length;
  const rest = masked.slice(end);
  const stop = /[.;!?](?=\s|$)/.exec(rest);
  return { before: text.slice(from, start), after: text.slice(end, end + (stop ? stop.index : rest.length)) };
}
