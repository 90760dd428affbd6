import { compareVersions } from '../util/version.js';

/** Why GNU sed 4.9 would refuse a script, with the messages sed itself prints. */
export interface SedProblem {
  message: string;
  /** 0-based index in the script of the character sed stopped at (the script's length at its end). */
  offset: number;
}

class SedSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const SIMPLE_COMMANDS = '=dDFgGhHnNpPxz';
const FILE_COMMANDS = 'rRwW';
const LABEL_COMMANDS = 'btT';
const SED_VERSION = '4.9';

/**
 * Checks a sed script the way GNU sed 4.9 compiles it (POSIX commands plus GNU extensions).
 * Several `-e` scripts form one program joined by newlines, as sed joins them: check the
 * joined text when a block or label spans them. Regular expressions are not compiled.
 */
export function checkSedScript(script: string): SedProblem | undefined {
  try {
    new SedCompiler(script).compile();
    return undefined;
  } catch (error) {
    if (error instanceof SedSyntaxError) return { message: error.message, offset: error.offset };
    throw error;
  }
}

type Address = 'line' | 'zero' | 'regex' | 'step' | 'other';

class SedCompiler {
  private i = 0;
  private readonly openBlocks: number[] = [];
  private readonly labels = new Set<string>();
  private readonly jumps: Array<{ label: string; offset: number }> = [];

  constructor(private readonly s: string) {}

  compile(): void {
    for (;;) {
      while (this.s[this.i] === ';' || isSpace(this.s[this.i])) this.i++;
      if (this.i >= this.s.length) break;
      this.command();
    }
    const open = this.openBlocks.at(-1);
    if (open !== undefined) throw new SedSyntaxError("unmatched `{'", open);
    const jump = this.jumps.find((j) => !this.labels.has(j.label));
    if (jump) throw new SedSyntaxError(`can't find label for jump to \`${jump.label}'`, jump.offset);
  }

  private fail(message: string, at = this.i): never {
    throw new SedSyntaxError(message, Math.min(at, this.s.length));
  }

  private command(): void {
    const first = this.address();
    let second: Address | undefined;
    if (first) {
      if (first === 'step') this.fail('invalid usage of +N or ~N as first address', this.i - 1);
      this.skipBlanks();
      if (this.s[this.i] === ',') {
        this.i++;
        this.skipBlanks();
        second = this.address();
        if (!second) this.fail("unexpected `,'");
        this.skipBlanks();
      }
      // Line 0 exists only as the start of `0,/re/` (and in `0r FILE`).
      if (first === 'zero' && (second ? second !== 'regex' : this.s[this.i] !== 'r')) {
        this.fail('invalid usage of line address 0');
      }
    }
    if (this.s[this.i] === '!') {
      this.i++;
      this.skipBlanks();
      if (this.s[this.i] === '!') this.fail("multiple `!'s");
    }

    const at = this.i;
    const c = this.s[this.i++];
    if (c === undefined) this.fail('missing command', at);
    if (SIMPLE_COMMANDS.includes(c)) return this.endOfCommand();
    if (FILE_COMMANDS.includes(c)) return this.filename();
    if (LABEL_COMMANDS.includes(c)) {
      const label = this.label();
      if (label) this.jumps.push({ label, offset: at });
      return;
    }
    switch (c) {
      case '#':
        if (first) this.fail("comments don't accept any addresses", at);
        return this.skipLine();
      case '{':
        this.openBlocks.push(at);
        return;
      case '}':
        if (this.openBlocks.length === 0) this.fail("unexpected `}'", at);
        if (first) this.fail("`}' doesn't want any addresses", at);
        this.openBlocks.pop();
        return this.endOfCommand();
      case ':': {
        if (first) this.fail(": doesn't want any addresses", at);
        const label = this.label();
        if (!label) this.fail('":" lacks a label');
        this.labels.add(label);
        return;
      }
      case 'a':
      case 'i':
      case 'c':
        this.skipBlanks();
        if (this.i >= this.s.length) this.fail("expected \\ after `a', `c' or `i'");
        return this.text();
      case 'e':
        this.skipBlanks();
        return this.text();
      case 'q':
      case 'Q':
        if (second) this.fail('command only uses one address', at);
        return this.number();
      case 'l':
      case 'L':
        return this.number();
      case 's':
        return this.substitute();
      case 'y':
        return this.transliterate();
      case 'v':
        return this.version();
      default:
        this.fail(`unknown command: \`${c}'`, at);
    }
  }

