import type { Check } from '../check.js';

export const falcoChecks: Check[] = [];
