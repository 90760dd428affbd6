import { ModelReportSchema, type ModelReport } from '../report/schema.js';

/**
 * The provider's `validate` hook: an answer that is not JSON or not a ModelReport throws, which the provider counts
 * as a failed attempt and retries (a truncated or malformed answer is a transport problem, not a report to gate).
 */
export function validateModelAnswer(text: string): void {
  parseModelAnswer(text);
}

/** The answer as a ModelReport; only called on text that passed `validateModelAnswer`. */
export function parseModelAnswer(text: string): ModelReport {
  return ModelReportSchema.parse(JSON.parse(text));
}
