/**
 * AST of a Falco filter condition (Falco 0.44.1 / falcosecurity libs 0.25.4).
 *
 * Every node carries `pos`: a 0-based offset into the condition string (UTF-16 code units, i.e. JS
 * string indices) plus a length, so a caller can map it back to a line/column in the rules file.
 * Parentheses are not nodes: a group only shows up as structure (`(a and b) and c` is an `and` whose
 * first child is another `and`), which is also how libs builds its tree.
 */

export interface Span {
  offset: number;
  length: number;
}

/** The operators as libs spells them; `==` is folded into `=` (they are the same operator, CO_EQ). */
export const CHECK_OPERATORS = [
  'exists',
  '<=',
  '<',
  '>=',
  '>',
  '=',
  '!=',
  'glob',
  'iglob',
  'contains',
  'icontains',
  'bcontains',
  'startswith',
  'bstartswith',
  'endswith',
  'regex',
  'intersects',
  'in',
  'pmatch',
] as const;
export type CheckOperator = (typeof CHECK_OPERATORS)[number];

export const NUMERIC_OPERATORS = ['<=', '<', '>=', '>'] as const satisfies readonly CheckOperator[];
export const STRING_OPERATORS = [
  '=',
  '!=',
  'glob',
  'iglob',
  'contains',
  'icontains',
  'bcontains',
  'startswith',
  'bstartswith',
  'endswith',
  'regex',
] as const satisfies readonly CheckOperator[];
export const LIST_OPERATORS = ['intersects', 'in', 'pmatch'] as const satisfies readonly CheckOperator[];

export type NumericOperator = (typeof NUMERIC_OPERATORS)[number];
export type StringOperator = (typeof STRING_OPERATORS)[number];
export type ListOperator = (typeof LIST_OPERATORS)[number];

/** `<string op> oneof|anyof|allof (list)`, new in Falco 0.44 / libs 0.25. */
export const MODIFIERS = ['oneof', 'anyof', 'allof'] as const;
export type Modifier = (typeof MODIFIERS)[number];

/** `val` only wraps a field on the right-hand side; the others work anywhere a field does. */
export const TRANSFORMERS = ['val', 'tolower', 'toupper', 'b64', 'basename', 'len', 'join', 'concat', 'getopt'] as const;
export type TransformerName = (typeof TRANSFORMERS)[number];

export type Expr = AndExpr | OrExpr | NotExpr | CheckExpr | IdentifierExpr;

export interface AndExpr {
  kind: 'and';
  /** Two or more; libs builds n-ary and/or nodes for `a and b and c`. */
  children: Expr[];
  pos: Span;
}

export interface OrExpr {
  kind: 'or';
  children: Expr[];
  pos: Span;
}

export interface NotExpr {
  kind: 'not';
  /** One node per `not` keyword: `not not a` is not(not(a)) here (libs folds the pair away). */
  child: Expr;
  pos: Span;
}

/** A bare word used as a whole check: a macro reference (`spawned_process`). */
export interface IdentifierExpr {
  kind: 'identifier';
  name: string;
  pos: Span;
}

export interface CheckExpr {
  kind: 'check';
  lhs: FieldOrTransformer;
  operator: CheckOperator;
  /** Where the operator was written; slice the source with it to recover `==` vs `=`. */
  opPos: Span;
  modifier?: Modifier;
  modifierPos?: Span;
  /** Absent only for `exists`. */
  rhs?: CheckRhs;
  pos: Span;
}

export type CheckRhs = ValueExpr | ListExpr | ListRefExpr | TransformerExpr;

export interface FieldArg {
  /** As written between the brackets, quotes included when quoted. */
  raw: string;
  /** Unescaped value (same as `raw` for a bare argument). */
  value: string;
  quoted: boolean;
  /** Span of `raw` (inside the brackets). */
  pos: Span;
}

/**
 * A field reference: the FieldName token (`proc.aname`, `evt.arg.flags`, `ka.uri.param`) plus the
 * optional `[arg]` right after it (`proc.aname[2]`, `proc.env[HOME]`, `json.value[/a/b]`).
 */
export interface FieldRef {
  kind: 'field';
  name: string;
  arg?: FieldArg;
  pos: Span;
}

/** `tolower(proc.name)`, `val(proc.pname)`, `getopt(proc.args, "c:")[c]`, nested ones too. */
export interface TransformerExpr {
  kind: 'transformer';
  name: TransformerName;
  args: TransformerArg[];
  /** Trailing `[arg]` after the closing parenthesis (meant for multi-argument transformers: getopt). */
  arg?: FieldArg;
  pos: Span;
}

export type FieldOrTransformer = FieldRef | TransformerExpr;

export type TransformerArg = FieldRef | TransformerExpr | ValueExpr | TransformerListExpr;

/** `(a, b, ...)` passed as one transformer argument (e.g. to concat/join). */
export interface TransformerListExpr {
  kind: 'transformer-list';
  items: Array<FieldRef | TransformerExpr | ValueExpr>;
  pos: Span;
}

export type ValueForm = 'quoted' | 'bare' | 'number';

/** A constant. `raw` is the token as written (quotes included), `value` what libs compares against. */
export interface ValueExpr {
  kind: 'value';
  form: ValueForm;
  raw: string;
  value: string;
  pos: Span;
}

/** `(a, 'b c', 3)` — items are strings (bare items that name a list are expanded by Falco). */
export interface ListExpr {
  kind: 'list';
  items: ValueExpr[];
  pos: Span;
}

/** A list name written right after `in`/`intersects`/`pmatch` or a modifier: `proc.name in shell_binaries`. */
export interface ListRefExpr {
  kind: 'list-ref';
  name: string;
  pos: Span;
}

export type Node =
  | Expr
  | FieldRef
  | TransformerExpr
  | TransformerListExpr
  | ValueExpr
  | ListExpr
  | ListRefExpr;

/**
 * Deep copy without position information (`pos`, `opPos`, `modifierPos`), for comparing trees
 * parsed from different texts (e.g. a round trip through the printer).
 */
export function stripPositions<T>(node: T): T {
  return strip(node) as T;
}

const POSITION_KEYS = new Set(['pos', 'opPos', 'modifierPos']);

function strip(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(strip);
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, val] of Object.entries(v)) {
      if (!POSITION_KEYS.has(k)) out[k] = strip(val);
    }
    return out;
  }
  return v;
}

/** 1-based line and column of `offset` in `text` (a `\r\n` pair counts as one line break). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */ || (c === 13 /* \r */ && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
