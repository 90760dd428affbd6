import { parseAllDocuments, type Document } from 'yaml';
import { catalog } from '../../catalog/index.js';
import { readDocument } from './document.js';
import { finishConditions } from './finish.js';
import { copyKnownItems, createKnownItems, type KnownItems } from './known.js';
import { RULES_CODES, type RawProblem, type RulesProblem } from './problem.js';
import { sniffNonYaml } from './shape.js';
import { ValidationState, type RulesStats } from './state.js';
import type { RuleExceptions } from './items.js';

export type { RulesProblem, RulesCode } from './problem.js';
export type { RulesStats } from './state.js';
export { createKnownItems, type KnownItems } from './known.js';

export interface ValidateOptions {
  /** The Falco release the rules are for; the catalog's (0.44.1) by default. */
  falcoVersion?: string;
  /**
   * Rules, macros and lists loaded before this text (earlier rules files, earlier report blocks).
   * Upstream rules are always known. Not modified: the result carries the updated set.
   */
  knownItems?: KnownItems;
}

export interface RulesValidation {
  problems: RulesProblem[];
  stats: RulesStats;
  /** `knownItems` plus what this text defines, for the next file. */
  known: KnownItems;
}

/**
 * Checks a Falco rules file the way Falco 0.44.1 loads it (rule_loader_reader → collector →
 * compiler), reporting every problem at its line and column in `text`. Anything Falco accepts
 * passes, except keys Falco ignores with a warning: those never do what the author meant.
 */
export function validateRules(text: string, options: ValidateOptions = {}): RulesValidation {
  const falcoVersion = options.falcoVersion ?? catalog.meta().falco;
  const before = options.knownItems ?? createKnownItems();
  const state = new ValidationState(text, falcoVersion, copyKnownItems(before));
  const parsed = parseAllDocuments(text, {
    keepSourceTokens: true,
    // yaml-cpp accepts duplicate keys (the first wins) and keeps every scalar as text until decoded.
    uniqueKeys: false,
    schema: 'failsafe',
    prettyErrors: false,
  });
  const docs: Document.Parsed[] = Array.isArray(parsed) ? parsed : [];
  const shape = sniffNonYaml(
    text,
    docs.some((d) => d.errors.length > 0),
  );
  if (shape) state.report('FR901', shape.offset, shape.message, undefined, shape.endOffset);
  else {
    const exceptions: RuleExceptions = new Map();
    for (const doc of docs) {
      const error = doc.errors[0];
      if (error) {
        // Falco stops at a YAML error (LOAD_ERR_YAML_PARSE); what follows it means nothing.
        state.report('FR915', yamlErrorOffset(text, error.code, error.message, error.pos[0]), `not valid YAML: ${error.message.split('\n')[0]}`);
        break;
      }
      readDocument(state, doc.contents, exceptions);
    }
    finishConditions(state, before);
  }
  return { problems: toProblems(state.problems, text), stats: state.stats, known: state.known };
}

/**
 * Where a YAML error is best shown. An unterminated quoted scalar is noticed at the end of the
 * text; the quote that opened it is where the author must look.
 */
function yamlErrorOffset(text: string, code: string, message: string, pos: number): number {
  const quote = code === 'MISSING_CHAR' ? /Missing closing (["'])quote/.exec(message)?.[1] : undefined;
  if (!quote) return pos;
  const before = text.slice(0, pos);
  const opening = new RegExp(`(?:^|[:\\-\\[,]\\s*|\\n\\s*)(${quote === '"' ? '"' : "'"})`, 'g');
  let found: number | undefined;
  for (const m of before.matchAll(opening)) found = m.index + m[0].length - 1;
  return found ?? pos;
}

/** The problems of one rules text, in text order. */
export function validateRulesText(text: string, options: ValidateOptions = {}): RulesProblem[] {
  return validateRules(text, options).problems;
}

/** 1-based line and column of an offset; the yaml LineCounter stops where a parse error stops the lexer. */
function positionOf(lineStarts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
}

function toProblems(raw: RawProblem[], text: string): RulesProblem[] {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const seen = new Set<string>();
  const out: RulesProblem[] = [];
  for (const p of [...raw].sort((a, b) => a.offset - b.offset)) {
    const key = `${p.offset}:${p.code}:${p.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const offset = Math.max(0, Math.min(p.offset, text.length));
    const { line, column } = positionOf(lineStarts, offset);
    const end = p.endOffset !== undefined ? positionOf(lineStarts, Math.max(offset, Math.min(p.endOffset, text.length) - 1)).line : undefined;
    out.push({
      code: p.code,
      line,
      column,
      ...(end !== undefined && end > line ? { endLine: end } : {}),
      message: p.message,
      ...(p.suggestion ? { suggestion: p.suggestion } : {}),
      severity: RULES_CODES[p.code].severity,
    });
  }
  return out;
}
