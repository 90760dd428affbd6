import type { CST, Scalar } from 'yaml';

/**
 * Maps a character index in a scalar's parsed value back to an offset in the YAML text, so an error
 * the condition or output parser finds at offset N of the string points at the right line and column
 * of the file. YAML folds lines, strips indentation and resolves escapes, so the value and its source
 * differ; we replay those rules per scalar style and only trust the result when it reproduces the
 * value the `yaml` package parsed. Otherwise we fall back to a search for the text around the offset,
 * and finally to the scalar's first line: a conservative answer is better than a wrong column.
 */
export type OffsetMap = (valueOffset: number) => number;

interface Built {
  chars: string[];
  at: number[];
}

const SPACE = /[ \t]/;

function push(b: Built, text: string, offset: number): void {
  for (const ch of text) {
    // Astral characters are two UTF-16 units in the value; keep the map aligned with JS indices.
    for (let k = 0; k < ch.length; k++) {
      b.chars.push(ch[k]!);
      b.at.push(offset);
    }
  }
}

/** One physical line of a flow scalar (plain or quoted): its text and where it starts in the file. */
interface Line {
  text: string;
  start: number;
}

function splitLines(source: string, base: number): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= source.length; i++) {
    if (i === source.length || source[i] === '\n') {
      let end = i;
      if (end > start && source[end - 1] === '\r') end--;
      lines.push({ text: source.slice(start, end), start: base + start });
      start = i + 1;
    }
  }
  return lines;
}

/**
 * Flow scalars (plain, '...', "..."): each line break folds to a space, or to n newlines when n
 * empty lines follow; whitespace around the break is dropped. `unescape` turns one line into value
 * characters and reports whether the line ended in an escaped line break (double quotes only).
 */
function foldFlow(lines: Line[], unescape: (b: Built, line: Line, from: number, to: number) => boolean, escapes = false): Built {
  const b: Built = { chars: [], at: [] };
  let pendingEmpty = 0;
  let joinRaw = false;
  let prevEnd = lines[0]?.start ?? 0;
  lines.forEach((line, i) => {
    const last = i === lines.length - 1;
    let from = 0;
    let to = line.text.length;
    if (i > 0) while (from < to && SPACE.test(line.text[from]!)) from++;
    const escapedBreak = escapes && !last && /(^|[^\\])(\\\\)*\\$/.test(line.text);
    if (!last && !escapedBreak) while (to > from && SPACE.test(line.text[to - 1]!)) to--;
    if (i > 0 && !joinRaw) {
      if (from === to && !last) {
        pendingEmpty++;
        return;
      }
      if (pendingEmpty > 0) push(b, '\n'.repeat(pendingEmpty), prevEnd);
      else push(b, ' ', prevEnd);
    }
    pendingEmpty = 0;
    joinRaw = unescape(b, line, from, to);
    prevEnd = line.start + to;
  });
  return b;
}

function plainLine(b: Built, line: Line, from: number, to: number): boolean {
  for (let i = from; i < to; i++) push(b, line.text[i]!, line.start + i);
  return false;
}

function singleLine(b: Built, line: Line, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    push(b, "'", line.start + i);
    if (line.text[i] !== "'") b.chars[b.chars.length - 1] = line.text[i]!;
    else if (line.text[i + 1] === "'") i++;
  }
  return false;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};

function doubleLine(b: Built, line: Line, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const ch = line.text[i]!;
    if (ch !== '\\') {
      push(b, ch, line.start + i);
      continue;
    }
    const next = line.text[i + 1];
    if (next === undefined) return true; // escaped line break: the next line joins without a space
    const hexLength = next === 'x' ? 2 : next === 'u' ? 4 : next === 'U' ? 8 : 0;
    if (hexLength > 0) {
      const code = Number.parseInt(line.text.slice(i + 2, i + 2 + hexLength), 16);
      push(b, Number.isNaN(code) ? '' : String.fromCodePoint(code), line.start + i);
      i += 1 + hexLength;
    } else {
      push(b, SIMPLE_ESCAPES[next] ?? next, line.start + i);
      i++;
    }
  }
  return false;
}

/** The block's lines start right after its header props (the `|`/`>` indicator, a comment, the line break). */
function blockContentOffset(token: CST.BlockScalar): number {
  const lastProp = token.props[token.props.length - 1];
  return lastProp && 'source' in lastProp ? lastProp.offset + lastProp.source.length : token.offset;
}

