/**
 * Writes schemas/report.schema.json: the JSON Schema sent to the model, generated from the zod ModelReportSchema
 * (the single source of truth), so people and other tools can read it without running the code.
 * Run with `npm run schemas`; test/report/schema.test.ts fails when the file is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { modelReportJsonSchema } from '../src/report/schema.js';

export const REPORT_SCHEMA_FILE = new URL('../schemas/report.schema.json', import.meta.url);

export function reportSchemaText(): string {
  return `${JSON.stringify(modelReportJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(REPORT_SCHEMA_FILE, reportSchemaText());
  console.log(`wrote ${fileURLToPath(REPORT_SCHEMA_FILE)}`);
}
