/**
 * The one interface the rest of the program uses to talk to a model. It is deliberately narrow (one structured
 * generation call) so report generation can be tested with a fake and providers can be swapped.
 */

export type ProviderName = 'ollama' | 'openai';

export interface GenerateRequest {
  system: string;
  prompt: string;
  /** JSON Schema the output must follow (e.g. from z.toJSONSchema). Sent as Ollama `format` / OpenAI strict json_schema. */
  schema: Record<string, unknown>;
  /** Name of the schema for OpenAI's response_format (letters, digits, '_' and '-'). */
  schemaName: string;
  temperature?: number;
  /** Cancels the call, including retry waits; generate() then rejects with the signal's reason. */
  signal?: AbortSignal;
  /**
   * Checks the raw output text (e.g. JSON.parse + zod) and throws if it is unusable. A throw counts as a failed
   * attempt and is retried like a malformed body. The provider already rejects output that is not JSON.
   */
  validate?: (text: string) => void;
}

export interface Usage {
  inputTokens?: number;
  outputTokens?: number;
}

export interface GenerateResult {
  /** The model's raw output: JSON text that passed `validate`. */
  text: string;
  /** Token counts of the successful attempt, when the server reports them. */
  usage?: Usage;
  /** Wall time of the whole generate() call, including failed attempts and retry waits. */
  latencyMs: number;
  /** Number of HTTP attempts made, 1 when the first one succeeded. */
  attempts: number;
  /** Why the model stopped ("stop", ...), as the server reports it. */
  finishReason?: string;
}

export interface LlmProvider {
  readonly name: ProviderName;
  readonly model: string;
  /** Ollama host or OpenAI base URL, for messages like "using llama3.1:8b at http://127.0.0.1:11434". */
  readonly endpoint?: string;
  /** Rejects with an LlmError (see errors.ts) once retries are exhausted or the failure is not retryable. */
  generate(request: GenerateRequest): Promise<GenerateResult>;
}
