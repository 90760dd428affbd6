import { expect } from 'vitest';
import { z } from 'zod';
import { LlmError } from '../../src/llm/errors.js';
import type { GenerateRequest } from '../../src/llm/provider.js';
import type { RetryOptions, Sleep } from '../../src/llm/retry.js';

/** A small report schema, shaped like what the report generator will send. */
export const Report = z.object({
  summary: z.string(),
  severity: z.enum(['low', 'medium', 'high', 'critical']),
  steps: z.array(z.object({ step: z.string(), command: z.string().nullable() })),
});
export type Report = z.infer<typeof Report>;

export const sampleReport: Report = {
  summary: 'A shell was spawned in container kubecon.',
  severity: 'high',
  steps: [{ step: 'Inspect the pod', command: 'kubectl -n default describe pod kubecon' }],
};
export const sampleText = JSON.stringify(sampleReport);

export const reportSchema = z.toJSONSchema(Report, { target: 'draft-7' }) as Record<string, unknown>;

export function request(overrides: Partial<GenerateRequest> = {}): GenerateRequest {
  return {
    system: 'You write incident reports.',
    prompt: 'Alert: Terminal shell in container',
    schema: reportSchema,
    schemaName: 'incident_report',
    temperature: 0.2,
    validate: (text) => void Report.parse(JSON.parse(text)),
    ...overrides,
  };
}

/** A sleep that records requested delays and returns at once, so retry tests stay fast and can assert waits. */
export function recordingSleep(): { sleep: Sleep; delays: number[] } {
  const delays: number[] = [];
  return {
    delays,
    sleep: async (ms, signal) => {
      signal?.throwIfAborted();
      delays.push(ms);
    },
  };
}

/** Retry options for tests: recorded sleep, no jitter. */
export function fastRetry(extra: RetryOptions = {}): { retry: RetryOptions; delays: number[] } {
  const { sleep, delays } = recordingSleep();
  return { retry: { sleep, random: () => 0, ...extra }, delays };
}

export function ollamaChat(content: string, extra: Record<string, unknown> = {}) {
  return {
    model: 'llama3.1:8b',
    created_at: '2026-11-22T10:00:00Z',
    message: { role: 'assistant', content },
    done: true,
    done_reason: 'stop',
    total_duration: 1_000_000,
    prompt_eval_count: 321,
    eval_count: 54,
    ...extra,
  };
}

export function openaiCompletion(content: string | null, extra: { finish_reason?: string; refusal?: string | null; usage?: unknown } = {}) {
  return {
    id: 'chatcmpl-1',
    object: 'chat.completion',
    created: 0,
    model: 'gpt-4o-mini',
    choices: [
      {
        index: 0,
        finish_reason: extra.finish_reason ?? 'stop',
        logprobs: null,
        message: { role: 'assistant', content, refusal: extra.refusal ?? null },
      },
    ],
    usage: extra.usage === undefined ? { prompt_tokens: 400, completion_tokens: 60, total_tokens: 460 } : extra.usage,
  };
}

/** Captures what is written to stdout (console.log/info/debug included) while `run` executes. */
export async function captureStdout<T>(run: () => Promise<T>): Promise<{ result: PromiseSettledResult<T>; stdout: string }> {
  const originalWrite = process.stdout.write;
  const methods = ['log', 'info', 'debug'] as const;
  const originals = methods.map((m) => console[m]);
  let stdout = '';
  process.stdout.write = ((chunk: unknown) => {
    stdout += String(chunk);
    return true;
  }) as typeof process.stdout.write;
  for (const m of methods) {
    console[m] = (...args: unknown[]) => {
      stdout += `${args.map(String).join(' ')}\n`;
    };
  }
  try {
    const [result] = await Promise.allSettled([run()]);
    return { result: result as PromiseSettledResult<T>, stdout };
  } finally {
    process.stdout.write = originalWrite;
    methods.forEach((m, i) => (console[m] = originals[i] as (typeof console)[typeof m]));
  }
}

/** The LlmError a promise rejects with; fails the test when it resolves or rejects with anything else. */
export async function failure(promise: Promise<unknown>): Promise<LlmError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LlmError);
  return error as LlmError;
}
