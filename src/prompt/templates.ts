import { readFileSync } from 'node:fs';

// The same relative path works from src/prompt (tsx, vitest) and from dist/prompt (the built CLI); package.json
// ships prompts/ next to dist/.
const PROMPTS_DIR = new URL('../../prompts/', import.meta.url);

const cache = new Map<string, string>();

/** The text of `prompts/<name>.md`, read once. */
export function loadTemplate(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(new URL(`${name}.md`, PROMPTS_DIR), 'utf8');
    cache.set(name, text);
  }
  return text;
}

const SLOT = /\{\{([a-z_]+)\}\}/g;

/**
 * Fills `{{slot}}`s. Every slot must get a value and every value must have a slot, so a template edit that drops
 * or renames a slot fails loudly instead of silently leaving the alert out of the prompt. Values are inserted
 * in one pass, so text inside a value is never read as a slot.
 */
export function fillTemplate(template: string, values: Record<string, string>): string {
  const used = new Set<string>();
  const out = template.replace(SLOT, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`prompt template slot {{${name}}} has no value`);
    used.add(name);
    return value;
  });
  const unused = Object.keys(values).filter((k) => !used.has(k));
  if (unused.length > 0) throw new Error(`prompt template has no slot for ${unused.map((k) => `{{${k}}}`).join(', ')}`);
  return out;
}

/** Loads and fills a template; the result ends with exactly one newline. */
export function renderTemplate(name: string, values: Record<string, string>): string {
  return `${fillTemplate(loadTemplate(name), values).trimEnd()}\n`;
}