function blockScalar(token: CST.BlockScalar): Built {
  const headerToken = token.props.find((p) => p.type === 'block-scalar-header');
  const header = headerToken && 'source' in headerToken ? headerToken.source : '|';
  const folded = header.startsWith('>');
  const explicit = /\d/.exec(header)?.[0];
  const base = blockContentOffset(token);
  const lines = splitLines(token.source, base);
  let indent: number;
  if (explicit) indent = token.indent + Number(explicit);
  else {
    const first = lines.find((l) => l.text.trim() !== '');
    indent = first ? first.text.length - first.text.trimStart().length : 0;
  }
  const b: Built = { chars: [], at: [] };
  let previous: 'none' | 'text' | 'more' = 'none';
  let emptyRun = 0;
  let lastBreak = base;
  for (const line of lines) {
    const content = line.text.length > indent ? line.text.slice(indent) : line.text.trim() === '' ? '' : line.text.trimStart();
    if (content === '') {
      emptyRun++;
      lastBreak = line.start + line.text.length;
      continue;
    }
    const more = SPACE.test(content[0]!);
    if (previous === 'none') push(b, '\n'.repeat(emptyRun), lastBreak);
    else if (folded && previous === 'text' && !more) push(b, emptyRun > 0 ? '\n'.repeat(emptyRun) : ' ', lastBreak);
    else push(b, '\n'.repeat(emptyRun + 1), lastBreak);
    const contentStart = line.start + (line.text.length - content.length);
    for (let i = 0; i < content.length; i++) push(b, content[i]!, contentStart + i);
    previous = more ? 'more' : 'text';
    emptyRun = 0;
    lastBreak = line.start + line.text.length;
  }
  return b;
}

function build(token: CST.Token): Built | undefined {
  switch (token.type) {
    case 'scalar':
      return foldFlow(splitLines(token.source, token.offset), plainLine);
    case 'single-quoted-scalar':
      return foldFlow(splitLines(token.source.slice(1, -1), token.offset + 1), singleLine);
    case 'double-quoted-scalar':
      return foldFlow(splitLines(token.source.slice(1, -1), token.offset + 1), doubleLine, true);
    case 'block-scalar':
      return blockScalar(token);
    default:
      return undefined;
  }
}

/** Where the scalar's text starts in the file (after the quote or the block header). */
function contentStart(token: CST.Token | undefined, scalar: Scalar): number {
  if (!token) return scalar.range?.[0] ?? 0;
  if (token.type === 'single-quoted-scalar' || token.type === 'double-quoted-scalar') return token.offset + 1;
  if (token.type === 'block-scalar') {
    const base = blockContentOffset(token);
    return base + (token.source.length - token.source.trimStart().length);
  }
  return token.offset;
}

/** The value our replay of YAML's folding produces for a scalar (for tests: it should equal `scalar.value`). */
export function replayScalar(scalar: Scalar): string | undefined {
  const built = scalar.srcToken ? build(scalar.srcToken) : undefined;
  return built?.chars.join('');
}

export function scalarOffsetMap(scalar: Scalar, text: string): OffsetMap {
  // Built on first use: most scalars never hold a problem, and the map costs an array per character.
  let map: OffsetMap | undefined;
  return (offset) => (map ??= buildOffsetMap(scalar, text))(offset);
}

function buildOffsetMap(scalar: Scalar, text: string): OffsetMap {
  const value = String(scalar.value);
  const token = scalar.srcToken;
  const start = contentStart(token, scalar);
  const built = token ? build(token) : undefined;
  if (built) {
    const produced = built.chars.join('');
    // Chomping only changes trailing newlines, which never hold a token worth pointing at.
    if (produced === value || (produced.startsWith(value) && produced.slice(value.length).trim() === '') || value.startsWith(produced)) {
      const at = built.at;
      const end = at.length > 0 ? at[at.length - 1]! + 1 : start;
      return (offset) => (offset < at.length ? at[Math.max(0, offset)]! : end);
    }
  }
  const rangeEnd = scalar.range?.[1] ?? text.length;
  return (offset) => {
    // The text of the token at the offset usually appears verbatim in the source, once.
    const needle = value.slice(offset, offset + 16).split('\n')[0]!;
    if (needle.length >= 3) {
      const found = text.indexOf(needle, start);
      if (found !== -1 && found < rangeEnd && text.indexOf(needle, found + 1) === -1) return found;
    }
    return start;
  };
}
