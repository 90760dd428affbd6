import type { Word } from './types.js';

/** A half-open range of UTF-16 offsets into the block text. */
export interface Span {
  start: number;
  end: number;
}

/** Where a word starts, already translated to the Markdown file. */
export interface WordPosition {
  line: number;
  column: number;
}

/**
 * Performs bash quote removal on `source.slice(start, end)`.
 *
 * `expansions` are the ranges tree-sitter found for `$x`, `${..}`, `$(..)`, backquotes and
 * `<(..)` inside the word, sorted by start. They are copied verbatim: their value is unknown
 * here, and skipping them keeps quotes nested inside `$(..)` from confusing the quote scan.
 */
export function readWord(
  source: string,
  start: number,
  end: number,
  expansions: readonly Span[],
  position: WordPosition,
  placeholders: string[],
): Word {
  let text = '';
  let quoted = false;
  let dynamic = false;
  // Unquoted characters only: brace and tilde expansion apply to them alone.
  let bare = '';
  let next = 0;
  let i = start;

  const expansionAt = (at: number): Span | undefined => {
    while (next < expansions.length && expansions[next]!.start < at) next++;
    return expansions[next]?.start === at ? expansions[next] : undefined;
  };

  while (i < end) {
    const expansion = expansionAt(i);
    if (expansion) {
      text += source.slice(expansion.start, expansion.end);
      dynamic = true;
      i = expansion.end;
      continue;
    }
    const c = source[i]!;
    if (c === "'") {
      const close = closing(source, "'", i + 1, end);
      text += source.slice(i + 1, close);
      quoted = true;
      i = close + 1;
    } else if (c === '$' && source[i + 1] === "'") {
      const decoded = decodeAnsiC(source, i + 2, end);
      text += decoded.text;
      quoted = true;
      i = decoded.next;
    } else if (c === '"' || (c === '$' && source[i + 1] === '"')) {
      i += c === '$' ? 2 : 1;
      quoted = true;
      while (i < end && source[i] !== '"') {
        const inner = expansionAt(i);
        if (inner) {
          text += source.slice(inner.start, inner.end);
          dynamic = true;
          i = inner.end;
          continue;
        }
        const d = source[i]!;
        const after = source[i + 1];
        if (d === '\\' && after !== undefined && '$`"\\\n'.includes(after)) {
          if (after !== '\n') text += after;
          i += 2;
          continue;
        }
        if (looksLikeExpansion(d, after)) dynamic = true;
        text += d;
        i++;
      }
      i++;
    } else if (c === '\\') {
      const after = source[i + 1];
      if (i + 1 >= end || after === undefined) {
        text += c;
        i++;
      } else {
        // A backslash-newline is a line continuation and disappears.
        if (after !== '\n') text += after;
        quoted = true;
        i += 2;
      }
    } else {
      if (c === '*' || c === '?' || c === '[' || looksLikeExpansion(c, source[i + 1])) dynamic = true;
      text += c;
      bare += c;
      i++;
    }
  }

  if (bare.startsWith('~') && source[start] === '~') dynamic = true;
  if (/\{[^{}]*(?:,|\.\.)[^{}]*\}/.test(bare)) dynamic = true;

  return {
    text,
    raw: source.slice(start, end),
    line: position.line,
    column: position.column,
    quoted,
    dynamic,
    placeholders,
  };
}

/** An expansion tree-sitter did not report, which happens inside error-recovered regions. */
function looksLikeExpansion(c: string, after: string | undefined): boolean {
  if (c === '`') return true;
  return c === '$' && after !== undefined && /[A-Za-z0-9_{(@*#?$!-]/.test(after);
}

/** Index of the closing quote, or `end` when the quote is unterminated (error recovery). */
function closing(source: string, quote: string, from: number, end: number): number {
  const at = source.indexOf(quote, from);
  return at === -1 || at >= end ? end : at;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  a: '\x07',
  b: '\b',
  e: '\x1b',
  E: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '?': '?',
};

/** Decodes the body of `$'...'` starting after the opening quote. */
function decodeAnsiC(source: string, from: number, end: number): { text: string; next: number } {
  let text = '';
  let i = from;
  while (i < end && source[i] !== "'") {
    const c = source[i]!;
    if (c !== '\\' || i + 1 >= end) {
      text += c;
      i++;
      continue;
    }
    const e = source[i + 1]!;
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      text += simple;
      i += 2;
      continue;
    }
    const numeric = numericEscape(source.slice(i + 1, Math.min(end, i + 11)));
    if (numeric) {
      text += numeric.text;
      i += 1 + numeric.length;
      continue;
    }
    if (e === 'c' && i + 2 < end) {
      text += String.fromCharCode(source.charCodeAt(i + 2) & 0x1f);
      i += 3;
      continue;
    }
    text += c + e;
    i += 2;
  }
  return { text, next: i + 1 };
}

const NUMERIC_ESCAPES: ReadonlyArray<[RegExp, number]> = [
  [/^([0-7]{1,3})/, 8],
  [/^x([0-9A-Fa-f]{1,2})/, 16],
  [/^u([0-9A-Fa-f]{1,4})/, 16],
  [/^U([0-9A-Fa-f]{1,8})/, 16],
];

function numericEscape(rest: string): { text: string; length: number } | undefined {
  for (const [pattern, radix] of NUMERIC_ESCAPES) {
    const m = pattern.exec(rest);
    if (!m) continue;
    const code = Number.parseInt(m[1]!, radix);
    // Out-of-range code points are kept as written rather than throwing.
    const text = code <= 0x10ffff ? String.fromCodePoint(code) : m[0];
    return { text, length: m[0].length };
  }
  return undefined;
}
