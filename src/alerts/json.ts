/**
 * A small strict JSON (RFC 8259) parser, used instead of JSON.parse for alert input because:
 *  - every syntax error carries an offset, line and column (V8's messages only sometimes name a position);
 *  - it reports where each top-level value and each element of a top-level array starts, so alerts in an
 *    array or in concatenated/pretty-printed input can be located by line;
 *  - Falco writes nanosecond counters (`evt.time`, `container.start_ts`, ...) as integers above 2^53; JSON.parse
 *    silently rounds them (1746622234502309868 → 1746622234502309888), which would make a report that cites the
 *    exact value look wrong to a checker. With `largeIntegers: 'string'` they keep their exact digits.
 */

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export interface JsonParseOptions {
  /**
   * What to do with integer literals outside ±(2^53 − 1): 'number' rounds them like JSON.parse,
   * 'string' keeps the exact decimal digits as a string. Default 'number'.
   */
  largeIntegers?: 'number' | 'string';
}

/** One top-level value of a JSON text, with where it starts (and, for arrays, where each element starts). */
export interface JsonDocument {
  value: JsonValue;
  /** UTF-16 offset of the value's first character. */
  offset: number;
  /** For a top-level array: the offset of each element. */
  itemOffsets?: number[];
}

export class JsonSyntaxError extends Error {
  override readonly name = 'JsonSyntaxError';
  /** 1-based line and column (UTF-16 code units) of the offending character. */
  readonly line: number;
  readonly column: number;
  constructor(
    /** What is wrong, without the position, e.g. "expected ',' or '}' after a property value". */
    readonly reason: string,
    readonly offset: number,
    text: string,
  ) {
    const { line, column } = lineAndColumn(text, offset);
    super(`${reason} at line ${line}, column ${column}`);
    this.line = line;
    this.column = column;
  }
}

/** 1-based line/column of a UTF-16 offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Maps offsets to 1-based line numbers in O(log n), for texts with many records. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  lineOf(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }
}

/** Parses exactly one JSON value (surrounding whitespace allowed). */
export function parseJson(text: string, options: JsonParseOptions = {}): JsonValue {
  const parser = new Parser(text, options);
  parser.skipWhitespace();
  const value = parser.parseValue(0);
  parser.skipWhitespace();
  if (!parser.atEnd()) parser.fail('unexpected content after the JSON value');
  return value;
}

/**
 * Parses one or more whitespace-separated JSON values (one document, JSON lines, or concatenated objects).
 * Empty or all-whitespace text gives [].
 */
export function parseJsonSequence(text: string, options: JsonParseOptions = {}): JsonDocument[] {
  const parser = new Parser(text, options);
  const documents: JsonDocument[] = [];
  parser.skipWhitespace();
  while (!parser.atEnd()) {
    const offset = parser.pos;
    const itemOffsets: number[] = [];
    const value = parser.parseValue(0, itemOffsets);
    documents.push(Array.isArray(value) ? { value, offset, itemOffsets } : { value, offset });
    parser.skipWhitespace();
  }
  return documents;
}

