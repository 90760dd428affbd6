import type { SimpleCommand, Word } from '../../shell/types.js';
import { parseArgs, programOf } from './words.js';

/** What a command does to services, as systemctl, service or an init script spells it. */
export interface ServiceAction {
  verb: string;
  units: Word[];
  /** `systemctl kill -s HUP`: the signal sent, when given. */
  signal?: string;
}

/** systemctl options that take a value in the next word. */
const SYSTEMCTL_VALUED = ['t', 'type', 's', 'signal', 'p', 'property', 'H', 'host', 'M', 'machine', 'n', 'lines', 'o', 'output', 'root', 'kill-whom', 'kill-value', 'job-mode', 'state', 'what', 'timestamp', 'message', 'image', 'drop-in', 'when', 'boot-loader-entry', 'boot-loader-menu', 'reboot-argument'];

/** `systemctl stop falco`, `service falco stop`, `/etc/init.d/falco stop`; undefined for anything else. */
export function serviceAction(command: SimpleCommand): ServiceAction | undefined {
  const program = programOf(command);
  if (program === 'systemctl') {
    const { operands, values } = parseArgs(command.args, { valued: SYSTEMCTL_VALUED });
    const [verb, ...units] = operands;
    const signal = (values.get('s') ?? values.get('signal'))?.[0]?.text;
    return verb && !verb.dynamic ? { verb: verb.text, units, ...(signal ? { signal } : {}) } : undefined;
  }
  if (program === 'service') {
    const operands = command.args.filter((a) => !a.text.startsWith('-'));
    const [unit, verb] = operands;
    return unit && verb ? { verb: verb.text, units: [unit] } : undefined;
  }
  if (!command.name.dynamic && command.name.text.startsWith('/etc/init.d/')) {
    const verb = command.args[0];
    return verb ? { verb: verb.text, units: [command.name] } : undefined;
  }
  return undefined;
}

/** Verbs that take a running service away (or keep it from coming back). */
const STOPPING_VERBS = new Set(['stop', 'disable', 'mask', 'kill', 'teardown', 'force-stop']);

/** True when the action stops the service; `systemctl kill -s HUP` only asks it to reload. */
export function stopsService(action: ServiceAction | undefined): action is ServiceAction {
  if (!action || !STOPPING_VERBS.has(action.verb)) return false;
  return !(action.verb === 'kill' && action.signal !== undefined && HARMLESS_SIGNALS.test(action.signal));
}

/** A unit name without its `.service` suffix or init-script directory. */
export function unitName(word: Word): string {
  return word.text.slice(word.text.lastIndexOf('/') + 1).replace(/\.service$/, '');
}

/** Signals that do not end a process: reload (HUP), reopen outputs (USR1), probe (0). */
const HARMLESS_SIGNALS = /^(?:0|1|10|(?:SIG)?HUP|(?:SIG)?USR1)$/i;

/** A signal given as an option of its own: `-9`, `-KILL`, `-SIGHUP`. */
const SIGNAL_OPTION = /^-(?:SIG)?[A-Z]+[0-9]*$|^-\d+$/;

/** The signal a kill/pkill/killall sends, as written (`-9`, `-s KILL`, `--signal=HUP`), or undefined for the default TERM. */
function signalOf(args: readonly Word[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const text = args[i]!.text;
    if (text === '-s' || text === '--signal' || text === '-n') return args[i + 1]?.text;
    if (text.startsWith('--signal=')) return text.slice('--signal='.length);
    if (SIGNAL_OPTION.test(text)) return text.slice(1);
  }
  return undefined;
}

/**
 * The process names a command ends: `pkill falco`, `killall -9 auditd`, `kill $(pidof falco)`,
 * `kill -9 $(pgrep -x falco)`. A reload signal (`kill -HUP`, `pkill -1`) ends nothing.
 */
export function killedNames(command: SimpleCommand): string[] {
  const program = programOf(command);
  if (program !== 'kill' && program !== 'pkill' && program !== 'killall') return [];
  const signal = signalOf(command.args);
  if (signal !== undefined && HARMLESS_SIGNALS.test(signal)) return [];
  if (program === 'kill') {
    return command.args.flatMap((a) => {
      const m = /^(?:\$\(|`)\s*(?:pidof|pgrep)\s+(?:-\S+\s+)*['"]?\^?([\w./-]+?)\$?['"]?\s*(?:\)|`)$/.exec(a.raw.replace(/^"|"$/g, ''));
      return m ? [m[1]!.slice(m[1]!.lastIndexOf('/') + 1)] : [];
    });
  }
  const valued = program === 'pkill' ? ['g', 'G', 'P', 's', 't', 'u', 'U', 'F', 'ns', 'nslist', 'signal', 'pidfile'] : ['s', 'signal', 'u', 'user', 'o', 'older-than', 'y', 'younger-than', 'Z', 'context'];
  const { operands } = parseArgs(
    command.args.filter((a) => !SIGNAL_OPTION.test(a.text)),
    { valued },
  );
  return operands.filter((w) => !w.dynamic).map((w) => w.text.replace(/^\^|\$$/g, '').replace(/^.*\//, ''));
}

/** Package names a command removes (`apt-get purge falco`, `dnf remove falco`, `rpm -e falco`, `dpkg -P falco`). */
export function removedPackages(command: SimpleCommand): Word[] {
  const program = programOf(command);
  const { flags, operands } = parseArgs(command.args, { valued: ['o', 'c', 't', 'root', 'installroot', 'releasever'] });
  switch (program) {
    case 'apt':
    case 'apt-get':
    case 'aptitude':
      return ['remove', 'purge', 'autoremove'].includes(operands[0]?.text ?? '') ? operands.slice(1) : [];
    case 'yum':
    case 'dnf':
    case 'microdnf':
      return ['remove', 'erase', 'autoremove'].includes(operands[0]?.text ?? '') ? operands.slice(1) : [];
    case 'zypper':
      return ['remove', 'rm'].includes(operands[0]?.text ?? '') ? operands.slice(1) : [];
    case 'apk':
      return operands[0]?.text === 'del' ? operands.slice(1) : [];
    case 'rpm':
      return flags.has('e') || flags.has('erase') ? operands : [];
    case 'dpkg':
      return ['r', 'P', 'remove', 'purge'].some((f) => flags.has(f)) ? operands : [];
    default:
      return [];
  }
}

/** True for `rm -r`, `rm -rf`, `rm --recursive` (the words removed are the operands). */
export function rmRecursive(command: SimpleCommand): { recursive: boolean; operands: Word[] } | undefined {
  if (programOf(command) !== 'rm') return undefined;
  const { flags, operands } = parseArgs(command.args);
  return { recursive: flags.has('r') || flags.has('R') || flags.has('recursive'), operands };
}

/** `/usr/` → `/usr`, `//` → `/`: a path as a comparison key. */
export function normalizePath(path: string): string {
  const collapsed = path.replace(/\/+/g, '/').replace(/\/\.(?=\/|$)/g, '');
  return collapsed.length > 1 ? collapsed.replace(/\/$/, '') : collapsed;
}
