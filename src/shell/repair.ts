// Work-arounds for tree-sitter-bash 0.25 parses that lose or merge commands without flagging an error.
import type { Node, Point, Range } from 'web-tree-sitter';

// Nodes whose children are words and redirects of one command, all on one logical line.
const ONE_LINE = new Set([
  'command',
  'declaration_command',
  'unset_command',
  'redirected_statement',
  'file_redirect',
  'herestring_redirect',
]);

/**
 * Where tree-sitter-bash ran a command on past the end of its line, the offsets right after the
 * command's last word on that line.
 *
 * The grammar allows newlines as whitespace (`extras: /\s/`) and takes one for a terminator only
 * where its scanner is asked for one. After a pipeline of three or more stages, one of the
 * versions the parser explores for the `[pipeline]` conflict is not: it reads the next line's
 * words as more arguments of the last stage, and that version wins when a later statement is a
 * redirected one (`2>&1`, `> f`) or a list (`&&`). So `a | b | c`, then `d e`, then `f > x` on
 * the following lines gives `c d e f > x`, with no ERROR node.
 *
 * Bash never continues a command's words across an unescaped line break, so a run-on is certain
 * and ending the command with a `;` there (withSeparators) reads the same commands.
 */
export function runOnEnds(root: Node, parsed: string): number[] {
  const ends: number[] = [];
  const visit = (node: Node): void => {
    if (ONE_LINE.has(node.type)) {
      const end = runOnEnd(node, parsed);
      if (end !== undefined) ends.push(end);
    }
    for (const child of node.namedChildren) visit(child);
  };
  visit(root);
  return ends;
}

function runOnEnd(node: Node, parsed: string): number | undefined {
  let previous: Node | undefined;
  for (const child of node.children) {
    if (child.type === 'comment') continue;
    // A here-document's body rightly sits between the redirect's line and what follows it.
    if (previous && previous.type !== 'heredoc_redirect' && breaksLine(parsed.slice(previous.endIndex, child.startIndex))) {
      return previous.endIndex;
    }
    previous = child;
  }
  return undefined;
}

function breaksLine(gap: string): boolean {
  return gap.replaceAll('\\\n', '').includes('\n');
}

/**
 * A statement after `;` or `&` on a here-document's line (`cat <<EOF > f; chmod 600 f`), or after
 * `|` once a redirect follows the operator (`cat <<EOF 2>&1 | tail -5`), which tree-sitter-bash has
 * no rule for: the grammar lets only `|`, `&&`, `||`, redirects and arguments follow the operator,
 * and no `|` after a redirect; its scanner also takes `EOF;` for the delimiter.
 */
export interface HeredocTail {
  /** Offset of the `;`, `&` or `|`. */
  separator: number;
  /** Where the tail's statement starts (after `|&`, two characters on). */
  start: number;
  /** End of the line. */
  end: number;
  /** True after `|`: the tail's first command reads the output of the command before it. */
  piped: boolean;
}

/**
 * Finds here-document tails. The block is then parsed without them (the here-document command
 * reads fine up to its line's end, and its body after it) and each tail on its own: see
 * parseUnits.
 */
export function heredocTails(text: string): HeredocTail[] {
  const tails: HeredocTail[] = [];
  const pending: Heredoc[] = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(start, end);
    const body = pending[0];
    if (body) {
      if ((body.stripTabs ? line.replace(/^\t+/, '') : line).trim() === body.delimiter) pending.shift();
    } else {
      const scanned = scanLine(line);
      pending.push(...scanned.heredocs);
      const tail = scanned.tail;
      if (tail) tails.push({ separator: start + tail.at, start: start + tail.at + tail.length, end, piped: tail.piped });
    }
    start = end + 1;
  }
  return tails;
}

interface Heredoc {
  delimiter: string;
  stripTabs: boolean;
}

interface LineTail {
  at: number;
  length: number;
  piped: boolean;
}

/**
 * Reads one line for here-document operators and for the first separator after one of them
 * that tree-sitter-bash fails on, outside quotes and parentheses. A tail that opens a
 * here-document of its own is not offered (its body would be out of its reach).
 */
