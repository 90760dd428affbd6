import type { Check } from '../check.js';

export const inlineChecks: Check[] = [];
