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

/** A sentence of prose, possibly wrapped over several lines of one paragraph. */
export interface Sentence {
  text: string;
  /** The file line and 1-based column of a character of `text`. */
  at(index: number): { line: number; column: number };
  /** The first and last file lines the sentence touches. */
  from: number;
  to: number;
}

const sentenceCache = new WeakMap<MarkdownDocument, Sentence[]>();

/** A line that starts a block of its own: a list item, heading, table row, quote or rule. */
const BLOCK_START = /^\s*(?:[*+-]\s|\d+[.)]\s|#|\||>|(?:[-*_]\s*){3,}$)/;

/**
 * The prose cut into sentences the way a reader reads them: the lines of a paragraph (or of one list item) are
 * joined with a space, and a sentence ends at `.`, `;`, `!` or `?` followed by a space or the end.
 */
export function proseSentences(doc: MarkdownDocument): Sentence[] {
  let out = sentenceCache.get(doc);
  if (out) return out;
  out = [];
  const paragraphs: TextLine[][] = [];
  let current: TextLine[] = [];
  let last = -1;
  for (const l of proseLines(doc)) {
    const blank = l.text.trim() === '';
    if (blank || l.line !== last + 1 || BLOCK_START.test(l.text) || /^\s*\|/.test(current[0]?.text ?? '')) {
      if (current.length > 0) paragraphs.push(current);
      current = [];
    }
    if (!blank) current.push(l);
    last = l.line;
  }
  if (current.length > 0) paragraphs.push(current);
  for (const paragraph of paragraphs) {
    let text = '';
    const starts: Array<{ index: number; line: number }> = [];
    for (const l of paragraph) {
      if (text.length > 0) text += ' ';
      starts.push({ index: text.length, line: l.line });
      text += l.text;
    }
    const at = (base: number) => (index: number) => {
      const i = base + index;
      let s = starts[0]!;
      for (const candidate of starts) if (candidate.index <= i) s = candidate;
      return { line: s.line, column: i - s.index + 1 };
    };
    const lineOf = (i: number) => at(0)(i).line;
    let start = 0;
    const push = (end: number) => {
      const piece = text.slice(start, end);
      if (piece.trim() !== '') out!.push({ text: piece, at: at(start), from: lineOf(start), to: lineOf(Math.max(start, end - 1)) });
    };
    for (const m of text.matchAll(/[.;!?](?=\s|$)/g)) {
      push(m.index + 1);
      start = m.index + 1;
    }
    if (start < text.length) push(text.length);
  }
  sentenceCache.set(doc, out);
  return out;
}
