/** Falco filter-condition and output-format parsing (Falco 0.44.1 / libs 0.25.4). */
export * from './ast.js';
export type { Hint, HintCode, ParseError, ParseErrorCode } from './errors.js';
export {
  parseCondition,
  parseFieldExpression,
  type FieldExpressionResult,
  type ParseOptions,
  type ParseResult,
} from './parser.js';
export { printCondition } from './print.js';
export * from './walk.js';
export { parseOutput, type OutputParseOptions, type OutputParseResult, type OutputRef } from './output.js';
