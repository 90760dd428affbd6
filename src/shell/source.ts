import type { CodeBlock } from '../markdown/document.js';

/** Block languages written as a terminal transcript: prompts mark commands, the rest is output. */
export const CONSOLE_LANGS: ReadonlySet<string> = new Set(['console', 'shell-session', 'terminal']);

export interface Placeholder {
  start: number;
  end: number;
  name: string;
}

/**
 * Both texts have exactly the length and line layout of the block text, so every offset and
 * position tree-sitter reports is also one in the block.
 */
export interface PreparedSource {
  /** What the shell would read: prompts and transcript output blanked out. */
  text: string;
  /** `text` with placeholders turned into plain words, for tree-sitter. */
  parsed: string;
  /** Sorted by start. */
  placeholders: Placeholder[];
  /** Length of the `> ` secondary prompt blanked at the start of a transcript row, by row. */
  secondaryPrompts: ReadonlyMap<number, number>;
}

// `<container_id>`, `<pod name>`. `<<EOF>` is left alone, and `< file` or `<in >out` never
// match because a placeholder has no space after `<` or before `>`.
const PLACEHOLDER = /(?<!<)<([A-Za-z][\w.:-]*(?: [A-Za-z][\w.:-]*)*)>/g;

// `$ `, `# `, `user@host:~$ `, `[root@host dir]# `.
const PROMPT = /^\s*(?:[\w.-]+@[\w.-]+(?::[^\s$#]*)?|\[[^\]\n]+\])?[$#](?: |$)/;
const HEREDOC = /(?<!<)<<(-?)\s*(['"]?)([A-Za-z_][\w.-]*)\2/g;

export function prepareSource(block: CodeBlock): PreparedSource {
  const secondaryPrompts = new Map<number, number>();
  const text = CONSOLE_LANGS.has(block.lang) ? keepPromptedCommands(block.text, secondaryPrompts) : block.text;
  const placeholders: Placeholder[] = [];
  // `_name_` keeps the length and is a plain word wherever `<name>` stood.
  const parsed = text.replace(PLACEHOLDER, (match, name: string, offset: number) => {
    placeholders.push({ start: offset, end: offset + match.length, name });
    return `_${name.replaceAll(' ', '_')}_`;
  });
  return { text, parsed, placeholders, secondaryPrompts };
}

/**
 * Blanks prompts and output lines of a transcript with spaces. A command keeps the lines it
 * continues onto (trailing `\`, `> ` secondary prompts, here-document bodies).
 */
function keepPromptedCommands(text: string, secondaryPrompts: Map<number, number>): string {
  const lines = text.split('\n');
  const heredocs: Array<{ delimiter: string; stripTabs: boolean }> = [];
  let continued = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (heredocs.length > 0 || continued) {
      const secondary = /^> ?/.exec(line)?.[0] ?? '';
      if (secondary) secondaryPrompts.set(i, secondary.length);
      const body = ' '.repeat(secondary.length) + line.slice(secondary.length);
      lines[i] = body;
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
    const prompt = PROMPT.exec(line);
    if (!prompt) {
      lines[i] = ' '.repeat(line.length);
      continue;
    }
    const command = ' '.repeat(prompt[0].length) + line.slice(prompt[0].length);
    lines[i] = command;
    continued = command.endsWith('\\');
    heredocs.push(...heredocsOpenedBy(command));
  }
  return lines.join('\n');
}

function heredocsOpenedBy(line: string): Array<{ delimiter: string; stripTabs: boolean }> {
  return [...line.matchAll(HEREDOC)].map((m) => ({ delimiter: m[3]!, stripTabs: m[1] === '-' }));
}
