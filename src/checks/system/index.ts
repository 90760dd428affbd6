import type { Check } from '../check.js';

export const systemChecks: Check[] = [];
