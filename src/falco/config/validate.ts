import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Document } from 'yaml';
import { falcoKeySpace } from './keys.js';
import { problem, type ConfigProblem } from './problem.js';
import { catalogFalcoVersion } from './status.js';
import { checkEntries, type Locate, type WalkContext } from './walk.js';

export interface ValidateConfigOptions {
  /** Falco release to check against; the catalog's (0.44.1) by default. */
  falcoVersion?: string;
  /** Called with every key path classified, for coverage figures. */
  onKey?: (path: string) => void;
}

export interface ParsedConfigText {
  docs: Document.Parsed[];
  lineCounter: LineCounter;
  /** The first YAML syntax error, when the text is not YAML. */
  syntaxError?: ConfigProblem;
}

/**
 * Models elide parts of a file with a bare `...` line, which YAML reads as a document end marker;
 * blanking those lines keeps line numbers and lets the rest parse as the excerpt it is.
 */
function blankElisions(text: string): string {
  return text.replace(/^[ \t]*(\.\.\.|…)[ \t]*$/gm, '');
}

/**
 * Parses falco.yaml text the way its keys will be checked: every scalar kept as text (the failsafe
 * schema), because Falco converts each one only when it reads the key; duplicate keys allowed, as in yaml-cpp.
 */
export function parseConfigText(text: string): ParsedConfigText {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(blankElisions(text), { lineCounter, schema: 'failsafe', uniqueKeys: false, prettyErrors: false });
  const list = Array.isArray(docs) ? docs : [];
  const error = list.flatMap((d) => d.errors)[0];
  if (!error) return { docs: list, lineCounter };
  const { line, col } = lineCounter.linePos(error.pos[0]);
  const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return { docs: list, lineCounter, syntaxError: problem('FR957', line, col, `Falco cannot load this as falco.yaml, it is not valid YAML: ${reason}`) };
}

function looksLikeRules(items: unknown[]): boolean {
  return items.some((item) => isMap(item) && ['rule', 'macro', 'list'].some((k) => item.has(k)));
}

/** Checks one parsed document root (a map of falco.yaml keys) and returns its problems in text order. */
export function validateConfigRoot(root: unknown, locate: Locate, options: ValidateConfigOptions = {}): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const ctx: WalkContext = {
    version: options.falcoVersion ?? catalogFalcoVersion(),
    locate,
    report: (p) => problems.push(p),
    ...(options.onKey ? { onKey: options.onKey } : {}),
  };
  if (isMap(root)) checkEntries(ctx, falcoKeySpace(), '', root);
  else if (isSeq(root) || isScalar(root)) {
    const { line, column } = locate(root.range?.[0] ?? 0);
    const what = isSeq(root) ? (looksLikeRules(root.items) ? 'a list of rules, which belong in a rules file (see rules_files)' : 'a list') : 'a single value';
    problems.push(problem('FR957', line, column, `falco.yaml is a map of settings (key: value); this is ${what}`));
  }
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Validates falco.yaml text like Falco would read it: every key real in that release, with a value of the right type. */
export function validateConfigText(text: string, options: ValidateConfigOptions = {}): ConfigProblem[] {
  const parsed = parseConfigText(text);
  if (parsed.syntaxError) return [parsed.syntaxError];
  const locate: Locate = (offset) => {
    const { line, col } = parsed.lineCounter.linePos(offset);
    return { line, column: col };
  };
  return parsed.docs.flatMap((doc) => validateConfigRoot(doc.contents, locate, options));
}
