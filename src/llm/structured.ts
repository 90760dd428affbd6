import { BadOutputError, summarizeError } from './failure.js';

/**
 * Structured output, both directions: the schema as we send it, and the check of the text we get back.
 */

/**
 * The schema as sent to a server. Root `$schema`/`$id` (which z.toJSONSchema adds) are metadata only; they are
 * dropped because OpenAI's strict mode accepts only a subset of JSON Schema (openai's own zod helper strips them
 * too) and there is no sign that Ollama's schema-to-grammar conversion needs them.
 */
export function wireSchema(schema: Record<string, unknown>): Record<string, unknown> {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return rest;
}

/**
 * Accepts the model's text only if it is JSON and passes the caller's `validate`; otherwise throws
 * BadOutputError, which the retry policy treats as a failed, retryable attempt.
 */
export function checkOutput(text: string, validate?: (text: string) => void): void {
  if (text.trim() === '') throw new BadOutputError('the model returned no text');
  try {
    JSON.parse(text);
  } catch (error) {
    throw new BadOutputError(`the model output is not valid JSON (${summarizeError(error)}); it may be truncated`);
  }
  if (!validate) return;
  try {
    validate(text);
  } catch (error) {
    throw new BadOutputError(`the model output failed validation: ${summarizeError(error)}`);
  }
}
