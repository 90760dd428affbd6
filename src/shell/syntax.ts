import type { Node } from 'web-tree-sitter';
import type { CodeBlock } from '../markdown/document.js';
import type { PreparedSource } from './source.js';
import type { Redirect, SimpleCommand, Word } from './types.js';
import { readWord, type Span } from './words.js';
import { peelWrappers } from './wrappers.js';

const REDIRECTS = new Set(['file_redirect', 'heredoc_redirect', 'herestring_redirect']);
const EXPANSIONS = new Set([
  'simple_expansion',
  'expansion',
  'command_substitution',
  'arithmetic_expansion',
  'process_substitution',
]);
const SUBSTITUTIONS = new Set(['command_substitution', 'process_substitution']);
// Builtins tree-sitter gives their own node types although they run like any command.
const DECLARATIONS = new Set(['declaration_command', 'unset_command']);
// Sequences: when one of them carries redirects, bash gives those to their last element.
const SEQUENCES = new Set(['pipeline', 'list']);

interface Tail {
  node: Node;
  /** True for `| ...`, which continues a pipeline after the here-document's command. */
  piped: boolean;
}

/** Redirects of one command plus the statements tree-sitter nested inside its here-documents. */
interface Redirections {
  redirects: Redirect[];
  /** File-redirect destinations after the first one: arguments of the command in bash. */
  strayArgs: Node[];
  /** `cat <<EOF | tee f`: tree-sitter puts `| tee f` (and `&& ...`) inside the heredoc_redirect. */
  tails: Tail[];
  /** Last offset of the command's own line text (a here-document body does not count). */
  textEnd: number;
  endRow: number;
}

/**
 * Turns a tree-sitter-bash tree into simple commands. Offsets in the tree are offsets into
 * the prepared text because it has the same layout as the text tree-sitter read.
 */
export class CommandCollector {
  private readonly starts = new Map<SimpleCommand, number>();
  private lines: string[] | undefined;

  constructor(
    private readonly source: PreparedSource,
    private readonly block: CodeBlock,
  ) {}

  /**
   * All simple commands of the trees read from one block, in source order. A tree with `pipedAt`
   * holds a here-document tail after `|` (see repair.ts): its first command reads the output of
   * the command before that `|`, found in the trees before it.
   */
  collect(trees: ReadonlyArray<{ root: Node; pipedAt?: number | undefined }>): SimpleCommand[] {
    for (const { root, pipedAt } of trees) {
      const found = this.visit(root, false);
      if (pipedAt === undefined) continue;
      const byStart = (a: SimpleCommand, b: SimpleCommand) => this.starts.get(a)! - this.starts.get(b)!;
      const [first] = found.filter((c) => !c.pipedFrom).sort(byStart);
      const source = [...this.starts.keys()]
        .filter((c) => !c.substituted && !found.includes(c) && this.starts.get(c)! < pipedAt)
        .sort(byStart)
        .at(-1);
      if (source && first) link([source], [first]);
    }
    return [...this.starts.keys()].sort((a, b) => this.starts.get(a)! - this.starts.get(b)!);
  }

  /** Returns the commands found in `node` that are not inside a substitution nested in it. */
  private visit(node: Node, substituted: boolean): SimpleCommand[] {
    const type = node.type;
    if (type === 'command') return this.command(node, [], substituted);
    if (type === 'redirected_statement') return this.redirected(node, substituted);
    if (type === 'pipeline') return this.pipeline(node, substituted, []);
    if (DECLARATIONS.has(type)) return this.declaration(node, substituted);
    if (SUBSTITUTIONS.has(type)) {
      this.children(node, true);
      return [];
    }
    return this.children(node, substituted);
  }

  private children(node: Node, substituted: boolean): SimpleCommand[] {
    const found: SimpleCommand[] = [];
    for (const child of node.namedChildren) found.push(...this.visit(child, substituted));
    return found;
  }

  private command(node: Node, outerRedirects: Node[], substituted: boolean): SimpleCommand[] {
    const assignments: Node[] = [];
    const words: Node[] = [];
    const redirectNodes: Node[] = [];
    for (const child of node.children) {
      const type = child.type;
      // `$"..."` arrives as an unnamed `$` argument followed by the string.
      if ((!child.isNamed && type !== '$') || type === 'comment') continue;
      if (type === 'variable_assignment' && words.length === 0) assignments.push(child);
      else if (REDIRECTS.has(type)) redirectNodes.push(child);
      else if (type === 'ERROR') this.visit(child, substituted);
      else words.push(child);
    }
    redirectNodes.push(...outerRedirects);
    const own = this.redirections(redirectNodes, substituted, node.endIndex, node.endPosition.row);
    words.push(...own.strayArgs);
    words.sort((a, b) => a.startIndex - b.startIndex);

    const assignmentWords = this.words(assignments, substituted);
    const argv = this.words(words, substituted);
    if (argv.length === 0) return this.tails(own.tails, [], substituted);

    const peeled = peelWrappers(argv);
    const command: SimpleCommand = {
      name: peeled.name,
      args: peeled.args,
      wrappers: peeled.wrappers,
      assignments: assignmentWords,
      redirects: own.redirects,
      substituted,
      line: this.block.startLine + node.startPosition.row,
      endLine: this.block.startLine + own.endRow,
      text: this.source.text.slice(node.startIndex, own.textEnd),
    };
    this.starts.set(command, node.startIndex);
    return [command, ...this.tails(own.tails, [command], substituted)];
  }

