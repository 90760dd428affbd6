import type { CodeBlock } from '../markdown/document.js';

/** One shell word after quote removal, tied to where it sits in the Markdown file. */
export interface Word {
  /** The word as the shell would pass it to the program (quotes removed, escapes resolved). */
  text: string;
  /** The word as written, quotes included. */
  raw: string;
  /** 1-based line in the Markdown file. */
  line: number;
  /** 1-based column in that line. */
  column: number;
  /** True when any part of the word was quoted. */
  quoted: boolean;
  /** True when the word holds an expansion ($VAR, $(...), `...`, globs) whose value is unknown here. */
  dynamic: boolean;
  /** Placeholders written by the model, such as `<container_id>`, found in the word (names without brackets). */
  placeholders: string[];
}

export interface Redirect {
  /** `>`, `>>`, `<`, `2>`, `&>`, `<<`, `<<<`, ... */
  operator: string;
  target: Word;
  /** Body of a here-document, when the operator is `<<` or `<<-`. */
  heredoc?: { text: string; line: number };
}

/** A simple command: the unit a check looks at, wherever it sits (pipeline, list, loop, subshell, $(...)). */
export interface SimpleCommand {
  /** The program run, after wrappers such as sudo/env/timeout/nohup/xargs prefixes are peeled off. */
  name: Word;
  args: Word[];
  /** Wrapper words peeled off before `name` (`sudo`, `-u`, `root`, `env`, `FOO=1`, `timeout`, `5`). */
  wrappers: Word[];
  /** Variable assignments written before the command (`FOO=1 cmd`). */
  assignments: Word[];
  redirects: Redirect[];
  /** The command whose stdout feeds this one through `|`, if any. */
  pipedFrom?: SimpleCommand;
  /** The command this one's stdout is piped into, if any. */
  pipedTo?: SimpleCommand;
  /** True when the command is in a `$(...)` or backquote substitution. */
  substituted: boolean;
  line: number;
  endLine: number;
  /** The command's source text as written. */
  text: string;
}

export interface ShellComment {
  text: string;
  line: number;
}

export interface ShellScript {
  block: CodeBlock;
  commands: SimpleCommand[];
  comments: ShellComment[];
  /** True when the parser had to recover from invalid syntax somewhere in the block. */
  hasError: boolean;
}
