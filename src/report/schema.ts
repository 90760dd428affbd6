import { z } from 'zod';

/**
 * What the model is asked to return. Flat and small so 8B local models can fill it; every field a checker
 * can verify is structured (one command per step, YAML per rule change). Optional data is `.nullable()`,
 * never `.optional()`, because OpenAI's strict structured output requires every key.
 * Severity is not here: it comes from Falco's priority, never from the model.
 */
export const EvidenceSchema = z.object({
  field: z.string().describe('alert field name exactly as in output_fields, e.g. proc.cmdline'),
  value: z.string().describe('the value of that field, copied from the alert'),
  meaning: z.string().describe('what this value shows, in one sentence'),
});

export const CommandStepSchema = z.object({
  purpose: z.string().describe('why to run it, in one sentence'),
  command: z.string().describe('one shell command, no comments, no output'),
});

export const ChangeSchema = z.object({
  purpose: z.string().describe('what the change does, in one sentence'),
  yaml: z.string().describe('the YAML to add'),
});

export const ModelReportSchema = z.object({
  summary: z.string().describe('two to four sentences: what happened, where, and why it matters'),
  evidence: z.array(EvidenceSchema),
  mitre: z.array(z.string().describe('a MITRE ATT&CK id such as T1059 or TA0002')),
  investigation: z.array(CommandStepSchema),
  remediation: z.array(CommandStepSchema),
  rule_changes: z.array(ChangeSchema).describe('Falco rules file items (YAML list of - rule/- macro/- list), or empty'),
  config_changes: z.array(ChangeSchema).describe('falco.yaml snippets, or empty'),
  false_positive: z.string().nullable().describe('when this alert is likely benign, or null'),
});

export type Evidence = z.infer<typeof EvidenceSchema>;
export type CommandStep = z.infer<typeof CommandStepSchema>;
export type Change = z.infer<typeof ChangeSchema>;
export type ModelReport = z.infer<typeof ModelReportSchema>;

export const REPORT_SCHEMA_NAME = 'falco_incident_report';

/** The JSON Schema sent to the model (Ollama `format`, OpenAI `response_format`); schemas/ holds a generated copy. */
export function modelReportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ModelReportSchema, { target: 'draft-7' }) as Record<string, unknown>;
}