  /** `export A=1`, `local x`, `unset y`: the keyword is the name, the rest are arguments. */
  private declaration(node: Node, substituted: boolean): SimpleCommand[] {
    const keyword = node.child(0);
    if (!keyword) return [];
    const argv = this.words([keyword, ...node.namedChildren], substituted);
    const command: SimpleCommand = {
      name: argv[0]!,
      args: argv.slice(1),
      wrappers: [],
      assignments: [],
      redirects: [],
      substituted,
      line: this.block.startLine + node.startPosition.row,
      endLine: this.block.startLine + node.endPosition.row,
      text: this.source.text.slice(node.startIndex, node.endIndex),
    };
    this.starts.set(command, node.startIndex);
    return [command];
  }

  private redirected(node: Node, substituted: boolean): SimpleCommand[] {
    const body = node.childForFieldName('body');
    const redirectNodes: Node[] = [];
    const others: Node[] = [];
    for (const child of node.namedChildren) {
      if (body && child.id === body.id) continue;
      if (REDIRECTS.has(child.type)) redirectNodes.push(child);
      else others.push(child);
    }

    let found: SimpleCommand[];
    if (body?.type === 'command') {
      found = this.command(body, redirectNodes, substituted);
    } else {
      found = body ? this.visit(body, substituted) : [];
      // Redirects on a compound command apply to every command run inside it.
      const targets = body ? this.within(found, lastStage(body)) : [];
      const shared = this.redirections(redirectNodes, substituted, node.endIndex, node.endPosition.row);
      for (const target of targets) target.redirects.push(...shared.redirects);
      found.push(...this.tails(shared.tails, targets, substituted));
    }
    // ERROR nodes from recovery may still hold commands.
    for (const other of others) found.push(...this.visit(other, substituted));
    return found;
  }

  /** Links each stage's output to the next stage; `head` is a stage already before `node`. */
  private pipeline(node: Node, substituted: boolean, head: SimpleCommand[]): SimpleCommand[] {
    const stages = head.length > 0 ? [head] : [];
    const found: SimpleCommand[] = [];
    for (const child of node.namedChildren) {
      if (child.type === 'comment') continue;
      const commands = this.visit(child, substituted);
      found.push(...commands);
      // Only in the here-document quirk does a list sit in a pipeline: `| a && b` pipes into a alone.
      stages.push(child.type === 'list' ? this.within(commands, firstStage(child)) : commands);
    }
    for (let i = 1; i < stages.length; i++) link(stages[i - 1]!, stages[i]!);
    return found;
  }

  private tails(tails: Tail[], head: SimpleCommand[], substituted: boolean): SimpleCommand[] {
    const found: SimpleCommand[] = [];
    for (const tail of tails) {
      found.push(...(tail.piped ? this.pipeline(tail.node, substituted, head) : this.visit(tail.node, substituted)));
    }
    return found;
  }

  private within(commands: SimpleCommand[], node: Node): SimpleCommand[] {
    return commands.filter((c) => {
      const start = this.starts.get(c)!;
      return start >= node.startIndex && start < node.endIndex;
    });
  }

  private redirections(nodes: Node[], substituted: boolean, textEnd: number, endRow: number): Redirections {
    const result: Redirections = { redirects: [], strayArgs: [], tails: [], textEnd, endRow };
    for (const node of nodes) this.redirection(node, substituted, result);
    return result;
  }