// Deep enough for any alert, shallow enough that a hostile input cannot overflow the call stack.
const MAX_DEPTH = 256;
const PLAIN_RUN = /[^"\\\u0000-\u001f]*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const SAFE_INTEGER_DIGITS = String(Number.MAX_SAFE_INTEGER).length;

class Parser {
  pos = 0;
  constructor(
    private readonly text: string,
    private readonly options: JsonParseOptions,
  ) {}

  atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  fail(reason: string, offset = this.pos): never {
    throw new JsonSyntaxError(reason, offset, this.text);
  }

  skipWhitespace(): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) this.pos++;
      else break;
    }
  }

  /** `itemOffsets` is filled only for the array at this level (used for the top-level array). */
  parseValue(depth: number, itemOffsets?: number[]): JsonValue {
    if (depth > MAX_DEPTH) this.fail(`nesting deeper than ${MAX_DEPTH} levels`);
    const c = this.text[this.pos];
    switch (c) {
      case '{':
        return this.parseObject(depth);
      case '[':
        return this.parseArray(depth, itemOffsets);
      case '"':
        return this.parseString();
      case 't':
        return this.parseLiteral('true', true);
      case 'f':
        return this.parseLiteral('false', false);
      case 'n':
        return this.parseLiteral('null', null);
      case undefined:
        return this.fail('unexpected end of input');
      default:
        if (c === '-' || (c >= '0' && c <= '9')) return this.parseNumber();
        return this.fail(`unexpected character ${describeChar(c)}`);
    }
  }

  private parseObject(depth: number): { [key: string]: JsonValue } {
    const object: { [key: string]: JsonValue } = {};
    this.pos++; // '{'
    this.skipWhitespace();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return object;
    }
    for (;;) {
      if (this.text[this.pos] !== '"') {
        this.failExpecting('a double-quoted property name');
      }
      const key = this.parseString();
      this.skipWhitespace();
      if (this.text[this.pos] !== ':') this.failExpecting("':' after the property name");
      this.pos++;
      this.skipWhitespace();
      const value = this.parseValue(depth + 1);
      // Assigning "__proto__" would change the prototype instead of adding a key.
      if (key === '__proto__') Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
      else object[key] = value;
      this.skipWhitespace();
      const next = this.text[this.pos];
      if (next === ',') {
        this.pos++;
        this.skipWhitespace();
        continue;
      }
      if (next === '}') {
        this.pos++;
        return object;
      }
      this.failExpecting("',' or '}' after a property value");
    }
  }

  private parseArray(depth: number, itemOffsets?: number[]): JsonValue[] {
    const array: JsonValue[] = [];
    this.pos++; // '['
    this.skipWhitespace();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return array;
    }
    for (;;) {
      itemOffsets?.push(this.pos);
      array.push(this.parseValue(depth + 1));
      this.skipWhitespace();
      const next = this.text[this.pos];
      if (next === ',') {
        this.pos++;
        this.skipWhitespace();
        continue;
      }
      if (next === ']') {
        this.pos++;
        return array;
      }
      this.failExpecting("',' or ']' after an array element");
    }
  }

  private parseString(): string {
    const t = this.text;
    const start = this.pos;
    this.pos++; // opening quote
    let out = '';
    let chunkStart = this.pos;
    for (;;) {
      if (this.pos >= t.length) this.fail('unterminated string', start);
      const c = t.charCodeAt(this.pos);
      if (c === 0x22) {
        out += t.slice(chunkStart, this.pos);
        this.pos++;
        return out;
      }
      if (c < 0x20) this.fail(c === 0x0a ? 'unterminated string (line break inside a string)' : 'control character inside a string');
      if (c !== 0x5c) {
        // Skip the run of ordinary characters in one regex step (much faster than char by char).
        PLAIN_RUN.lastIndex = this.pos + 1;
        PLAIN_RUN.test(t);
        this.pos = PLAIN_RUN.lastIndex;
        continue;
      }
      out += t.slice(chunkStart, this.pos);
      out += this.parseEscape();
      chunkStart = this.pos;
    }
  }

  private parseEscape(): string {
    const t = this.text;
    const escape = t[this.pos + 1];
    const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
    if (escape !== undefined && escape in simple) {
      this.pos += 2;
      return simple[escape] as string;
    }
    if (escape === 'u') {
      const hex = t.slice(this.pos + 2, this.pos + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('invalid \\u escape (expected 4 hex digits)');
      this.pos += 6;
      return String.fromCharCode(parseInt(hex, 16));
    }
    if (escape === undefined) this.fail('unterminated string');
    return this.fail(`invalid escape \\${escape}`);
  }

  private parseNumber(): number | string {
    NUMBER.lastIndex = this.pos;
    const match = NUMBER.exec(this.text);
    if (!match) return this.fail('invalid number');
    const literal = match[0];
    const after = this.text[this.pos + literal.length];
    if (after !== undefined && /[0-9.eE+\-]/.test(after)) this.fail('invalid number', this.pos + literal.length);
    this.pos += literal.length;
    const value = Number(literal);
    const isInteger = match[1] === undefined && match[2] === undefined;
    const digits = literal.startsWith('-') ? literal.length - 1 : literal.length;
    if (this.options.largeIntegers === 'string' && isInteger && digits >= SAFE_INTEGER_DIGITS && !Number.isSafeInteger(value)) {
      return literal;
    }
    return value;
  }

  private parseLiteral<T extends JsonValue>(word: string, value: T): T {
    if (this.text.startsWith(word, this.pos)) {
      this.pos += word.length;
      return value;
    }
    return this.fail(`unexpected character ${describeChar(this.text[this.pos])}`);
  }

  private failExpecting(what: string): never {
    if (this.atEnd()) this.fail(`unexpected end of input (expected ${what})`);
    this.fail(`expected ${what}, found ${describeChar(this.text[this.pos])}`);
  }
}

function describeChar(c: string | undefined): string {
  if (c === undefined) return 'end of input';
  if (c === '\n') return 'a line break';
  const code = c.charCodeAt(0);
  if (code < 0x20 || code === 0x7f) return `control character U+${code.toString(16).padStart(4, '0').toUpperCase()}`;
  return `'${c}'`;
}
