import { createRequire } from 'node:module';
import { Language, Parser } from 'web-tree-sitter';
import type { CodeBlock } from '../markdown/document.js';
import { prepareSource } from './source.js';
import { CommandCollector } from './syntax.js';
import type { ShellComment, ShellScript } from './types.js';

export interface ShellParser {
  /**
   * Reads every simple command of a code block, wherever it sits. A command's `text` is its
   * own line(s) up to its last redirect (a here-document contributes `<<EOF`, not its body);
   * `endLine` includes the here-document body.
   */
  parse(block: CodeBlock): ShellScript;
}

let loading: Promise<ShellParser> | undefined;

/** Loads tree-sitter-bash once per process; later calls share the same parser. */
export async function loadShellParser(): Promise<ShellParser> {
  loading ??= createParser().catch((error: unknown) => {
    // A failed load must not poison every later call.
    loading = undefined;
    throw error;
  });
  return loading;
}

async function createParser(): Promise<ShellParser> {
  await Parser.init();
  const require = createRequire(import.meta.url);
  const bash = await Language.load(require.resolve('tree-sitter-bash/tree-sitter-bash.wasm'));
  const parser = new Parser();
  parser.setLanguage(bash);
  return { parse: (block) => parseBlock(parser, block) };
}

function parseBlock(parser: Parser, block: CodeBlock): ShellScript {
  const prepared = prepareSource(block);
  const tree = parser.parse(prepared.parsed);
  if (!tree) return { block, commands: [], comments: [], hasError: true };
  try {
    const root = tree.rootNode;
    const commands = new CommandCollector(prepared, block).collect(root);
    const comments: ShellComment[] = root.descendantsOfType('comment').map((node) => ({
      text: prepared.text.slice(node.startIndex, node.endIndex),
      line: block.startLine + node.startPosition.row,
    }));
    return { block, commands, comments, hasError: root.hasError };
  } finally {
    tree.delete();
  }
}
