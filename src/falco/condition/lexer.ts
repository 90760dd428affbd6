/**
 * Token-level scanning for the Falco filter language, mirroring libs' parser lexers: the token
 * regexes of libsinsp/filter/parser.cpp (POSIX classes spelled out; RE2's leftmost-longest matching
 * gives the same tokens as JS greedy matching for these patterns), its blank set, its literal-prefix
 * keyword matching and its quoted-string rules. All regexes are compiled once, sticky (`y`).
 */

import { failure } from './errors.js';

// [[:space:]] in POSIX is [ \t\n\v\f\r]; libs' own blank skipper uses a different set (see isBlank).
export const RX_NOT_BLANK = /not[ \t\n\v\f\r]+/y;
export const RX_IDENTIFIER = /[a-zA-Z][a-zA-Z0-9_]*/y;
export const RX_FIELD_NAME = /[a-zA-Z][a-zA-Z0-9_]*(?:\.[a-zA-Z][a-zA-Z0-9_]*)+/y;
export const RX_FIELD_ARG_BARE = /[^[\]"' \t\n\v\f\r]+/y;
export const RX_HEX_NUMBER = /0[xX][0-9a-fA-F]+/y;
export const RX_NUMBER = /[+-]?[0-9]+\.?[0-9]*(?:[eE][+-][0-9]+)?/y;
export const RX_BARE_STRING = /[^()"' \t\n\v\f\r=,]+/y;
/** Transformers that may start a check (val( is only tried on the right-hand side). */
export const RX_TRANSFORMER_OPEN = /(tolower|toupper|b64|basename|len|join|concat|getopt)\(/y;

/** libs' lex_blank: space, \t, \b (backspace), \r, \n — not \v or \f. */
export function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 8 || c === 13 || c === 10;
}

export function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

export interface QuotedToken {
  raw: string;
  value: string;
}

/**
 * A cursor over the condition text. Like libs, a failed match never moves the cursor, and a
 * successful one moves it past the token; the caller decides what to try next.
 */
export class Lexer {
  pos: number;

  constructor(
    readonly text: string,
    start = 0,
  ) {
    this.pos = start;
  }

  get atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  charCode(at = this.pos): number {
    return this.text.charCodeAt(at);
  }

  /** Skips blanks; true when at least one was skipped. */
  blank(): boolean {
    const start = this.pos;
    while (this.pos < this.text.length && isBlank(this.text.charCodeAt(this.pos))) this.pos++;
    return this.pos > start;
  }

  /** Literal prefix match (libs' strncmp): `and` matches the start of `andy`. */
  literal(s: string): boolean {
    if (this.text.startsWith(s, this.pos)) {
      this.pos += s.length;
      return true;
    }
    return false;
  }

  regex(rx: RegExp): string | undefined {
    rx.lastIndex = this.pos;
    const m = rx.exec(this.text);
    if (!m) return undefined;
    this.pos += m[0].length;
    return m[0];
  }

  /**
   * A '…' or "…" string. libs ends it at the first delimiter whose previous character is not a
   * backslash (so `"a\\"` does not end at its last quote), then unescapes it. Unlike libs, which just
   * reports "no match" and fails later with a vaguer message, an unterminated string or a bad
   * escape throws here: no other token can start with a quote, so the parse would fail anyway.
   */
  quoted(): QuotedToken | undefined {
    const start = this.pos;
    const delimiter = this.text[start];
    if (delimiter !== '"' && delimiter !== "'") return undefined;
    let prev = '\\'; // so that the opening delimiter is not taken as the closing one
    for (let i = start; i < this.text.length; i++) {
      const c = this.text[i]!;
      if (c === '\0') break; // libs reads a C string: a NUL ends the input
      if (c === delimiter && prev !== '\\') {
        const raw = this.text.slice(start, i + 1);
        this.pos = i + 1;
        return { raw, value: unescape(raw, start) };
      }
      prev = c;
    }
    const quoteName = delimiter === '"' ? 'double' : 'single';
    throw failure('unterminated-string', `unterminated ${quoteName}-quoted string`, start, 1, {
      code: 'unterminated-string',
      message: `close it with a matching ${delimiter}`,
    });
  }
}

/**
 * libs' unescape_str: \b \f \n \r \t \\ \/ and the escaped delimiter; `\ ` (backslash, blank) yields a
 * lone backslash (kept in libs for an old upstream rule that still relies on it). Anything else is an
 * error, like \x or \d. `at` is the offset of `raw` in the condition, for error positions.
 */
export function unescape(raw: string, at: number): string {
  const delimiter = raw[0];
  let out = '';
  for (let i = 1; i < raw.length - 1; i++) {
    const c = raw[i]!;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = raw[++i]!;
    switch (e) {
      case 'b':
        out += '\b';
        break;
      case 'f':
        out += '\f';
        break;
      case 'n':
        out += '\n';
        break;
      case 'r':
        out += '\r';
        break;
      case 't':
        out += '\t';
        break;
      case ' ':
      case '\\':
        out += '\\';
        break;
      case '/':
        out += '/';
        break;
      case '"':
      case "'":
        if (e !== delimiter) {
          throw failure(
            'bad-escape',
            `invalid \\${e} escape in a ${delimiter}-quoted string`,
            at + i - 1,
            2,
          );
        }
        out += e;
        break;
      default:
        throw failure(
          'bad-escape',
          `unsupported escape sequence \\${e} (supported: \\b \\f \\n \\r \\t \\\\ \\/ \\${delimiter})`,
          at + i - 1,
          2,
        );
    }
  }
  return out;
}

const RX_TOKEN = /[A-Za-z0-9_.]+|[=!<>~&|:*/+%-]+|\{\{[^}]*\}\}|./y;

/** Length of the "token" starting at `at`, for error spans: a word, a run of punctuation, or one char. */
export function tokenLengthAt(text: string, at: number): number {
  if (at >= text.length) return 0;
  RX_TOKEN.lastIndex = at;
  const m = RX_TOKEN.exec(text);
  return m ? m[0].length : 1;
}
