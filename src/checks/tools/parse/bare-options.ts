import type { InlineSpan, MarkdownDocument } from '../../../markdown/document.js';
import type { Word } from '../../../shell/types.js';
import type { ReportAnalysis } from '../../analysis.js';
import { FALCO_PROGRAMS, isCatalogProgram, toolModel } from '../model/models.js';
import type { ToolModel } from '../model/types.js';
import { isDistinctiveProgram } from '../names/known-programs.js';
import { invocationsOf } from './invocations.js';
import { anyToolHas, lookupAnywhere, type OptionVerdict } from './option-index.js';

/** An inline span that is an option on its own (`--alert-only`), read against the tools around it. */
export interface BareOption {
  span: InlineSpan;
  word: Word;
  /** Words after the option in the span (`json` in `--log-format json`). */
  rest: Word[];
  /** Tools the prose is about here: named on the line or its paragraph, and the last program run before it. */
  tools: ToolModel[];
  verdict: OptionVerdict;
}

const cache = new WeakMap<ReportAnalysis, BareOption[]>();
/** How far below a command prose still explains it (seed 001 lists falco's options 4-6 lines after the block). */
const NEAR_LINES = 8;
/** `*   \`--alert-only\`: Enables alerting ...`: a line that defines the option it starts with. */
const DEFINITION = /^\s*(?:[*+-]|\d+[.)])?\s*`[^`]+`\s*[:\u2013\u2014-]/;
const WORD = /[A-Za-z][A-Za-z0-9_-]*/g;
const CODE_SPAN = /`+([^`]+)`+/g;
/** Program names that are also everyday words: in running text they name a tool only inside a code span. */
const ENGLISH = new Set(['file', 'find', 'date', 'kill', 'head', 'tail', 'cut', 'sort', 'stat', 'top', 'last', 'w', 'who', 'id', 'mount', 'echo', 'cat', 'tee', 'strings', 'uptime', 'hostname']);

/** Catalog programs a line of prose names (`Falco`, `the docker CLI`, `event generator`). */
function mentionedPrograms(text: string): { models: ToolModel[]; unmodelled: boolean } {
  const models: ToolModel[] = [];
  let unmodelled = false;
  const add = (name: string): void => {
    if (isDistinctiveProgram(name)) unmodelled = true;
    if (!isCatalogProgram(name)) return;
    const model = toolModel(name);
    if (!model) unmodelled = true;
    else if (!models.includes(model)) models.push(model);
  };
  if (/event[ -]generator/i.test(text)) add('event-generator');
  for (const m of text.replace(CODE_SPAN, ' ').matchAll(WORD)) {
    const name = m[0].toLowerCase();
    if (!ENGLISH.has(name)) add(name);
  }
  // A span names a program when it starts with one (`docker exec`), not when a word of it is one (`file:line`).
  for (const span of text.matchAll(CODE_SPAN)) {
    const first = /^\s*([A-Za-z][\w.-]*)(?:\s|$)/.exec(span[1]!)?.[1];
    if (first) add(first.toLowerCase());
  }
  return { models, unmodelled };
}

function definedHere(text: string, span: InlineSpan): boolean {
  return DEFINITION.exec(text)?.[0].includes(`\`${span.text}\``) === true;
}

/** Line numbers of each prose paragraph (a run of non-blank prose lines). */
function paragraphsOf(doc: MarkdownDocument): Map<number, string> {
  const byLine = new Map<number, string>();
  let current: Array<{ line: number; text: string }> = [];
  const flush = (): void => {
    const text = current.map((l) => l.text).join('\n');
    for (const l of current) byLine.set(l.line, text);
    current = [];
  };
  let previous = -1;
  for (const p of doc.prose) {
    if (p.text.trim() === '' || p.line !== previous + 1) flush();
    if (p.text.trim() !== '') current.push(p);
    previous = p.line;
  }
  flush();
  return byLine;
}

export function bareOptionsOf(doc: MarkdownDocument, analysis: ReportAnalysis): BareOption[] {
  let found = cache.get(analysis);
  if (found) return found;
  found = [];
  const invocations = invocationsOf(doc, analysis);
  const paragraphs = invocations.optionSpans.length > 0 ? paragraphsOf(doc) : new Map<number, string>();
  for (const { span, words } of invocations.optionSpans) {
    const word = words[0]!;
    if (word.dynamic || word.placeholders.length > 0) continue;
    const line = mentionedPrograms(doc.lines[span.line - 1] ?? '');
    const paragraph = mentionedPrograms(paragraphs.get(span.line) ?? '');
    // A tool the catalog knows but does not model (awk, kill) may own the option: say nothing.
    if (line.unmodelled || paragraph.unmodelled) continue;
    const tools = [...line.models, ...paragraph.models.filter((m) => !line.models.includes(m))];
    // The last program run before the span is a candidate: prose often explains the block above it.
    // Close to it, an unmodelled program (iptables, helm) may own the option, so nothing can be said.
    // Commands in prose are examples, not the subject of the next line: only shell blocks set the context.
    const last = invocations.blocks.findLast((i) => i.nameWord.line < span.line);
    const near = last !== undefined && span.line - last.nameWord.line <= NEAR_LINES;
    if (near && !last.model) continue;
    if (last?.model && !tools.includes(last.model)) tools.push(last.model);
    if (tools.length === 0) continue;
    const verdicts = tools.map((model) => lookupAnywhere(model, word.text));
    const known = verdicts.find((v) => v.status === 'known' || v.status === 'unsure');
    let verdict = known ?? verdicts.find((v) => v.status === 'removed') ?? verdicts[0]!;
    // Right below a falco/falcoctl/event-generator block, prose lists that command's options (seed 001).
    // Anywhere else (`started with --privileged` in a report about Falco), an option some other tool
    // has is probably that tool's.
    const text = doc.lines[span.line - 1] ?? '';
    const falcoBlock = near && last.model !== undefined && (FALCO_PROGRAMS as readonly string[]).includes(last.model.tool) ? last.model : undefined;
    const explainsFalcoBlock = falcoBlock !== undefined && (definedHere(text, span) || line.models.includes(falcoBlock));
    if (verdict.status === 'unknown' && !explainsFalcoBlock && anyToolHas(word.text)) verdict = { status: 'unsure' };
    found.push({ span, word, rest: words.slice(1), tools, verdict });
  }
  cache.set(analysis, found);
  return found;
}