  private redirection(node: Node, substituted: boolean, into: Redirections): void {
    let descriptor = '';
    let operator = '';
    const operands: Node[] = [];
    const nested: Node[] = [];
    let body: Node | undefined;
    let end: Node | undefined;
    let afterError = false;
    let afterListOperator = false;
    for (const child of node.children) {
      const type = child.type;
      if (!child.isNamed) {
        // `cat <<EOF && next`: tree-sitter-bash nests `&& next` in the here-document redirect.
        afterListOperator = type === '&&' || type === '||';
        operator ||= type;
      } else if (afterListOperator) {
        into.tails.push({ node: child, piped: false });
        afterListOperator = false;
      } else if (type === 'file_descriptor') descriptor = child.text;
      else if (type === 'heredoc_body') body = child;
      else if (type === 'heredoc_end') end = child;
      else if (type === 'file_redirect') nested.push(child);
      else if (type === 'pipeline') into.tails.push({ node: child, piped: true });
      else if (type === 'ERROR') {
        // Words after an ERROR `;` here (`cat <<A > f; cat <<B`, a tail repair.ts leaves to
        // tree-sitter) belong to a command tree-sitter lost, not to this one.
        this.visit(child, substituted);
        afterError = operands.length > 0;
      } else if (!afterError) operands.push(child);
    }
    const [target, ...stray] = operands;
    if (target) {
      const redirect: Redirect = { operator: descriptor + operator, target: this.words([target], substituted)[0]! };
      into.redirects.push(redirect);
      into.strayArgs.push(...stray);
      const last = stray.at(-1) ?? target;
      into.textEnd = Math.max(into.textEnd, last.endIndex);
      if (node.type === 'heredoc_redirect') {
        redirect.heredoc = this.heredoc(node, body, end, operator === '<<-');
        // An unquoted here-document runs the $(...) in its body.
        if (body) this.visit(body, substituted);
        into.endRow = Math.max(into.endRow, node.endPosition.row);
      } else {
        into.endRow = Math.max(into.endRow, last.endPosition.row);
      }
    }
    for (const child of nested) this.redirection(child, substituted, into);
  }

  /** The body as bash feeds it: whole lines between the redirect's line and the delimiter line. */
  private heredoc(redirect: Node, body: Node | undefined, end: Node | undefined, stripTabs: boolean) {
    this.lines ??= this.source.text.split('\n');
    // tree-sitter always closes the redirect with a heredoc_end, a zero-width MISSING one at the
    // end of an unterminated block.
    const stop = (end ?? redirect).endPosition.row;
    const first = body ? body.startPosition.row : stop;
    let text = '';
    for (let row = first; row < stop; row++) {
      const line = this.lines[row]!.slice(this.source.secondaryPrompts.get(row) ?? 0);
      text += (stripTabs ? line.replace(/^\t+/, '') : line) + '\n';
    }
    return { text, line: this.block.startLine + first };
  }

  /** Reads argument nodes as shell words; nodes with no space between them form one word. */
  private words(nodes: Node[], substituted: boolean): Word[] {
    const words: Word[] = [];
    let i = 0;
    while (i < nodes.length) {
      const first = nodes[i]!;
      const expansions: Span[] = [];
      let end = first.endIndex;
      this.expansions(first, substituted, expansions);
      i++;
      while (i < nodes.length && nodes[i]!.startIndex === end) {
        this.expansions(nodes[i]!, substituted, expansions);
        end = nodes[i]!.endIndex;
        i++;
      }
      const start = first.startIndex;
      const position = {
        line: this.block.startLine + first.startPosition.row,
        column: first.startPosition.column + 1 + this.block.indent,
      };
      words.push(readWord(this.source.text, start, end, expansions, position, this.placeholdersIn(start, end)));
    }
    return words;
  }

  /** Collects expansion ranges in a word and the commands substituted inside them. */
  private expansions(node: Node, substituted: boolean, into: Span[]): void {
    if (EXPANSIONS.has(node.type)) {
      into.push({ start: node.startIndex, end: node.endIndex });
      this.visit(node, substituted);
      return;
    }
    if (node.namedChildCount === 0) return;
    for (const child of node.namedChildren) this.expansions(child, substituted, into);
  }

  private placeholdersIn(start: number, end: number): string[] {
    const names: string[] = [];
    for (const p of this.source.placeholders) {
      if (p.start >= end) break;
      if (p.start >= start) names.push(p.name);
    }
    return names;
  }
}

/** Joins two adjacent pipeline stages; inner pipes, already linked, keep their ends. */
function link(left: SimpleCommand[], right: SimpleCommand[]): void {
  const source = left.find((c) => !c.pipedTo);
  const target = right.find((c) => !c.pipedFrom);
  if (!source || !target) return;
  for (const c of left) c.pipedTo ??= target;
  for (const c of right) c.pipedFrom ??= source;
}

function firstStage(node: Node): Node {
  let stage = node;
  while (stage.type === 'list' && stage.namedChild(0)) stage = stage.namedChild(0)!;
  return stage;
}

function lastStage(node: Node): Node {
  let stage = node;
  while (SEQUENCES.has(stage.type)) {
    const children = stage.namedChildren.filter((c) => c.type !== 'comment');
    const last = children.at(-1);
    if (!last) break;
    stage = last;
  }
  return stage;
}
