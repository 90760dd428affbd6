import type { ValueArity } from './types.js';

/**
 * Options the real programs accept that catalog/tools.json misses or mis-reads (its harvest parsed
 * `--help` text, which some tools format irregularly). Every entry was verified against the same
 * Debian 12 binaries the catalog names (`<tool> <option> --version` parses without "invalid option",
 * or the option is in the tool's `--help`/man page). They only ever widen what is accepted, so they
 * can silence a finding but never create one; the fix belongs in scripts/build-catalog.ts.
 */
export interface ExtraOption {
  names: string[];
  value: ValueArity;
}

export interface ToolExtras {
  options?: ExtraOption[];
  /** Corrects whether one spelling of an option the catalog lists takes a value. */
  values?: Record<string, ValueArity>;
  /** `-NUM` is accepted (head -20, tail -100, uniq -2, last -5, strings -8). */
  numeric?: boolean;
  /** `-SIGNAL` is accepted (pkill -9, killall -KILL). */
  signal?: boolean;
  subcommands?: string[];
  /** Options of one subcommand, by its path (`docker run`). */
  subcommandOptions?: Record<string, ExtraOption[]>;
}

const flag = (...names: string[]): ExtraOption => ({ names, value: 'none' });
const valued = (...names: string[]): ExtraOption => ({ names, value: 'required' });

// wget 1.21.3 prints `-O,  --output-document=FILE` with two spaces, which the harvest read as two options.
const WGET_PAIRS: Array<[string, string, ValueArity]> = [
  ['-V', '--version', 'none'],
  ['-h', '--help', 'none'],
  ['-b', '--background', 'none'],
  ['-e', '--execute', 'required'],
  ['-o', '--output-file', 'required'],
  ['-a', '--append-output', 'required'],
  ['-d', '--debug', 'none'],
  ['-q', '--quiet', 'none'],
  ['-v', '--verbose', 'none'],
  ['-i', '--input-file', 'required'],
  ['-F', '--force-html', 'none'],
  ['-B', '--base', 'required'],
  ['-t', '--tries', 'required'],
  ['-O', '--output-document', 'required'],
  ['-c', '--continue', 'none'],
  ['-N', '--timestamping', 'none'],
  ['-S', '--server-response', 'none'],
  ['-T', '--timeout', 'required'],
  ['-w', '--wait', 'required'],
  ['-Q', '--quota', 'required'],
  ['-4', '--inet4-only', 'none'],
  ['-6', '--inet6-only', 'none'],
  ['-x', '--force-directories', 'none'],
  ['-P', '--directory-prefix', 'required'],
  ['-E', '--adjust-extension', 'none'],
  ['-U', '--user-agent', 'required'],
  ['-r', '--recursive', 'none'],
  ['-l', '--level', 'required'],
  ['-k', '--convert-links', 'none'],
  ['-K', '--backup-converted', 'none'],
  ['-m', '--mirror', 'none'],
  ['-p', '--page-requisites', 'none'],
  ['-A', '--accept', 'required'],
  ['-R', '--reject', 'required'],
  ['-D', '--domains', 'required'],
  ['-H', '--span-hosts', 'none'],
  ['-L', '--relative', 'none'],
  ['-I', '--include-directories', 'required'],
  ['-X', '--exclude-directories', 'required'],
];

// docker 28.2.2: hidden aliases (`--net`, `--net-alias`, `--dns-opt`, still parsed) and flags whose value
// type the harvest did not recognise (`--gpus gpu-request`, `--credential-spec credential-spec`, `pem-file`).
const DOCKER_CONTAINER_EXTRAS = [valued('--gpus'), valued('--net'), valued('--net-alias'), valued('--dns-opt')];

