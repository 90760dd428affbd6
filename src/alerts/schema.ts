import { z } from 'zod';

import { PRIORITIES } from './priorities.js';

export { PRIORITIES } from './priorities.js';
export const PrioritySchema = z.enum(PRIORITIES);
export type Priority = z.infer<typeof PrioritySchema>;

// Note: readAlerts keeps integers beyond ±(2^53 − 1) (nanosecond counters such as evt.time) as their exact
// decimal digits in a string, because a JS number would round them.
const OutputFieldValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.union([z.string(), z.number(), z.boolean(), z.null()]))]);
export type OutputFieldValue = z.infer<typeof OutputFieldValueSchema>;

/**
 * One Falco alert as Falco's json_output writes it, or as Falcosidekick re-posts it
 * (which adds `uuid`, may set `source` to "syscalls" and may drop `hostname` and `tags`).
 */
export const FalcoAlertSchema = z.object({
  uuid: z.string().optional(),
  time: z.string().min(1),
  rule: z.string().min(1),
  priority: z.preprocess((v) => normalizePriority(v), PrioritySchema),
  source: z.string().optional(),
  hostname: z.string().optional(),
  output: z.string().optional(),
  message: z.string().optional(),
  tags: z.array(z.string()).optional(),
  // Absent when Falco runs with json_include_output_fields_property: false; null when Falcosidekick
  // re-posts such an alert (Go encodes its nil map as null). Both mean "no fields".
  output_fields: z.preprocess((v) => (v === null ? undefined : v), z.record(z.string(), OutputFieldValueSchema).default({})),
});
export type FalcoAlert = z.infer<typeof FalcoAlertSchema>;

function normalizePriority(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const lower = value.toLowerCase();
  if (lower === 'info') return 'Informational';
  return PRIORITIES.find((p) => p.toLowerCase() === lower) ?? value;
}
