import type { Word } from '../../shell/types.js';

/** True when the word's text is fully known: no expansion, no model placeholder. */
export function isLiteralWord(word: Word): boolean {
  return !word.dynamic && word.placeholders.length === 0;
}