function scanLine(line: string): { heredocs: Heredoc[]; tail?: LineTail } {
  const heredocs: Heredoc[] = [];
  let tail: LineTail | undefined;
  let heredocsBeforeTail = 0;
  let redirected = false;
  let depth = 0;
  let i = 0;
  const found = (length: number, piped: boolean): void => {
    if (tail === undefined && depth === 0 && heredocs.length > 0) {
      tail = { at: i, length, piped };
      heredocsBeforeTail = heredocs.length;
    }
    i += length;
  };
  while (i < line.length) {
    const c = line[i]!;
    const next = line[i + 1];
    if (c === '\\') {
      i += 2;
    } else if (c === "'" || c === '"') {
      const close = closingQuote(line, i);
      // A string running on to the next line: leave the line as tree-sitter reads it.
      if (close === -1) return { heredocs: [] };
      i = close + 1;
    } else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]!))) {
      break;
    } else if (c === '(' || c === ')') {
      // A `case` pattern's `)` closes nothing.
      depth = Math.max(0, depth + (c === '(' ? 1 : -1));
      i++;
    } else if (line.startsWith('<<<', i)) {
      redirected ||= heredocs.length > 0;
      i += 3;
    } else if (line.startsWith('<<', i)) {
      const read = readHeredoc(line, i + 2);
      if (read) heredocs.push(read.heredoc);
      i = read ? read.next : i + 2;
    } else if (c === '<' || c === '>') {
      // `<(...)` and `>(...)` are process substitutions, not redirects.
      if (next !== '(') redirected ||= heredocs.length > 0;
      // `>|` forces the overwrite, `>&`/`<&` duplicate a descriptor.
      i += next === '|' || next === '&' ? 2 : 1;
    } else if (c === ';') {
      if (next === ';') i += 2;
      else found(1, false);
    } else if (c === '&') {
      if (next === '&' || next === '>') i += 2;
      else found(1, false);
    } else if (c === '|') {
      if (next === '|') i += 2;
      else if (redirected) found(next === '&' ? 2 : 1, true);
      else i += next === '&' ? 2 : 1;
    } else {
      i++;
    }
  }
  if (tail !== undefined && heredocs.length > heredocsBeforeTail) return { heredocs };
  return tail === undefined ? { heredocs } : { heredocs, tail };
}

function closingQuote(line: string, open: number): number {
  const quote = line[open]!;
  let i = open + 1;
  while (i < line.length) {
    if (line[i] === '\\' && quote === '"') i += 2;
    else if (line[i] === quote) return i;
    else i++;
  }
  return -1;
}

function readHeredoc(line: string, from: number): { heredoc: Heredoc; next: number } | undefined {
  let i = from;
  const stripTabs = line[i] === '-';
  if (stripTabs) i++;
  while (line[i] === ' ' || line[i] === '\t') i++;
  const m = /^(?:'([^']*)'|"([^"]*)"|((?:\\.|[^\s;&|<>()'"])+))/.exec(line.slice(i));
  if (!m) return undefined;
  const delimiter = m[1] ?? m[2] ?? m[3]!.replace(/\\(.)/g, '$1');
  return { heredoc: { delimiter, stripTabs }, next: i + m[0].length };
}

export interface ParseUnit {
  /** Included ranges; `[]` for the whole text. */
  ranges: Range[];
  /** For a tail after `|`: the offset of the `|`, whose left-hand command feeds the tail. */
  pipedAt?: number;
}

/**
 * What to parse: the block without its here-document tails, then each tail that holds more than
 * blanks. One parse of the whole block when there are no tails.
 */
export function parseUnits(text: string, tails: readonly HeredocTail[]): ParseUnit[] {
  if (tails.length === 0) return [{ ranges: [] }];
  const locate = locator(text);
  const range = (start: number, end: number): Range => ({
    startIndex: start,
    endIndex: end,
    startPosition: locate(start),
    endPosition: locate(end),
  });
  const main: Range[] = [];
  const units: ParseUnit[] = [];
  let from = 0;
  for (const tail of tails) {
    main.push(range(from, tail.separator));
    if (text.slice(tail.start, tail.end).trim() !== '') {
      units.push({ ranges: [range(tail.start, tail.end)], ...(tail.piped ? { pipedAt: tail.separator } : {}) });
    }
    from = tail.end;
  }
  main.push(range(from, text.length));
  return [{ ranges: main.filter((r) => r.endIndex > r.startIndex) }, ...units];
}

function locator(text: string): (offset: number) => Point {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { row: low, column: offset - starts[low]! };
  };
}
