/**
 * Facts in ../shared that we found wrong or missing, fixed in our own catalog.
 * Each has a test in test/catalog/corrections.test.ts that shows the real behaviour.
 */
export interface Correction {
  id: string;
  apply(catalog: Record<string, Record<string, any>>): void;
}

export const CORRECTIONS: Correction[] = [];
