export { buildReportPrompt, buildRepairPrompt, systemPrompt, PROMPT_VERSION, type BuiltPrompt, type PromptOptions, type RepairFailure } from './build.js';
export { redactAlert, restore, restoreDeep, Redactor, type RedactionMap, type RedactOptions } from './redact.js';
export { describeField, fieldNote } from './field-notes.js';
export { fenceUntrusted } from './fence.js';
