import { longestRun } from '../util/text.js';

/**
 * Markdown building blocks that keep alert-derived and model-written text from injecting structure.
 * Alert values are attacker-controlled (a container name, a command line, a pod name), and model text may echo
 * them, so nothing from either may open a fence, a heading, a table cell, a link or an HTML element.
 */

/** Control characters shown as visible escapes, so a value never spans lines. */
export function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/**
 * An inline code span holding `value` literally: the delimiter is one backtick longer than any run inside, and
 * a value that starts or ends with a backtick (or space) gets the padding CommonMark strips again.
 */
export function code(value: string): string {
  const text = oneLine(value);
  if (text === '') return '` `';
  const ticks = '`'.repeat(longestRun(text, '`') + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || (text.startsWith(' ') && text.endsWith(' ') && text.trim() !== '') ? ' ' : '';
  return `${ticks}${pad}${text}${pad}${ticks}`;
}

/**
 * Plain text made inert: every character Markdown or HTML could read as syntax becomes a character reference,
 * which renderers show as the character itself but never parse. (Entities rather than backslashes, because the
 * report checker reads raw lines and would take an escaped backtick for the start of a code span.) `>` and `!`
 * are left alone: without `<` and `[` they open nothing in the middle of a line.
 */
export function escapeText(text: string): string {
  // `://` and `www.` are broken up too, so a URL from an alert never becomes a clickable autolink.
  return oneLine(text).replace(/[&<`*_[\]|\\#~]|:\/\/|\bwww\./gi, (c) => {
    if (c === '://') return '&#58;//';
    if (c.length > 1) return `${c.slice(0, 3)}&#46;`;
    return `&#${c.charCodeAt(0)};`;
  });
}

/** A line that starts like a list item, quote, heading, rule or setext underline gets its first character escaped. */
function inertStart(line: string): string {
  return /^(?:[-+*>#=]|\d{1,9}[.)])/.test(line) ? `&#${line.charCodeAt(0)};${line.slice(1)}` : line;
}

/** A backtick-delimited code span in model or template text, found the way CommonMark (and the checker) finds them. */
interface Segment {
  code: boolean;
  text: string;
}

function segments(text: string): Segment[] {
  const out: Segment[] = [];
  let plain = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] !== '`') {
      plain += text[i];
      i++;
      continue;
    }
    let run = 0;
    while (text[i + run] === '`') run++;
    const ticks = '`'.repeat(run);
    let close = text.indexOf(ticks, i + run);
    while (close !== -1 && text[close + run] === '`') {
      let skip = close;
      while (text[skip] === '`') skip++;
      close = text.indexOf(ticks, skip);
    }
    if (close === -1) {
      plain += ticks;
      i += run;
      continue;
    }
    if (plain) out.push({ code: false, text: plain });
    plain = '';
    out.push({ code: true, text: text.slice(i, close + run) });
    i = close + run;
  }
  if (plain) out.push({ code: false, text: plain });
  return out;
}

/**
 * Prose written by the model or by our templates: code spans are kept (they are how the text quotes values, and
 * the checker verifies them), everything else is escaped, and line breaks become spaces.
 */
export function prose(text: string): string {
  const flat = text.replace(/\r\n?|\n|\u2028|\u2029/g, ' ').trim();
  return inertStart(
    segments(flat)
      .map((s) => (s.code ? oneLine(s.text) : escapeText(s.text)))
      .join(''),
  );
}

/**
 * A value in a table cell. GFM splits cells on every unescaped `|`, even inside code spans, and reads `\|` there
 * as a literal pipe: so the value stays one code span with its pipes escaped, and renders exactly.
 */
export function cellCode(value: string): string {
  return code(value).replaceAll('|', '\\|');
}

/** The literal content of a code span, as CommonMark reads it (one padding space stripped from both ends). */
function spanContent(span: string): string {
  const ticks = /^`+/.exec(span)![0].length;
  const inner = span.slice(ticks, span.length - ticks);
  return inner.length > 2 && inner.startsWith(' ') && inner.endsWith(' ') && inner.trim() !== '' ? inner.slice(1, -1) : inner;
}

/** Prose in a table cell: as `prose`, with kept code spans that hold pipes shown the way `cellCode` shows values. */
export function cellProse(text: string): string {
  const flat = prose(text);
  return segments(flat)
    .map((s) => (s.code && s.text.includes('|') ? cellCode(spanContent(s.text)) : s.text))
    .join('');
}

/** A fenced code block whose fence no line of `body` can close, indented for a list item. */
export function fenced(lang: string, body: string, indent = ''): string {
  const text = body.replace(/\r\n?/g, '\n').replace(/\n+$/, '');
  const fence = '`'.repeat(Math.max(3, longestRun(text, '`') + 1));
  const lines = text.split('\n').map((l) => (l === '' ? '' : `${indent}${l}`));
  return [`${indent}${fence}${lang}`, ...lines, `${indent}${fence}`].join('\n');
}
