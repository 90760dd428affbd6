/** How the tools checks see a program's command line: built once from the catalog, then only read. */

export type ValueArity = 'none' | 'required' | 'optional';

/** What a file-valued option of Falco expects, so `falco -c rules.yaml` can be told apart from `falco -c falco.yaml`. */
export type FileRole = 'config' | 'rules';

export interface OptionSpec {
  /** Every spelling the program accepts: `-n`, `--tail`, other names such as `-nv`. */
  names: string[];
  /** The spelling used in messages: the long name when there is one. */
  display: string;
  value: ValueArity;
  /**
   * A short option with an optional value takes it only when attached (`-r5`); false where the
   * catalog says the short form takes none at all (`tail -f`, `strace -t`).
   */
  shortAttachedValue: boolean;
  choices?: string[];
  /** Falco options that no longer exist, with the release that removed them. */
  removed?: { in: string; replacement?: string };
  /** Falco options added after the oldest release the catalog covers: the release that added them. */
  since?: string;
  /** The option stands in for an operand (`grep -e PATTERN`, `crictl inspect --latest`). */
  waivesMinArgs?: boolean;
  fileRole?: FileRole;
}

export interface ArgCount {
  min: number;
  max: number | null;
  /** Operand names from the catalog, for messages. */
  names?: string[];
}

export interface CommandNode {
  /** `docker logs`, `falcoctl artifact install`. */
  path: string;
  /** Options valid here: own ones plus those inherited from parents (cobra persistent flags). */
  options: Map<string, OptionSpec>;
  /** Long spellings, for GNU unique-prefix matching and suggestions. */
  longNames: string[];
  /** Subcommands by name and alias. */
  subcommands: Map<string, CommandNode>;
  /** Canonical subcommand names, for suggestions. */
  subcommandNames: string[];
  /** Positional arity, only where the catalog's numbers are trusted (see build-tools.ts). */
  args?: ArgCount;
  /** False when options end at the first operand (`docker run IMAGE cmd -x`, `crictl exec ID ls -l`). */
  interspersed: boolean;
  /** True when the command runs by itself although it has subcommands (`kubectl create -f x`). */
  runnable: boolean;
}

export type Syntax = 'gnu' | 'cobra' | 'urfave' | 'cxxopts' | 'tar' | 'long-only';

export interface ToolModel {
  /** Catalog tool name (`docker`, `hashsums`, `falco`). */
  tool: string;
  /** The binary name as run (`sha256sum`, `egrep`). */
  binary: string;
  syntax: Syntax;
  root: CommandNode;
  /** Options valid only before the first subcommand (docker's and urfave tools' global options). */
  leadingOptions: Map<string, OptionSpec>;
  /**
   * cobra without TraverseChildren (kubectl, falcoctl, event-generator) parses options written before
   * the subcommand with the final subcommand's flags (`kubectl -o json get pods`); docker does not.
   */
  deferRootOptions: boolean;
  /** getopt_long accepts any unambiguous prefix of a long option. */
  longPrefixes: boolean;
  /** `-NUM` is an option (`head -20`, `grep -3`). */
  numericOption: boolean;
  /** `-SIGNAL` is an option (`fuser -HUP`). */
  signalOption: boolean;
  /** chmod reads `-x`, `-rwx`, `-644` as a mode. */
  modeOperand: boolean;
  /** curl accepts `--no-X` for every boolean `--X`. */
  negatableLongs: boolean;
  /** When false, single-dash words are not checked (custom tools whose short grammar is not modelled). */
  checkShort: boolean;
}
