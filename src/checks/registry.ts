import type { Check } from './check.js';
import { configChecks } from './config/index.js';
import { falcoChecks } from './falco/index.js';
import { groundingChecks } from './grounding/index.js';
import { inlineChecks } from './inline/index.js';
import { systemChecks } from './system/index.js';
import { toolsChecks } from './tools/index.js';

/** Every check `falco-report check` runs, in code order. */
export const ALL_CHECKS: readonly Check[] = [...toolsChecks, ...systemChecks, ...inlineChecks, ...groundingChecks, ...falcoChecks, ...configChecks].sort((a, b) =>
  a.meta.code.localeCompare(b.meta.code),
);

/** Checks that need the alert; skipped (and said so) when none is given. */
export const GROUNDING_CODES: ReadonlySet<string> = new Set(groundingChecks.map((c) => c.meta.code));
