import type { Redirect, SimpleCommand, Word } from '../../shell/types.js';
import type { ReportAnalysis } from '../analysis.js';
import { echoOutput, printfOutput } from './shell-text.js';
import { isWriteRedirect, parseArgs, programOf } from './words.js';

/** Text a report's shell code writes into a file. */
export interface FileWrite {
  /** The file written (a redirect target or a tee operand). */
  path: Word;
  /** What lands in the file, as far as the report shows it; `\n` escapes read as newlines. */
  content: string;
  /** First and last line of the commands (and here-document) that produce the text. */
  line: number;
  endLine: number;
  /**
   * How the text gets there: `echo`/`printf` redirected into the file; `heredoc` for `cat <<EOF > f`;
   * `cat` for `cat <<< "text" > f`; `tee` when tee writes the file, whatever feeds it
   * (`echo ... | tee f`, `cat <<EOF | tee f`, `tee f <<EOF`).
   */
  via: 'echo' | 'printf' | 'heredoc' | 'tee' | 'cat';
  /** True for `>>` and `tee -a`. */
  append: boolean;
  /** The command that writes the file (echo, printf, cat or tee). */
  command: SimpleCommand;
}

const cache = new WeakMap<ReportAnalysis, FileWrite[]>();

/** Every text written into a file by the report's shell code, in file order; computed once per report. */
export function fileWritesOf(analysis: ReportAnalysis): FileWrite[] {
  let writes = cache.get(analysis);
  if (!writes) {
    writes = analysis.commands.flatMap(writesOf);
    cache.set(analysis, writes);
  }
  return writes;
}

/** Targets that are not files a report means to fill. */
const NOT_A_FILE = /^(\/dev\/(null|stdout|stderr|tty|fd\/\d+)|&?\d+|-)$/;

interface Produced {
  content: string;
  via: 'echo' | 'printf' | 'heredoc' | 'cat';
  line: number;
  endLine: number;
}

function writesOf(command: SimpleCommand): FileWrite[] {
  const out: FileWrite[] = [];
  const produced = output(command);
  if (produced) {
    for (const redirect of command.redirects) {
      if (!isWriteRedirect(redirect.operator) || redirect.target.dynamic || NOT_A_FILE.test(redirect.target.text)) continue;
      out.push({ path: redirect.target, ...produced, append: redirect.operator.endsWith('>>'), command });
    }
  }
  if (programOf(command) === 'tee') {
    const input = hereInput(command) ?? (command.pipedFrom ? output(command.pipedFrom) : undefined);
    if (input) {
      const { flags, operands } = parseArgs(command.args);
      const append = flags.has('a') || flags.has('append');
      for (const file of operands) {
        if (file.dynamic || NOT_A_FILE.test(file.text)) continue;
        const line = Math.min(input.line, command.line);
        const endLine = Math.max(input.endLine, command.endLine);
        out.push({ path: file, content: input.content, line, endLine, via: 'tee', append, command });
      }
    }
  }
  return out;
}

/** What a command prints to stdout, for the commands whose output the report spells out. */
function output(command: SimpleCommand): Produced | undefined {
  const at = { line: command.line, endLine: command.endLine };
  switch (programOf(command)) {
    case 'echo':
      return { content: echoOutput(command.args), via: 'echo', ...at };
    case 'printf': {
      const content = printfOutput(command.args);
      return content === undefined ? undefined : { content, via: 'printf', ...at };
    }
    case 'cat': {
      // `cat <<EOF` prints its here-document; `cat file` prints something the report does not show.
      if (command.args.some((a) => a.text !== '-')) return undefined;
      const input = hereInput(command);
      return input && { ...input, via: input.via };
    }
    default:
      return undefined;
  }
}

/** A here-document (`<<EOF`) or here-string (`<<< text`) feeding the command. */
function hereInput(command: SimpleCommand): Produced | undefined {
  const redirect = [...command.redirects].reverse().find((r) => r.heredoc || r.operator === '<<<');
  if (!redirect) return undefined;
  if (redirect.operator === '<<<') {
    return { content: `${redirect.target.text}\n`, via: 'cat', line: command.line, endLine: command.endLine };
  }
  const { text, line } = redirect.heredoc!;
  return { content: text, via: 'heredoc', line: command.line, endLine: Math.max(command.endLine, heredocEnd(redirect, line)) };
}

function heredocEnd(redirect: Redirect, line: number): number {
  const body = redirect.heredoc?.text.replace(/\n$/, '') ?? '';
  // The body's lines, then the delimiter line.
  return line + (body === '' ? 0 : body.split('\n').length);
}