/** Keyed by catalog tool name. */
export const ACCEPTED_EXTRAS: Readonly<Record<string, ToolExtras>> = {
  // grep 3.8: -y (old -i), -u (unix byte offsets, warns), -X MATCHER (undocumented).
  grep: { options: [flag('-y'), flag('-u'), valued('-X')] },
  head: { numeric: true },
  tail: { numeric: true },
  uniq: { numeric: true },
  last: { numeric: true },
  strings: { numeric: true, options: [flag('-H'), flag('-V')] },
  // The harvest gave these a required value; the programs take none, or only an attached one
  // (`ls -p`, `sort -c` are flags; `--check[=diagnose-first]`, `--tree[=rel]`, `--dwarf[=links]`).
  ls: { values: { '-p': 'none' } },
  sort: { options: [flag('-y'), flag('-C')], values: { '-c': 'none', '--check': 'optional' } },
  lsns: { values: { '-T': 'optional', '--tree': 'optional' } },
  curl: { values: { '-h': 'optional', '--help': 'optional' } },
  objdump: {
    options: [flag('-V'), valued('-E'), flag('--show-raw-insn'), flag('--no-show-raw-insn')],
    values: { '--dwarf': 'optional', '--visualize-jumps': 'optional' },
  },
  readelf: { options: [flag('-N'), flag('--enable-checks')], values: { '--sym-base': 'optional', '--debug-dump': 'optional' } },
  file: { options: [flag('-E')] },
  ss: { options: [flag('-v')] },
  netstat: { options: [flag('-d'), flag('-f'), flag('-h', '--help'), flag('-V', '--version')] },
  sed: { options: [flag('-b', '--binary')] },
  // coreutils 9.1 prints `-c  --format=FORMAT` without the comma.
  stat: { options: [valued('-c', '--format')], values: { '-c': 'required' } },
  wget: {
    options: WGET_PAIRS.map(([short, long, value]) => ({ names: [short, long], value })),
    values: Object.fromEntries(WGET_PAIRS.map(([short, , value]) => [short, value])),
  },
  // procps pkill and psmisc killall take the signal as `-9`, `-KILL`, `-SIGKILL`.
  pkill: { options: [valued('--signal')], signal: true },
  killall: { signal: true },
  // strace 6.1 --help lists these; the harvest dropped the lines with `-y, --decode-fds[=SET]` and friends.
  strace: {
    values: { '-Y': 'none' },
    options: [
      { names: ['-y', '--decode-fds'], value: 'optional' },
      flag('-yy'),
      flag('-q'),
      flag('-qq'),
      flag('-qqq'),
      valued('--abbrev'),
      valued('--verbose'),
      valued('--raw'),
      valued('--read'),
      valued('--write'),
      valued('--kvm'),
      valued('--fault'),
      { names: ['--tips'], value: 'optional' },
    ],
  },
  // systemd 252 systemctl(1); `default` is in `systemctl --help` ("Enter system default mode").
  systemctl: {
    options: [flag('--after'), flag('--before'), flag('--fail'), valued('--message'), valued('--preset-mode'), valued('--reboot-argument')],
    subcommands: ['default'],
  },
  // journalctl 252 still parses the old --full (a no-op).
  journalctl: { options: [flag('--full')] },
  // GNU tar 1.34 aliases (argp hides them from --help).
  tar: {
    options: [
      flag('--gunzip'),
      flag('--ungzip'),
      flag('--uncompress'),
      flag('--get'),
      flag('--same-permissions'),
      flag('--confirmation'),
      flag('--portability'),
      flag('--compare'),
      flag('--concatenate'),
    ],
  },
  ps: { options: [flag('--cumulative'), flag('--info')] },
  docker: {
    subcommandOptions: {
      'docker run': DOCKER_CONTAINER_EXTRAS,
      'docker create': DOCKER_CONTAINER_EXTRAS,
      'docker container run': DOCKER_CONTAINER_EXTRAS,
      'docker container create': DOCKER_CONTAINER_EXTRAS,
      'docker service create': [valued('--credential-spec')],
      'docker service update': [valued('--credential-spec')],
      'docker swarm ca': [valued('--ca-cert'), valued('--ca-key'), valued('--external-ca')],
      'docker swarm init': [valued('--external-ca'), valued('--listen-addr')],
      'docker swarm join': [valued('--listen-addr')],
      'docker swarm update': [valued('--external-ca')],
    },
  },
};