  private address(): Address | undefined {
    const c = this.s[this.i];
    if (c === '/' || c === '\\') {
      this.i++;
      const delimiter = c === '\\' ? this.s[this.i++] : c;
      if (this.delimited(delimiter, true) === undefined) this.fail('unterminated address regex');
      for (;;) {
        this.skipBlanks();
        if (this.s[this.i] !== 'I' && this.s[this.i] !== 'M') break;
        this.i++;
      }
      return 'regex';
    }
    if (isDigit(c)) {
      const line = this.digits();
      this.skipBlanks();
      if (this.s[this.i] === '~') {
        this.i++;
        this.skipBlanks();
        if (Number(this.digits() || '0') > 0) return 'other';
      }
      return Number(line) === 0 ? 'zero' : 'line';
    }
    if (c === '+' || c === '~') {
      this.i++;
      this.skipBlanks();
      // GNU sed reads +0 and ~0 as no address at all, which is allowed first.
      return Number(this.digits() || '0') > 0 ? 'step' : 'other';
    }
    if (c === '$') {
      this.i++;
      return 'other';
    }
    return undefined;
  }

  /**
   * Reads up to an unescaped `delimiter` and returns the text between, or undefined at a
   * newline or the end. In a regex a bracket expression may hold the delimiter: `s/[/]/x/`.
   */
  private delimited(delimiter: string | undefined, regex: boolean): string | undefined {
    if (delimiter !== undefined && delimiter.charCodeAt(0) > 0x7f) {
      this.fail('delimiter character is not a single-byte character', this.i - 1);
    }
    const start = this.i;
    while (this.i < this.s.length && this.s[this.i] !== '\n') {
      const c = this.s[this.i++]!;
      if (c === delimiter) return this.s.slice(start, this.i - 1);
      if (c === '\\') {
        if (this.i >= this.s.length) return undefined;
        this.i++;
      } else if (c === '[' && regex && !this.bracket()) {
        return undefined;
      }
    }
    return undefined;
  }

  /** Skips a bracket expression after its `[`; false when it runs into a newline or the end. */
  private bracket(): boolean {
    if (this.s[this.i] === '^') this.i++;
    if (this.s[this.i] === ']') this.i++;
    // Inside `[:alpha:]`, `[=e=]` or `[.x.]` a `]` does not close the expression.
    let inClass: string | undefined;
    while (this.i < this.s.length && this.s[this.i] !== '\n') {
      const c = this.s[this.i++]!;
      if (inClass !== undefined) {
        if (c === inClass && this.s[this.i] === ']') {
          this.i++;
          inClass = undefined;
        }
      } else if (c === '[' && ':=.'.includes(this.s[this.i] ?? '')) {
        inClass = this.s[this.i++];
      } else if (c === ']') {
        return true;
      }
    }
    return false;
  }

  private substitute(): void {
    const delimiter = this.s[this.i++];
    if (this.delimited(delimiter, true) === undefined || this.delimited(delimiter, false) === undefined) {
      this.fail("unterminated `s' command");
    }
    const seen = new Set<string>();
    for (;;) {
      this.skipBlanks();
      const at = this.i;
      const c = this.s[this.i++];
      if (c === undefined || c === '\n' || c === ';') return;
      if (c === '}' || c === '#') {
        this.i--;
        return;
      }
      if (c === '\r' && this.s[this.i] === '\n') return;
      if ('iImMe'.includes(c)) continue;
      if (c === 'p' || c === 'g') {
        if (seen.has(c)) this.fail(`multiple \`${c}' options to \`s' command`, at);
        seen.add(c);
      } else if (isDigit(c)) {
        if (seen.has('N')) this.fail("multiple number options to `s' command", at);
        seen.add('N');
        this.i--;
        if (Number(this.digits()) === 0) this.fail("number option to `s' command may not be zero", at);
      } else if (c === 'w') {
        return this.filename();
      } else {
        this.fail("unknown option to `s'", at);
      }
    }
  }

  private transliterate(): void {
    const delimiter = this.s[this.i++];
    const source = this.delimited(delimiter, false);
    const target = source === undefined ? undefined : this.delimited(delimiter, false);
    if (source === undefined || target === undefined) this.fail("unterminated `y' command");
    if (yLength(source) !== yLength(target)) this.fail("strings for `y' command are different lengths");
    this.endOfCommand();
  }

  private version(): void {
    const at = this.i;
    const wanted = this.label();
    const newer = (wanted !== '' && wanted.split('.').some((p) => !/^\d+$/.test(p))) || compareVersions(wanted, SED_VERSION) > 0;
    if (newer) this.fail('expected newer version of sed', Math.max(at, this.i - 1));
  }

  /** Text of a/i/c/e: to the end of the line, a backslash escaping the next character (newlines too). */
  private text(): void {
    if (this.s[this.i] === '\\') {
      this.i++;
      if (this.s[this.i] === '\n') this.i++;
    }
    while (this.i < this.s.length && this.s[this.i] !== '\n') this.i += this.s[this.i] === '\\' ? 2 : 1;
  }

