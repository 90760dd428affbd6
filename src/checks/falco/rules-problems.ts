import { copyKnownItems } from '../../falco/rules/known.js';
import { createKnownItems, validateRules, type RulesCode } from '../../falco/rules/validate.js';
import type { CheckContext, Problem } from '../check.js';
import type { ReportAnalysis } from '../analysis.js';
import { rulesSourcesOf } from './rule-blocks.js';

export interface CodedProblem extends Problem {
  code: RulesCode;
}

const ITEM_NAME = /^\s*-?\s*(macro|list)\s*:\s*['"]?([^'"#\n]+?)['"]?\s*$/gm;

/**
 * Names of the macros and lists a rules text defines. A report often splits a rules file over
 * several blocks (lists, then macros, then rules), in any order; Falco would load them as one, so a
 * name defined in another block is never reported as undefined. Within one block, Falco's order
 * rules apply.
 */
function namesIn(text: string): { macros: string[]; lists: string[] } {
  const macros: string[] = [];
  const lists: string[] = [];
  for (const m of text.matchAll(ITEM_NAME)) (m[1] === 'macro' ? macros : lists).push(m[2]!);
  return { macros, lists };
}

/** A line that stands for elided text in an excerpt: `...`, `# ...`, `…`. */
const ELISION = /^[ \t]*(#[ \t]*)?(\.{3}|…)[ \t]*$/gm;

/**
 * Excerpts elide parts of a rules file with `...` lines. YAML reads `...` as a document end, so the
 * lines are blanked (line numbers stay), and keys the excerpt left out are not reported missing.
 */
function unelide(text: string): { text: string; elided: boolean } {
  const blanked = text.replace(ELISION, '');
  return { text: blanked, elided: blanked !== text };
}

const cache = new WeakMap<ReportAnalysis, Map<string, CodedProblem[]>>();

/**
 * Every rules-file problem of a report, validated once per report and Falco version and shared by
 * the FR9xx checks, each of which reports its own code.
 */
function rulesProblemsOf(ctx: Pick<CheckContext, 'doc' | 'analysis' | 'falcoVersion'>): CodedProblem[] {
  let byVersion = cache.get(ctx.analysis);
  if (!byVersion) {
    byVersion = new Map();
    cache.set(ctx.analysis, byVersion);
  }
  let problems = byVersion.get(ctx.falcoVersion);
  if (!problems) {
    problems = validateReport(ctx);
    byVersion.set(ctx.falcoVersion, problems);
  }
  return problems;
}

function validateReport({ doc, analysis, falcoVersion }: Pick<CheckContext, 'doc' | 'analysis' | 'falcoVersion'>): CodedProblem[] {
  const sources = rulesSourcesOf(doc, analysis);
  if (sources.length === 0) return [];
  let known = createKnownItems();
  const names = sources.map((s) => namesIn(s.text));
  const out: CodedProblem[] = [];
  for (const [i, source] of sources.entries()) {
    const before = copyKnownItems(known);
    names.forEach((n, j) => {
      if (j === i) return;
      for (const name of n.macros) before.macros.add(name);
      for (const name of n.lists) before.lists.add(name);
    });
    const { text, elided } = unelide(source.text);
    const result = validateRules(text, { falcoVersion, knownItems: before });
    known = result.known;
    for (const p of result.problems) {
      if (elided && p.code === 'FR903') continue;
      const line = source.mdLine(p.line);
      const endLine = p.endLine !== undefined ? source.mdLine(p.endLine) : undefined;
      const exact = source.origin !== 'file-write' || line === source.startLine + p.line - 1;
      out.push({
        code: p.code,
        line,
        ...(endLine !== undefined && endLine > line ? { endLine } : {}),
        ...(exact ? { column: p.column + source.indent(line) } : {}),
        message: source.path ? `${p.message} (in ${source.path})` : p.message,
        ...(p.suggestion ? { suggestion: p.suggestion } : {}),
      });
    }
  }
  return out;
}

/** The `run` of a check that reports one code of the rules validation. */
export function reportRulesCode(code: RulesCode): (ctx: CheckContext) => void {
  return (ctx) => {
    for (const { code: c, ...problem } of rulesProblemsOf(ctx)) if (c === code) ctx.report(problem);
  };
}
