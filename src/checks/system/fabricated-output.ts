import type { ShellScript, SimpleCommand } from '../../shell/types.js';
import type { Check } from '../check.js';
import { programOf } from './words.js';

/** `# Output:`, `# Expected output: ...`, `# Sample output` — a header presenting results. */
const OUTPUT_HEADER = /^(expected|example|sample|actual)?\s*(?:command\s+)?(?:output|result|results)\s*:\s*(.*)$/i;
/** `# => ok`, `# -> PASS`: a result arrow. */
const RESULT_ARROW = /^(?:=>|->|→)\s*\S/;
/** Past-tense claims that something was checked and came out fine. */
const SUCCESS_CLAIM =
  /\b(?:(?:validated|verified|completed|passed|succeeded|checked|scanned|applied)\s+successfully|successfully\s+(?:validated|verified|completed|applied|scanned)|no\s+(?:issues|threats|problems|vulnerabilities|errors|anomalies|malware)\s+(?:were\s+)?(?:found|detected))\b|^(?:ok|pass(?:ed)?|success|✓|✔)\b/i;
/** Programs that print what they are given and so cannot have checked anything. */
const ECHOING = new Set(['echo', 'printf', 'true', ':']);

interface Comment {
  text: string;
  line: number;
}

function body(text: string): string {
  return text.replace(/^#+\s?/, '').trim();
}

/** The command that ends nearest above a line in the same block. */
function commandAbove(script: ShellScript, line: number): SimpleCommand | undefined {
  let found: SimpleCommand | undefined;
  for (const c of script.commands) if (c.endLine < line && (!found || c.endLine >= found.endLine)) found = c;
  return found;
}

export const fabricatedOutput: Check = {
  meta: {
    code: 'FR502',
    name: 'fabricated-command-output',
    severity: 'warning',
    // A warning, not an error: the check reads comments, and a comment showing what a real command
    // prints can be honest documentation; the reader must judge whether anyone ran it.
    summary: 'Comments that present command output or results nobody ran (`# Output: ...`, `# validated successfully`).',
    docs: {
      bad: '```bash\necho "Validating executable paths in container..."\n\n# Output:\n# Container validated successfully with no issues found.\n```',
      good: '```bash\n# Check container configuration\ndocker inspect --format "{{.Config.Image}}" c61b4b13ae44\n```',
    },
  },
  run({ analysis, report }) {
    for (const script of analysis.shellScripts) {
      const comments: Comment[] = script.comments.map((c) => ({ text: body(c.text), line: c.line }));
      const flagged = new Set<number>();
      // A comment after a command on its line explains that command; only own-line comments present output.
      const commandLines = new Set(script.commands.flatMap((c) => [c.line, c.endLine]));
      for (const [i, comment] of comments.entries()) {
        if (flagged.has(comment.line) || commandLines.has(comment.line)) continue;
        const header = OUTPUT_HEADER.exec(comment.text);
        if (header) {
          // The comment lines right below a bare header are the presented output.
          let end = comment.line;
          for (let j = i + 1; j < comments.length && comments[j]!.line === end + 1 && comments[j]!.text !== ''; j++) end = comments[j]!.line;
          // `# Output: one line per container` alone describes output; `# Expected output: ...` or a block under the header presents it.
          if (end === comment.line && (header[2] === '' || header[1] === undefined)) continue;
          for (let l = comment.line; l <= end; l++) flagged.add(l);
          report({ line: comment.line, endLine: end, message: 'presents command output nobody ran; show the command and let the reader run it' });
          continue;
        }
        const above = commandAbove(script, comment.line);
        const arrow = RESULT_ARROW.test(comment.text) && above !== undefined && above.endLine === comment.line - 1;
        const claim = SUCCESS_CLAIM.test(comment.text) && above !== undefined && ECHOING.has(programOf(above) ?? '');
        if (arrow || claim) {
          flagged.add(comment.line);
          const what = above && ECHOING.has(programOf(above) ?? '') ? `${programOf(above)} only prints its arguments, so ` : '';
          report({ line: comment.line, message: `${what}this comment claims a result nobody ran: "${comment.text}"` });
        }
      }
    }
  },
};