  private filename(): void {
    this.skipBlanks();
    const start = this.i;
    this.skipLine();
    if (this.i === start) this.fail('missing filename in r/R/w/W commands');
  }

  /** Labels end at whitespace, `;`, `}` or `#` in GNU sed 4.9, and no end-of-command check follows. */
  private label(): string {
    this.skipBlanks();
    const start = this.i;
    while (this.i < this.s.length && !/[\s;}#]/.test(this.s[this.i]!)) this.i++;
    return this.s.slice(start, this.i);
  }

  /** Optional number argument (`q5`, `l 0`). */
  private number(): void {
    this.skipBlanks();
    this.digits();
    this.endOfCommand();
  }

  private endOfCommand(): void {
    this.skipBlanks();
    const c = this.s[this.i];
    if (c === '}' || c === '#') return;
    if (c !== undefined && c !== '\n' && c !== ';') this.fail('extra characters after command');
    this.i++;
  }

  private digits(): string {
    const start = this.i;
    while (isDigit(this.s[this.i])) this.i++;
    return this.s.slice(start, this.i);
  }

  private skipBlanks(): void {
    while (this.s[this.i] === ' ' || this.s[this.i] === '\t') this.i++;
  }

  private skipLine(): void {
    while (this.i < this.s.length && this.s[this.i] !== '\n') this.i++;
  }
}

function isDigit(c: string | undefined): c is string {
  return c !== undefined && c >= '0' && c <= '9';
}

function isSpace(c: string | undefined): boolean {
  return c !== undefined && /\s/.test(c);
}

/** Characters in one side of `y`: an escape (`\n`, `\\`, `\/`) is one character. */
function yLength(side: string): number {
  let length = 0;
  for (let i = 0; i < side.length; i++) {
    if (side[i] === '\\') i++;
    const code = side.codePointAt(i);
    if (code !== undefined && code > 0xffff) i++;
    length++;
  }
  return length;
}

/** Where a sed script sits in sed's argv: `args[index]`, starting at `start` within it. */
export interface SedScriptArg {
  script: string;
  index: number;
  start: number;
}

const SED_LONG_OPTIONS = [
  'quiet',
  'silent',
  'debug',
  'expression',
  'file',
  'follow-symlinks',
  'in-place',
  'line-length',
  'null-data',
  'zero-terminated',
  'posix',
  'regexp-extended',
  'separate',
  'sandbox',
  'unbuffered',
  'help',
  'version',
];
const SED_LONG_VALUED = new Set(['expression', 'file', 'line-length']);

/**
 * The sed scripts among sed's arguments (program name excluded), parsed as GNU getopt does:
 * the `-e`/`--expression` values, or else the first operand unless `-f` gives a script file.
 */
export function sedScriptsOf(args: string[]): SedScriptArg[] {
  const expressions: SedScriptArg[] = [];
  let fromFile = false;
  let firstOperand: number | undefined;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === '--') {
      if (index + 1 < args.length) firstOperand ??= index + 1;
      break;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = longOption(arg.slice(2, eq === -1 ? undefined : eq));
      if (name === undefined || !SED_LONG_VALUED.has(name)) continue;
      const valueAt = eq === -1 ? index + 1 : index;
      const start = eq === -1 ? 0 : eq + 1;
      if (eq === -1) index++;
      if (valueAt >= args.length) continue;
      if (name === 'expression') expressions.push({ script: args[valueAt]!.slice(start), index: valueAt, start });
      if (name === 'file') fromFile = true;
      continue;
    }
    if (arg.startsWith('-') && arg.length > 1) {
      for (let j = 1; j < arg.length; j++) {
        const option = arg[j]!;
        // -i[SUFFIX]: the rest of the word is the suffix.
        if (option === 'i') break;
        if (option !== 'e' && option !== 'f' && option !== 'l') continue;
        const attached = j + 1 < arg.length;
        const valueAt = attached ? index : index + 1;
        const start = attached ? j + 1 : 0;
        if (!attached) index++;
        if (valueAt < args.length && option === 'e') {
          expressions.push({ script: args[valueAt]!.slice(start), index: valueAt, start });
        }
        if (option === 'f') fromFile = true;
        break;
      }
      continue;
    }
    firstOperand ??= index;
  }
  if (expressions.length > 0 || fromFile) return expressions;
  return firstOperand === undefined ? [] : [{ script: args[firstOperand]!, index: firstOperand, start: 0 }];
}

/** getopt accepts any unambiguous prefix of a long option. */
function longOption(prefix: string): string | undefined {
  if (SED_LONG_OPTIONS.includes(prefix)) return prefix;
  const matches = SED_LONG_OPTIONS.filter((o) => o.startsWith(prefix));
  return matches.length === 1 ? matches[0] : undefined;
}
