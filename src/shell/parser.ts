import { createRequire } from 'node:module';
import { Language, Parser, type Tree } from 'web-tree-sitter';
import type { CodeBlock } from '../markdown/document.js';
import { heredocTails, parseUnits, runOnEnds } from './repair.js';
import { prepareSource, withSeparators } from './source.js';
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

// Each round of run-on repair ends at least one command; real blocks need one or two.
const MAX_REPAIRS = 8;

function parseBlock(parser: Parser, block: CodeBlock): ShellScript {
  let source = prepareSource(block);
  for (let round = 0; ; round++) {
    const trees: Tree[] = [];
    try {
      const units = parseUnits(source.parsed, heredocTails(source.parsed));
      for (const { ranges } of units) {
        const tree = parser.parse(source.parsed, null, ranges.length > 0 ? { includedRanges: ranges } : undefined);
        if (!tree) return { block, commands: [], comments: [], hasError: true };
        trees.push(tree);
      }
      const roots = trees.map((tree) => tree.rootNode);
      const runOns = round < MAX_REPAIRS ? roots.flatMap((root) => runOnEnds(root, source.parsed)) : [];
      if (runOns.length > 0) {
        source = withSeparators(source, runOns);
        continue;
      }
      const commands = new CommandCollector(source, block).collect(
        roots.map((root, i) => ({ root, pipedAt: units[i]!.pipedAt })),
      );
      const comments: ShellComment[] = roots
        .flatMap((root) => root.descendantsOfType('comment'))
        .map((node) => ({ text: source.text.slice(node.startIndex, node.endIndex), line: block.startLine + node.startPosition.row }))
        .sort((a, b) => a.line - b.line);
      return { block, commands, comments, hasError: roots.some((root) => root.hasError) };
    } finally {
      for (const tree of trees) tree.delete();
    }
  }
}
