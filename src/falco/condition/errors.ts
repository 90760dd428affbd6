/** Error and hint shapes shared by the condition parser and the output-format parser. */

export type ParseErrorCode =
  | 'empty' // nothing to parse
  | 'expected-check' // a field check, macro name, 'not' or '(' was expected
  | 'expected-operator' // after a field or transformer
  | 'expected-value' // after a string or numeric operator
  | 'expected-list' // after in/intersects/pmatch or a modifier
  | 'expected-field' // inside a transformer or val()
  | 'expected-field-arg' // inside [...]
  | 'expected-keyword-blank' // 'and'/'or' not followed by a blank or '('
  | 'unexpected-token' // leftover text where 'and'/'or'/')'/',' was expected
  | 'unclosed-paren'
  | 'unclosed-bracket'
  | 'unterminated-string'
  | 'bad-escape'
  | 'templating' // {{...}} (accepted by libs as a literal; rejected unless libsCompat)
  | 'keyword-as-macro' // 'and'/'or'/'not' where a macro name would be (libsCompat accepts)
  | 'too-deep';

/** A recognised non-Falco construct and the Falco way of writing it. */
export type HintCode =
  | 'use-regex-or-glob'
  | 'use-and'
  | 'use-or'
  | 'use-not'
  | 'use-equals'
  | 'use-not-equals'
  | 'no-arithmetic'
  | 'use-list-operator'
  | 'use-modifier'
  | 'not-before-check'
  | 'lowercase'
  | 'no-templating'
  | 'no-colon'
  | 'quote-value'
  | 'use-exists'
  | 'use-val'
  | 'field-needs-dot'
  | 'transformer-syntax'
  | 'list-parentheses'
  | 'operator-needs-blank'
  | 'unknown-operator'
  | 'unterminated-string'
  | 'unclosed-paren'
  | 'unbalanced-paren'
  | 'or-paren-then-and'
  | 'output-syntax-in-condition'
  | 'no-percent-escape';

export interface Hint {
  code: HintCode;
  /** Human-readable suggestion, already included at the end of the error message. */
  message: string;
  /** Falco text to put in place of `span` (or of the error span when `span` is absent). */
  replacement?: string;
  span?: { offset: number; length: number };
}

export interface ParseError {
  code: ParseErrorCode;
  message: string;
  /** 0-based offset (JS string index) of the offending token; `text.length` when the text ended too early. */
  offset: number;
  length: number;
  hint?: Hint;
}

/** Thrown inside the parsers and turned into a `ParseError` result at the API boundary. */
export class ParseFailure extends Error {
  constructor(readonly error: ParseError) {
    super(error.message);
    this.name = 'ParseFailure';
  }
}

export function failure(
  code: ParseErrorCode,
  message: string,
  offset: number,
  length: number,
  hint?: Hint,
): ParseFailure {
  const full = hint ? `${message}; ${hint.message}` : message;
  return new ParseFailure({ code, message: full, offset, length, ...(hint ? { hint } : {}) });
}
