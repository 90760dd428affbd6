import type { SimpleCommand, Word } from '../../shell/types.js';
import type { ReportAnalysis } from '../analysis.js';
import { dottedSysctlName, sysctlNameOfProcPath } from './sysctl-names.js';
import { fileWritesOf, type FileWrite } from './file-writes.js';
import { isWriteRedirect, parseArgs, programOf } from './words.js';

/** One place a report reads or sets a sysctl: a `sysctl` operand or a `/proc/sys/...` path. */
export interface SysctlUse {
  /** Dotted name (`net.ipv4.ip_forward`). */
  name: string;
  /** The word that names it (the whole `name=value` operand for sysctl). */
  word: Word;
  write: boolean;
  /** `conf`: a `name = value` line written into /etc/sysctl.conf or /etc/sysctl.d/*.conf, or shown as such a file. */
  via: 'sysctl' | 'proc' | 'conf';
  /** Words that make up the written value, when the report shows them (echo's operands). */
  values?: Word[];
  /** The command that reads or sets it; absent for a setting shown as the content of a sysctl.conf file. */
  command?: SimpleCommand;
}

/** A `sysctl -w` operand without `=`, which procps-ng rejects ("must be of the form name=value"). */
export interface MalformedWrite {
  word: Word;
  /** The operand right after it, when it looks like the value that belongs after `=`. */
  value?: Word;
  command: SimpleCommand;
}

/** A number left as its own operand after `name=value`: procps-ng reads it as a sysctl name. */
export interface StraySysctlOperand {
  word: Word;
  name: string;
  command: SimpleCommand;
}

export interface SysctlUses {
  uses: SysctlUse[];
  malformed: MalformedWrite[];
  strays: StraySysctlOperand[];
}

const cache = new WeakMap<ReportAnalysis, SysctlUses>();

/** Options after which sysctl's operands are files or ignored, not names. */
const NOT_NAME_MODES = ['a', 'A', 'X', 'all', 'p', 'f', 'load', 'system', 'h', 'help', 'V', 'version'];

const NUMBER = /^-?\d+$/;

export function sysctlUsesOf(analysis: ReportAnalysis): SysctlUses {
  let result = cache.get(analysis);
  if (result) return result;
  result = { uses: [], malformed: [], strays: [] };
  for (const command of analysis.commands) {
    if (programOf(command) === 'sysctl') collectSysctlCommand(command, result);
    collectProcPaths(command, result);
  }
  for (const write of fileWritesOf(analysis)) collectConfLines(write, result);
  cache.set(analysis, result);
  return result;
}

function collectSysctlCommand(command: SimpleCommand, out: SysctlUses): void {
  const { flags, operands } = parseArgs(command.args, { valued: ['r', 'pattern'], optionalValue: ['p', 'f'] });
  if (NOT_NAME_MODES.some((f) => flags.has(f))) return;
  const writeMode = flags.has('w') || flags.has('write');
  let previous: { name: string; hadValue: boolean } | undefined;
  for (let i = 0; i < operands.length; i++) {
    const word = operands[i]!;
    if (word.dynamic && !/^[\w./-]+=/.test(word.text)) {
      previous = undefined;
      continue;
    }
    const eq = word.text.indexOf('=');
    if (eq === -1 && NUMBER.test(word.text) && previous) {
      // `sysctl -w net.ipv4.ip_local_port_range=1024 65000` or `sysctl -w kernel.x 1`.
      if (previous.hadValue) out.strays.push({ word, name: previous.name, command });
      continue;
    }
    const name = dottedSysctlName((eq === -1 ? word.text : word.text.slice(0, eq)).trim());
    const write = writeMode || eq !== -1;
    if (writeMode && eq === -1) {
      const next = operands[i + 1];
      out.malformed.push({ word, ...(next && !next.text.includes('=') ? { value: next } : {}), command });
    }
    out.uses.push({ name, word, write, via: 'sysctl', command });
    previous = { name, hadValue: eq !== -1 };
  }
}

const ECHO_OPTION = /^-[neE]+$/;

function collectProcPaths(command: SimpleCommand, out: SysctlUses): void {
  const program = programOf(command);
  const echoed = program === 'echo' ? echoOperands(command.args) : undefined;
  for (const redirect of command.redirects) {
    const name = sysctlNameOfProcPath(redirect.target.text);
    if (name === undefined) continue;
    const write = isWriteRedirect(redirect.operator);
    out.uses.push({ name, word: redirect.target, write, via: 'proc', ...(write && echoed ? { values: echoed } : {}), command });
  }
  const isTee = program === 'tee';
  const fed = command.pipedFrom && programOf(command.pipedFrom) === 'echo' ? echoOperands(command.pipedFrom.args) : undefined;
  for (const word of command.args) {
    const name = sysctlNameOfProcPath(word.text);
    if (name === undefined) continue;
    out.uses.push({ name, word, write: isTee, via: 'proc', ...(isTee && fed ? { values: fed } : {}), command });
  }
}

/** What echo prints, as words: its operands after the leading -n/-e/-E options. */
function echoOperands(args: readonly Word[]): Word[] {
  let i = 0;
  while (i < args.length && ECHO_OPTION.test(args[i]!.text)) i++;
  return args.slice(i);
}

const SYSCTL_CONF = /^\/(etc|run|usr\/lib|lib)\/sysctl\.(conf|d\/[^/]+\.conf)$/;
/** A sysctl.conf line: `[-]name = value` (procps-ng's format; `-` ignores errors for that line). */
const CONF_LINE = /^\s*-?([A-Za-z0-9_][\w./-]*)\s*=/;

/** Settings written into sysctl.conf files, each tied to the line of the report that holds it. */
function collectConfLines(write: FileWrite, out: SysctlUses): void {
  if (!SYSCTL_CONF.test(write.path.text) || write.path.dynamic) return;
  const lines = write.content.replace(/\n$/, '').split('\n');
  // A here-document's body ends on the line before its terminator; echo/printf text sits on the command's line.
  const multiLine = write.endLine > write.line && lines.length > 1;
  const first = multiLine ? write.endLine - lines.length : write.line;
  for (const [i, text] of lines.entries()) {
    const name = CONF_LINE.exec(text)?.[1];
    if (!name || /[$<*]/.test(name)) continue;
    const line = multiLine ? first + i : write.line;
    const word: Word = { text: name, raw: name, line, column: 1, quoted: false, dynamic: false, placeholders: [] };
    out.uses.push({ name: dottedSysctlName(name), word, write: true, via: 'conf', command: write.command });
  }
}
