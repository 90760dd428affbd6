import { z } from 'zod';

export const SeveritySchema = z.enum(['error', 'warning']);
export type Severity = z.infer<typeof SeveritySchema>;

/** One problem found in a checked file; the JSON output contract of every check command. */
export const FindingSchema = z.object({
  file: z.string(),
  line: z.number().int().positive(),
  endLine: z.number().int().positive().optional(),
  column: z.number().int().positive().optional(),
  code: z.string().regex(/^FR\d{3}$/),
  severity: SeveritySchema,
  message: z.string(),
  excerpt: z.string().optional(),
  suggestion: z.string().optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

export const CheckResultSchema = z.object({
  findings: z.array(FindingSchema),
  summary: z.object({
    files: z.number().int().nonnegative(),
    errors: z.number().int().nonnegative(),
    warnings: z.number().int().nonnegative(),
  }),
  notices: z.array(z.string()).optional(),
});
export type CheckResult = z.infer<typeof CheckResultSchema>;
