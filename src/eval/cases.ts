import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { z } from 'zod';
import { parseSingleAlert } from '../alerts/read.js';
import type { FalcoAlert } from '../alerts/schema.js';

/**
 * The eval cases file (eval/cases.json): which fixture alerts to run and what a good report about each must hold.
 * Every expectation is checked against its alert when the file is loaded, so a typo in the file (a MITRE id the
 * rule does not carry, a field the alert lacks) is a usage error at once, not a case that fails on every model.
 */

/** The repository root: src/eval and dist/eval both sit two levels below it. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

const ExpectSchema = z
  .object({
    /** ATT&CK ids from the alert's tags that a good report lists. */
    mitre: z.array(z.string().min(1)).optional(),
    /** output_fields a good report cites as evidence. */
    evidenceFields: z.array(z.string().min(1)).optional(),
    /** Text (compared case-insensitively) that must not appear in what the report says beyond its quoted evidence values. */
    mustNotContain: z.array(z.string().min(1)).optional(),
  })
  .strict();

const CaseSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'lower-case letters, digits, ".", "_" and "-"'),
    /** Path of a one-alert file, relative to the repository root (fixtures/alerts/...). */
    alert: z.string().min(1),
    /** Free text for the reader of the file (JSON has no comments). */
    note: z.string().optional(),
    expect: ExpectSchema.optional(),
  })
  .strict();

// .strict() everywhere: a misspelt key ("expects", "mustNotContains") would otherwise silently check nothing.
const CasesFileSchema = z.array(CaseSchema).min(1, 'the file holds no case');

export interface CaseExpectations {
  mitre: string[];
  evidenceFields: string[];
  mustNotContain: string[];
}

export interface EvalCase {
  id: string;
  /** The path as written in the cases file, for tables and results. */
  alertPath: string;
  alert: FalcoAlert;
  expect: CaseExpectations;
}

/** The cases file cannot be used: bad JSON, wrong shape, a missing alert, an expectation its alert contradicts. */
export class EvalCasesError extends Error {
  override readonly name = 'EvalCasesError';
}

export function loadCases(file: string, root: string = PROJECT_ROOT): EvalCase[] {
  let text: string;
  try {
    text = readFileSync(resolve(root, file), 'utf8');
  } catch (error) {
    throw new EvalCasesError(`${file}: cannot read the cases file: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new EvalCasesError(`${file}: not JSON: ${(error as Error).message}`);
  }
  const parsed = CasesFileSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `$${i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}: ${i.message}`);
    throw new EvalCasesError(`${file}: not an eval cases file:\n${issues.join('\n')}`);
  }

  const seen = new Set<string>();
  return parsed.data.map((raw) => {
    if (seen.has(raw.id)) throw new EvalCasesError(`${file}: case "${raw.id}" appears twice; ids name results and must be unique`);
    seen.add(raw.id);
    const alert = readCaseAlert(file, raw.id, raw.alert, root);
    const expect: CaseExpectations = {
      mitre: raw.expect?.mitre ?? [],
      evidenceFields: raw.expect?.evidenceFields ?? [],
      mustNotContain: raw.expect?.mustNotContain ?? [],
    };
    checkExpectations(file, raw.id, alert, expect);
    return { id: raw.id, alertPath: raw.alert, alert, expect };
  });
}

function readCaseAlert(file: string, id: string, path: string, root: string): FalcoAlert {
  let text: string;
  try {
    text = readFileSync(resolve(root, path), 'utf8');
  } catch (error) {
    throw new EvalCasesError(`${file}: case "${id}": cannot read ${path}: ${(error as Error).message}`);
  }
  try {
    return parseSingleAlert(text, path);
  } catch (error) {
    throw new EvalCasesError(`${file}: case "${id}": ${(error as Error).message}`);
  }
}

/**
 * A good report can only be expected to hold what the alert grounds: MITRE ids its rule's tags carry, and fields it
 * has a value for (the report leaves null fields out of the evidence).
 */
function checkExpectations(file: string, id: string, alert: FalcoAlert, expect: CaseExpectations): void {
  const tags = alert.tags ?? [];
  for (const mitre of expect.mitre) {
    if (!tags.includes(mitre)) {
      throw new EvalCasesError(`${file}: case "${id}": expected MITRE id ${mitre} is not in the alert's tags (${tags.join(', ') || 'none'})`);
    }
  }
  for (const field of expect.evidenceFields) {
    if (!Object.hasOwn(alert.output_fields, field)) {
      throw new EvalCasesError(`${file}: case "${id}": expected evidence field ${field} is not in the alert's output_fields`);
    }
    if (alert.output_fields[field] === null) {
      throw new EvalCasesError(`${file}: case "${id}": expected evidence field ${field} is null in the alert, so no report can cite it`);
    }
  }
}
