import { mitreIds } from '../../catalog/lookup.js';
import type { Check } from '../check.js';
import { activeIdsNamed, familyOf, mitreMentions, mitreStatus } from './mitre.js';
import { proseLines } from './text.js';

/** The name written right after an id: `T1059.004 (Unix Shell)`, `TA0003: Persistence`, `T1611 - Escape to Host`. */
const NAME_AFTER = /^\s*(?:\(|:\s|[-–—]\s)\s*\**["“]?([A-Za-z][A-Za-z0-9&/' .:-]{1,80}?)["”]?\**\s*(?:\)|,|;|$|\.\s|\.$|\s[-–—]\s)/;

/** A table cell that holds only an id (`| T1082 |`, `| **T1082** |`, `` | `T1082` | ``): the id's own cell. */
const ID_CELL_BEFORE = /\|\s*[*_`]*$/;
const ID_CELL_AFTER = /^[*_`]*\s*\|/;
/** The next cell's text, when it is a whole name: `| T1082 | System Information Discovery |`. */
const NEXT_CELL = /^[*_`]*\s*\|\s*[*_]*["“]?([A-Za-z][A-Za-z0-9&/' .:()-]{1,80}?)["”]?[*_]*\s*\|/;
/** The previous cell's text, for a table whose name column comes first: `| Unix Shell | T1059.004 |`. */
const PREVIOUS_CELL = /\|\s*[*_]*["“]?([A-Za-z][A-Za-z0-9&/' .:()-]{1,80}?)["”]?[*_]*\s*\|\s*[*_`]*$/;

/**
 * The name a field/value table row pairs with an id in a cell of its own: the next cell, or the previous one when the
 * id's cell is the row's last. Tables with more columns pair the id with its neighbour the same way.
 */
function nameInTable(head: string, rest: string): { name: string; before: boolean } | undefined {
  if (!ID_CELL_BEFORE.test(head) || !ID_CELL_AFTER.test(rest)) return undefined;
  const next = NEXT_CELL.exec(rest);
  if (next) return { name: next[1]!, before: false };
  if (rest.replace(/^[*_`]*\s*\|/, '').trim() !== '') return undefined;
  const previous = PREVIOUS_CELL.exec(head);
  return previous ? { name: previous[1]!, before: true } : undefined;
}

/** Candidate names that end right before an id written as `Name (T1234)`: the last one to six words. */
function namesBefore(text: string): string[] {
  const m = /([A-Za-z][A-Za-z0-9&/' -]*?)\s*\**\s*\(\s*$/.exec(text);
  if (!m) return [];
  const words = m[1]!.trim().split(/\s+/);
  const out: string[] = [];
  for (let n = 1; n <= Math.min(6, words.length); n++) out.push(words.slice(-n).join(' '));
  return out;
}

/**
 * The name written after an id inside a parenthesised list, without a separator: `(T1033 System Owner/User
 * Discovery, T1082 System Information Discovery)`. The name must start with a capital and end at `,`, `;` or `)`:
 * a line that breaks mid-name gives nothing.
 */
const NAME_IN_LIST = /^\s+["“]?([A-Z][A-Za-z0-9&/' .:-]{1,80}?)["”]?\s*(?:\)|,|;)/;

function nameInList(before: string, after: string): string | undefined {
  if (!/(?:\(|,|;)\s*$/.test(before)) return undefined;
  // Only inside an open parenthesis: `discovery (T1033 System Owner/User Discovery, …`.
  const open = before.lastIndexOf('(');
  if (open < 0 || before.indexOf(')', open) >= 0) return undefined;
  return NAME_IN_LIST.exec(after)?.[1];
}

let tacticNames: Set<string> | undefined;

/** Tactic names, lower-cased: `discovery (T1033)` files the technique under its tactic, it does not name it. */
function isTacticName(name: string): boolean {
  tacticNames ??= new Set([...mitreIds().values()].filter((e) => e.id.startsWith('TA')).map((e) => e.name.toLowerCase()));
  return tacticNames.has(name.toLowerCase());
}

/**
 * Whether a name written next to a technique id claims to be its name. A tactic name does not (the technique's
 * category: `the commands are discovery (T1033)`, `T1059 (Execution)`), and before the parenthesis neither does a
 * single lower-case word (`a proxy (T1572)`, `cron (T1053.003)`): prose, not a title.
 */
function claimsName(id: string, candidate: string, before: boolean): boolean {
  if (id.startsWith('TA')) return true;
  if (isTacticName(candidate)) return false;
  if (before && /^[a-z][\w-]*$/.test(candidate)) return false;
  return true;
}

/** Parts of a written name that may be the id's own: `Command and Scripting Interpreter: Unix Shell` has both. */
function nameParts(name: string): string[] {
  const clean = name.trim().replace(/[.\s]+$/, '');
  return [clean, ...clean.split(/:\s*/).map((s) => s.trim())].filter((s) => s.length > 0);
}

export const mitreNameMismatch: Check = {
  meta: {
    code: 'FR707',
    name: 'mitre-id-name-mismatch',
    severity: 'error',
    summary: 'A MITRE ATT&CK id paired with the name of a different technique or tactic.',
    docs: {
      bad: 'The dropped binary ran through a shell, T1059.001 (Unix Shell), to gain Persistence (TA0004).',
      good: 'The dropped binary ran through a shell, T1059.004 (Unix Shell), to gain Persistence (TA0003).',
    },
  },
  run({ doc, report }) {
    for (const { line, text } of proseLines(doc)) {
      for (const mention of mitreMentions(text)) {
        const found = mitreStatus(mention.id);
        if (found.status !== 'active') continue;
        const rest = text.slice(mention.index + mention.length);
        const head = text.slice(0, mention.index);
        const cell = nameInTable(head, rest);
        const after = cell ? (cell.before ? undefined : cell.name) : (NAME_AFTER.exec(rest)?.[1] ?? nameInList(head, rest));
        // A name after the id is the one the report gives it; the words before the parenthesis are then a category.
        const candidates = [
          ...(after ? nameParts(after).filter((c) => claimsName(mention.id, c, false)) : []),
          ...(after ? [] : cell?.before ? nameParts(cell.name).filter((c) => claimsName(mention.id, c, false)) : namesBefore(head).filter((c) => claimsName(mention.id, c, true))),
        ];
        if (candidates.length === 0) continue;
        const own = found.entry.name.toLowerCase();
        const parent = mitreIds().get(familyOf(mention.id))?.name.toLowerCase();
        if (candidates.some((c) => c.toLowerCase() === own || c.toLowerCase() === parent)) continue;
        // The catalog keeps no former names, and a few old technique names live on in their own sub-techniques
        // (T1053 was "Scheduled Task", now T1053.005's name): a parent's sub-technique names are never called wrong.
        for (const candidate of candidates) {
          const others = activeIdsNamed(candidate).filter((id) => id !== mention.id && !(familyOf(id) === mention.id));
          if (others.length === 0) continue;
          report({
            line,
            column: mention.index + 1,
            message: `${mention.id} is ${found.entry.name}, not ${candidate}; ${candidate} is ${others.join(' or ')}`,
            suggestion: others[0]!,
          });
          break;
        }
      }
    }
  },
};
