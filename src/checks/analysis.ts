import type { MarkdownDocument } from '../markdown/document.js';
import { isShellBlock } from '../shell/blocks.js';
import type { ShellParser } from '../shell/parser.js';
import type { ShellScript, SimpleCommand } from '../shell/types.js';

/** Views of a report that several checks share, computed once per report. */
export interface ReportAnalysis {
  /** Every code block that holds shell commands, parsed. */
  shellScripts: ShellScript[];
  /** Every simple command of every shell block, in file order. */
  commands: SimpleCommand[];
}

export function analyzeReport(doc: MarkdownDocument, parser: ShellParser): ReportAnalysis {
  const shellScripts = doc.blocks.filter(isShellBlock).map((block) => parser.parse(block));
  return { shellScripts, commands: shellScripts.flatMap((s) => s.commands) };
}
