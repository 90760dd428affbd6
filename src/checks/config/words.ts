import type { SimpleCommand, Word } from '../../shell/types.js';

/** The program's base name (`/usr/bin/falco` → `falco`), or undefined when it is computed at run time. */
export function programName(command: SimpleCommand): string | undefined {
  if (command.name.dynamic) return undefined;
  const text = command.name.text;
  return text.slice(text.lastIndexOf('/') + 1);
}

/** True when the word's text is fully known: no expansion, no model placeholder. */
export function isLiteralWord(word: Word): boolean {
  return !word.dynamic && word.placeholders.length === 0;
}
