import type { CodeBlock } from '../markdown/document.js';
import { judgeLine } from './lines.js';
import { CONSOLE_LANGS, hasPromptedCommand, isDollarTranscript } from './transcript.js';

const SHELL_LANGS: ReadonlySet<string> = new Set(['bash', 'sh', 'shell', 'zsh', ...CONSOLE_LANGS]);
const UNLABELLED_LANGS: ReadonlySet<string> = new Set(['', 'text', 'txt', 'plaintext']);

const HEREDOC = /(?<!<)<<-?\s*(['"]?)([A-Za-z_][\w.-]*)\1/;

/** True when a code block holds shell commands a check should read. */
export function isShellBlock(block: CodeBlock): boolean {
  if (SHELL_LANGS.has(block.lang)) return true;
  if (!UNLABELLED_LANGS.has(block.lang)) return false;
  // A terminal session pasted without a language: `$ docker ps` and its output.
  return looksLikeCommands(block.text) || (isDollarTranscript(block.text) && hasPromptedCommand(block.text));
}

/**
 * Conservative: every line must read as a command (or as a comment, a continuation, a
 * here-document body or a compound keyword), and at least one as a real command.
 */
function looksLikeCommands(text: string): boolean {
  let commands = 0;
  let continued = false;
  let heredoc: string | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (heredoc !== undefined) {
      if (line === heredoc) heredoc = undefined;
      continue;
    }
    if (continued) {
      continued = line.endsWith('\\');
      continue;
    }
    if (line === '' || line.startsWith('#')) continue;
    const verdict = judgeLine(line);
    if (verdict === 'other') return false;
    if (verdict === 'command') commands++;
    continued = line.endsWith('\\');
    heredoc = HEREDOC.exec(line)?.[2];
  }
  return commands > 0;
}
