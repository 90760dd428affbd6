import type { Check } from '../check.js';

export const groundingChecks: Check[] = [];
