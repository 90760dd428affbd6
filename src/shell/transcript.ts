import { judgeLine, startsWithProgram } from './lines.js';

/** Block languages written as a terminal transcript: prompts mark commands, the rest is output. */
export const CONSOLE_LANGS: ReadonlySet<string> = new Set(['console', 'shell-session', 'terminal']);

// `$ `, `# `, `user@host:~$ `, `[root@host dir]# `.
const CONSOLE_PROMPT = /^\s*(?:[\w.-]+@[\w.-]+(?::[^\s$#]*)?|\[[^\]\n]+\])?[$#](?: |$)/;
// In a shell block only `$ ` (or `user@host:~$ `) is a prompt: `# ` starts a comment there, and
// `$VAR=1` or `$(cmd)` have no space after the `$`.
const DOLLAR_PROMPT = /^\s*(?:[\w.-]+@[\w.-]+(?::[^\s$#]*)?)?\$(?: |$)/;
const HEREDOC = /(?<!<)<<(-?)\s*(['"]?)([A-Za-z_][\w.-]*)\2/g;

export interface PromptStyle {
  prompt: RegExp;
  /** Whole-line `#` comments are kept as comments, not taken for output. */
  keepComments: boolean;
}

const CONSOLE: PromptStyle = { prompt: CONSOLE_PROMPT, keepComments: false };
const DOLLAR: PromptStyle = { prompt: DOLLAR_PROMPT, keepComments: true };

type LineKind = 'command' | 'continuation' | 'comment' | 'blank' | 'output';

export interface Transcript {
  /** The text with prompts and output lines blanked by spaces, so every position stays put. */
  text: string;
  kinds: LineKind[];
  /** Length of the `> ` secondary prompt blanked at the start of a row, by row. */
  secondaryPrompts: Map<number, number>;
}

/**
 * How a block marks its commands: console blocks always by prompts; shell and unlabelled blocks
 * when they read as a terminal session (see isDollarTranscript). Undefined: the block is a script.
 */
export function promptStyle(lang: string, text: string): PromptStyle | undefined {
  if (CONSOLE_LANGS.has(lang)) return CONSOLE;
  return isDollarTranscript(text) ? DOLLAR : undefined;
}

/**
 * True when a block written as a script holds a terminal session instead: commands after `$ `
 * prompts, and other lines that are their output. Either no unprompted line reads as a command,
 * or prompted lines are at least as many as the others and none of those starts with a known
 * program.
 */
export function isDollarTranscript(text: string): boolean {
  if (!/^\s*(?:[\w.-]+@[\w.-]+(?::[^\s$#]*)?)?\$ /m.test(text)) return false;
  const { kinds } = readTranscript(text, DOLLAR);
  const lines = text.split('\n');
  let prompted = 0;
  const others: string[] = [];
  for (const [row, kind] of kinds.entries()) {
    const line = lines[row]!.trim();
    if (kind === 'command' && line.replace(DOLLAR_PROMPT, '').trim() !== '') prompted++;
    else if (kind === 'output') others.push(line);
  }
  if (prompted === 0) return false;
  if (others.every((line) => judgeLine(line) === 'other')) return true;
  return prompted >= others.length && !others.some(startsWithProgram);
}

/** True when a transcript's prompted lines hold at least one line that reads as a command. */
export function hasPromptedCommand(text: string): boolean {
  const { kinds } = readTranscript(text, DOLLAR);
  const lines = text.split('\n');
  return kinds.some((kind, row) => kind === 'command' && judgeLine(lines[row]!.replace(DOLLAR_PROMPT, '').trim()) === 'command');
}

/**
 * Blanks prompts and output lines of a transcript with spaces. A command keeps the lines it
 * continues onto (trailing `\`, `> ` secondary prompts, here-document bodies).
 */
export function readTranscript(text: string, style: PromptStyle): Transcript {
  const lines = text.split('\n');
  const kinds: LineKind[] = [];
  const secondaryPrompts = new Map<number, number>();
  const heredocs: Array<{ delimiter: string; stripTabs: boolean }> = [];
  let continued = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (heredocs.length > 0 || continued) {
      const secondary = /^> ?/.exec(line)?.[0] ?? '';
      if (secondary) secondaryPrompts.set(i, secondary.length);
      const body = ' '.repeat(secondary.length) + line.slice(secondary.length);
      lines[i] = body;
      kinds.push('continuation');
      const first = heredocs[0];
      if (first) {
        const candidate = first.stripTabs ? body.replace(/^\t+/, '') : body;
        if (candidate.trim() === first.delimiter) heredocs.shift();
      } else {
        continued = body.endsWith('\\');
        heredocs.push(...heredocsOpenedBy(body));
      }
      continue;
    }
    const trimmed = line.trim();
    if (trimmed === '') {
      kinds.push('blank');
      continue;
    }
    const prompt = style.prompt.exec(line);
    if (!prompt) {
      if (style.keepComments && trimmed.startsWith('#')) {
        kinds.push('comment');
        continue;
      }
      lines[i] = ' '.repeat(line.length);
      kinds.push('output');
      continue;
    }
    const command = ' '.repeat(prompt[0].length) + line.slice(prompt[0].length);
    lines[i] = command;
    kinds.push('command');
    continued = command.endsWith('\\');
    heredocs.push(...heredocsOpenedBy(command));
  }
  return { text: lines.join('\n'), kinds, secondaryPrompts };
}

function heredocsOpenedBy(line: string): Array<{ delimiter: string; stripTabs: boolean }> {
  return [...line.matchAll(HEREDOC)].map((m) => ({ delimiter: m[3]!, stripTabs: m[1] === '-' }));
}
