import type { Scalar } from 'yaml';
import type { Expr } from '../condition/ast.js';
import type { ConditionFacts } from './condition-facts.js';
import type { KnownItems } from './known.js';
import type { RawProblem, RulesCode } from './problem.js';

/** A condition parsed during the first pass, checked against macros and fields in the second. */
export interface ParsedCondition {
  owner: 'rule' | 'macro';
  /** Name of the rule or macro. */
  name: string;
  /** Position of the item among the text's items (Falco's definition order). */
  index: number;
  /** The rule's source (rules only; macros get theirs from the rules using them). */
  source?: string;
  /** The text given to the parser (the scalar's value, behind a stand-in base when appended). */
  text: string;
  ast: Expr;
  facts: ConditionFacts;
  /** Maps an offset in `text` to an offset in the rules text. */
  at: (offset: number) => number;
  /** The stand-in for the condition appended to, which is not a macro reference. */
  placeholder?: string;
}

export interface RulesStats {
  rules: number;
  macros: number;
  lists: number;
  /** Conditions (rules, macros, appended fragments) that parsed. */
  conditions: number;
}

/** Everything the passes share while one rules text is validated. */
export class ValidationState {
  readonly problems: RawProblem[] = [];
  readonly conditions: ParsedCondition[] = [];
  /** Macros defined in this text: name → index of the first definition (Falco keeps that index). */
  readonly macroIndex = new Map<string, number>();
  readonly listIndex = new Map<string, number>();
  readonly stats: RulesStats = { rules: 0, macros: 0, lists: 0, conditions: 0 };
  /** Position of the item being read. */
  index = 0;

  constructor(
    readonly text: string,
    readonly falcoVersion: string,
    /** Items loaded before this text; this text's definitions are added as they are read. */
    readonly known: KnownItems,
  ) {}

  report(code: RulesCode, offset: number, message: string, suggestion?: string, endOffset?: number): void {
    this.problems.push({ code, offset, message, ...(suggestion ? { suggestion } : {}), ...(endOffset !== undefined ? { endOffset } : {}) });
  }
}

export type { Scalar };
