import type { ReportAnalysis } from '../../analysis.js';

const cache = new WeakMap<ReportAnalysis, Set<string>>();
// `name() {`, `function name {`, `function name() {`
const DEFINITION = /(?:^|[\s;&|({])(?:function\s+([A-Za-z_][\w.-]*)|([A-Za-z_][\w.-]*)\s*\(\s*\))/g;
const ALIAS = /\balias\s+([A-Za-z_][\w.-]*)=/g;

/** Shell functions and aliases the report's blocks define: running one later is not running an unknown program. */
export function definedFunctions(analysis: ReportAnalysis): Set<string> {
  let names = cache.get(analysis);
  if (!names) {
    names = new Set();
    for (const script of analysis.shellScripts) {
      for (const m of script.block.text.matchAll(DEFINITION)) names.add((m[1] ?? m[2])!);
      for (const m of script.block.text.matchAll(ALIAS)) names.add(m[1]!);
    }
    cache.set(analysis, names);
  }
  return names;
}
