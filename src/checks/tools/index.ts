import type { Check } from '../check.js';

export const toolsChecks: Check[] = [];
