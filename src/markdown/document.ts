/** A fenced code block; `startLine` is the 1-based line of its first content line. */
export interface CodeBlock {
  lang: string;
  info: string;
  fenceLine: number;
  startLine: number;
  endLine: number;
  /** Columns removed from the start of each content line (fences inside list items are indented). */
  indent: number;
  text: string;
}

/** An inline code span in prose, with its 1-based line and column. */
export interface InlineSpan {
  text: string;
  line: number;
  column: number;
}

export interface ProseLine {
  line: number;
  text: string;
}

export interface MarkdownDocument {
  lines: string[];
  blocks: CodeBlock[];
  spans: InlineSpan[];
  prose: ProseLine[];
}

const FENCE_OPEN = /^( {0,3}(?:[*+-]|\d+[.)])?\s*)(`{3,}|~{3,})\s*([^`]*)$/;

function closesFence(line: string, fence: string): boolean {
  const trimmed = line.trim();
  return trimmed.length >= fence.length && /^(`+|~+)$/.test(trimmed) && trimmed[0] === fence[0];
}

function stripIndent(line: string, indent: number): string {
  let i = 0;
  while (i < indent && i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
  return line.slice(i);
}

function inlineSpans(text: string, line: number): InlineSpan[] {
  const spans: InlineSpan[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] !== '`') {
      i++;
      continue;
    }
    let run = 0;
    while (text[i + run] === '`') run++;
    const ticks = '`'.repeat(run);
    let close = text.indexOf(ticks, i + run);
    while (close !== -1 && text[close + run] === '`') close = text.indexOf(ticks, close + run + 1);
    if (close === -1) {
      i += run;
      continue;
    }
    const raw = text.slice(i + run, close);
    const trimmed = raw.length > 2 && raw.startsWith(' ') && raw.endsWith(' ') ? raw.slice(1, -1) : raw;
    if (trimmed.trim() !== '') spans.push({ text: trimmed, line, column: i + run + 1 });
    i = close + run;
  }
  return spans;
}

/**
 * Reads Markdown the way a report reader sees it: fenced blocks (also inside list items),
 * inline code spans and the remaining prose, each tied to its line in the input file.
 */
export function readMarkdown(source: string): MarkdownDocument {
  const lines = source.split(/\r?\n/);
  // A final newline ends the last line; it does not start another one.
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  const blocks: CodeBlock[] = [];
  const spans: InlineSpan[] = [];
  const prose: ProseLine[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const open = FENCE_OPEN.exec(line);
    if (open && !(open[2]![0] === '`' && open[3]!.includes('`'))) {
      const indent = open[1]!.length;
      const fence = open[2]!;
      const info = open[3]!.trim();
      const body: string[] = [];
      let j = i + 1;
      while (j < lines.length && !closesFence(lines[j]!, fence)) {
        body.push(stripIndent(lines[j]!, indent));
        j++;
      }
      blocks.push({
        lang: (info.split(/\s+/)[0] ?? '').toLowerCase(),
        info,
        fenceLine: i + 1,
        startLine: i + 2,
        endLine: i + 1 + body.length,
        indent,
        text: body.join('\n'),
      });
      i = j + 1;
      continue;
    }
    prose.push({ line: i + 1, text: line });
    const lineSpans = inlineSpans(line, i + 1);
    // In a GFM table row `\|` escapes the cell separator, also inside code spans: the reader sees `|`.
    if (/^\s*\|/.test(line)) for (const span of lineSpans) span.text = span.text.replaceAll('\\|', '|');
    spans.push(...lineSpans);
    i++;
  }
  return { lines, blocks, spans, prose };
}
