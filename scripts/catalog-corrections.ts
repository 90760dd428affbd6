/**
 * Facts in ../shared that we found wrong or missing, fixed in our own catalog.
 * Each has a test in test/catalog/corrections.test.ts that shows the real behaviour.
 *
 * Tool corrections were checked against the programs the catalog names (Debian 12 packages, docker 28.2.2
 * client), with the option written before `--version`/`--help` or on a harmless operand: an unknown option
 * fails with "unrecognized option"/"invalid option"/"unknown flag", an option without its value with
 * "requires an argument"/"flag needs an argument". Every helper below refuses to add a spelling the catalog
 * already has, or to change one it does not have, so a correction that ../shared has caught up with fails the
 * build instead of lingering.
 */
export interface Correction {
  id: string;
  apply(catalog: Record<string, Record<string, any>>): void;
}

type Json = Record<string, any>;
type Catalog = Record<string, Json>;

/** One option in the tools.json shape. */
interface OptionFact {
  short?: string | null;
  long?: string | null;
  other_names?: string[];
  takes_value: boolean | 'optional';
  value_name?: string;
  value_type?: string;
  choices?: string[];
  /** The short spelling takes no value although the long one takes an optional one (`strace -y`, `--decode-fds[=SET]`). */
  short_takes_value?: boolean;
}

const flag = (short: string | null, long?: string, ...other_names: string[]): OptionFact => ({
  ...(short ? { short } : {}),
  ...(long ? { long } : {}),
  ...(other_names.length ? { other_names } : {}),
  takes_value: false,
});

const valued = (short: string | null, long: string | null, value_name: string): OptionFact => ({
  ...(short ? { short } : {}),
  ...(long ? { long } : {}),
  takes_value: true,
  value_name,
});

/** A command of a tool by its path: `docker`, `docker container run`, `kubectl config get-contexts`. */
function commandAt(catalog: Catalog, path: string): Json {
  const [tool, ...names] = path.split(' ');
  let command: Json | undefined = catalog.tools![tool!];
  for (const name of names) command = command?.subcommands?.[name];
  if (!command) throw new Error(`catalog correction: ${path} is not in tools.json`);
  return command;
}

function spellings(option: Json): string[] {
  return [option.short, option.long, ...(option.other_names ?? [])].filter((n): n is string => typeof n === 'string' && n !== '');
}

function optionsOf(command: Json, list: 'options' | 'global_options'): Json[] {
  return (command[list] ??= []);
}

/** The option of `path` spelled `name`; it must exist. */
function optionAt(catalog: Catalog, path: string, name: string, list: 'options' | 'global_options' = 'options'): Json {
  const option = optionsOf(commandAt(catalog, path), list).find((o) => spellings(o).includes(name));
  if (!option) throw new Error(`catalog correction: ${path} has no option ${name} to correct`);
  return option;
}

function refuseKnown(catalog: Catalog, path: string, names: string[], list: 'options' | 'global_options' = 'options'): void {
  const known = new Set(optionsOf(commandAt(catalog, path), list).flatMap(spellings));
  for (const name of names) {
    if (known.has(name)) throw new Error(`catalog correction: ${path} already has ${name}; drop it from the correction`);
  }
}

/** Adds options `path` lacks. */
function addOptions(catalog: Catalog, path: string, ...options: OptionFact[]): void {
  for (const option of options) {
    refuseKnown(catalog, path, spellings(option));
    optionsOf(commandAt(catalog, path), 'options').push(option);
  }
}

/** Adds spellings (aliases, `-NUM`, `-SIGNAL`) to the option of `path` spelled `name`. */
function addNames(catalog: Catalog, path: string, name: string, ...names: string[]): void {
  refuseKnown(catalog, path, names);
  const option = optionAt(catalog, path, name);
  option.other_names = [...(option.other_names ?? []), ...names];
}

/** Replaces the option of `path` spelled `name` by the given ones, in its place. */
function replaceOption(catalog: Catalog, path: string, name: string, ...options: OptionFact[]): void {
  const list = optionsOf(commandAt(catalog, path), 'options');
  const index = list.indexOf(optionAt(catalog, path, name));
  list.splice(index, 1, ...options);
}

/** Sets how the option of `path` spelled `name` takes its value (every spelling of it). */
function setValue(catalog: Catalog, path: string, name: string, takesValue: boolean | 'optional', valueName?: string): void {
  const option = optionAt(catalog, path, name);
  if (option.takes_value === takesValue) throw new Error(`catalog correction: ${path} ${name} already has takes_value ${String(takesValue)}`);
  option.takes_value = takesValue;
  if (valueName) option.value_name = valueName;
}

// wget 1.21.3 `wget --help` prints `-O,  --output-document=FILE` with two spaces after the comma, which the
// harvest read as a short option alone, taking no value. Each pair below is one line of that help text;
// `wget -O` fails with "option requires an argument -- 'O'", `wget --output-document` with "option
// '--output-document' requires an argument", `wget -qO- --version` prints the version.
const WGET_PAIRS: Array<[short: string, long: string, value: string | null]> = [
  ['-V', '--version', null],
  ['-h', '--help', null],
  ['-b', '--background', null],
  ['-e', '--execute', 'COMMAND'],
  ['-o', '--output-file', 'FILE'],
  ['-a', '--append-output', 'FILE'],
  ['-d', '--debug', null],
  ['-q', '--quiet', null],
  ['-v', '--verbose', null],
  ['-i', '--input-file', 'FILE'],
  ['-F', '--force-html', null],
  ['-B', '--base', 'URL'],
  ['-t', '--tries', 'NUMBER'],
  ['-O', '--output-document', 'FILE'],
  ['-c', '--continue', null],
  ['-N', '--timestamping', null],
  ['-S', '--server-response', null],
  ['-T', '--timeout', 'SECONDS'],
  ['-w', '--wait', 'SECONDS'],
  ['-Q', '--quota', 'NUMBER'],
  ['-4', '--inet4-only', null],
  ['-6', '--inet6-only', null],
  ['-x', '--force-directories', null],
  ['-P', '--directory-prefix', 'PREFIX'],
  ['-E', '--adjust-extension', null],
  ['-U', '--user-agent', 'AGENT'],
  ['-r', '--recursive', null],
  ['-l', '--level', 'NUMBER'],
  ['-k', '--convert-links', null],
  ['-K', '--backup-converted', null],
  ['-m', '--mirror', null],
  ['-p', '--page-requisites', null],
  ['-A', '--accept', 'LIST'],
  ['-R', '--reject', 'LIST'],
  ['-D', '--domains', 'LIST'],
  ['-H', '--span-hosts', null],
  ['-L', '--relative', null],
  ['-I', '--include-directories', 'LIST'],
  ['-X', '--exclude-directories', 'LIST'],
];

/** docker run/create and their `docker container` spellings, which tools.json lists separately. */
const DOCKER_CONTAINER_CREATE = ['docker run', 'docker create', 'docker container run', 'docker container create'];

export const CORRECTIONS: Correction[] = [
  {
    // falco-cli.json marks --list as taking a value, but Falco declares it with an implicit value:
    // `falco --list` (every source) and `falco --list=syscall` are both valid.
    id: 'falco --list takes an optional value',
    apply(catalog) {
      const list = catalog['falco-cli']!.falco.options.find((o: { long?: string }) => o.long === '--list');
      list.takesValue = 'optional';
    },
  },
  {
    // falcosecurity/event-generator cmd/root.go declares --config/-c, --loglevel/-l and --logformat on
    // rootCmd.PersistentFlags(), so every subcommand accepts them (`event-generator run -l debug syscall`);
    // falco-cli.json does not mark them persistent.
    id: 'event-generator root flags are persistent',
    apply(catalog) {
      const root = catalog['falco-cli']!.eventGenerator.commands.find((c: { command: string }) => c.command === 'event-generator');
      for (const long of ['--config', '--loglevel', '--logformat']) {
        const option = root.flags.find((o: { long?: string }) => o.long === long);
        if (!option) throw new Error(`catalog correction: event-generator has no ${long}`);
        option.persistent = true;
      }
    },
  },
  {
    // xargs.json marks -I as a flag, but GNU xargs reads a replace string after it:
    // `echo a | xargs -I X echo got X` prints "got a".
    id: 'xargs -I takes a value',
    apply(catalog) {
      const option = catalog.tools!.xargs.options.find((o: { short?: string }) => o.short === '-I');
      option.takes_value = true;
      option.value_name = 'REPLACE-STR';
    },
  },
  {
    // sysctls.json gives the harvest kernel's mode (0444) for kernel.nmi_watchdog, but kernel/watchdog.c makes it
    // 0644 whenever CONFIG_HARDLOCKUP_DETECTOR is set, as on distribution kernels; the *_next_id knobs are
    // writable with CAP_CHECKPOINT_RESTORE (ipc/ipc_sysctl.c). Writing them is real advice.
    id: 'kernel.nmi_watchdog and kernel.*_next_id are writable',
    apply(catalog) {
      for (const name of ['kernel.nmi_watchdog', 'kernel.msg_next_id', 'kernel.sem_next_id', 'kernel.shm_next_id']) {
        catalog.sysctls!.names[name].writable = true;
      }
    },
  },
  {
    // Docker's json-file log driver writes <id>-json.log; paths.json marks container.log as invented
    // without saying where the log really is.
    id: 'docker container log is <id>-json.log',
    apply(catalog) {
      const entry = catalog.paths!.entries.find((e: { path: string }) => e.path === '/var/lib/docker/containers/<id>/container.log');
      entry.realPath = '/var/lib/docker/containers/<id>/<id>-json.log';
    },
  },
  {
    // See WGET_PAIRS. Also `--max-redirect` and `--hsts-file`, printed without `=VALUE` in `wget --help`, fail
    // alone with "option '--max-redirect' requires an argument" ("... '--hsts-file' ...").
    id: 'wget: long options and value arity as wget 1.21.3 parses them',
    apply(catalog) {
      for (const [short, long, value] of WGET_PAIRS) {
        refuseKnown(catalog, 'wget', [long]);
        replaceOption(catalog, 'wget', short, value ? valued(short, long, value) : flag(short, long));
      }
      setValue(catalog, 'wget', '--max-redirect', true, 'NUMBER');
      setValue(catalog, 'wget', '--hsts-file', true, 'FILE');
    },
  },
  {
    // coreutils 9.1 `stat --help` prints `-c  --format=FORMAT` without a comma, read as a bare -c flag.
    // `stat -c %n /etc/hostname` and `stat --format %n /etc/hostname` print /etc/hostname; `stat -c` alone fails
    // with "option requires an argument -- 'c'".
    id: 'stat -c/--format takes FORMAT',
    apply(catalog) {
      refuseKnown(catalog, 'stat', ['--format']);
      replaceOption(catalog, 'stat', '-c', valued('-c', '--format', 'FORMAT'));
    },
  },
  {
    // `ls -p` is `--indicator-style=slash`, a flag: `ls -p -d /etc` prints "/etc/", while
    // `ls --indicator-style -d /etc` fails with "invalid argument '-d' for '--indicator-style'".
    id: 'ls -p is a flag, unlike --indicator-style',
    apply(catalog) {
      const { short: _p, ...style } = optionAt(catalog, 'ls', '--indicator-style');
      replaceOption(catalog, 'ls', '-p', flag('-p'), style as OptionFact);
    },
  },
  {
    // coreutils 9.1 sort: `sort -c FILE` and `sort -C FILE` check order (no value); `--check` takes an
    // optional attached value (`--check=diagnose-first`, `--check=quiet`; `--check=bogus` fails with
    // "invalid argument 'bogus' for '--check'"). `sort -y FILE` is accepted (ignored, POSIX compatibility).
    id: 'sort: -c and -C are flags, --check takes an optional value, -y is accepted',
    apply(catalog) {
      replaceOption(catalog, 'sort', '-c', flag('-c'), flag('-C'), { long: '--check', takes_value: 'optional', value_name: 'diagnose-first' }, flag('-y'));
    },
  },
  {
    // util-linux 2.38 lsns: `lsns -T -t pid` and `lsns --tree -t pid` print a tree; `lsns -Tparent` takes the
    // attached value; `lsns --tree parent` reads "parent" as a namespace, not as the tree type.
    id: 'lsns -T/--tree takes an optional value',
    apply(catalog) {
      setValue(catalog, 'lsns', '--tree', 'optional');
    },
  },
  {
    // curl 7.88.1: `curl -h` prints the short help, `curl --help all` / `curl -h all` a category.
    id: 'curl -h/--help takes an optional category',
    apply(catalog) {
      setValue(catalog, 'curl', '--help', 'optional');
    },
  },
  {
    // binutils 2.40 objdump: `objdump --dwarf -h /bin/true` and `--visualize-jumps` work alone as well as with
    // `=info`/`=color`; `objdump -V` prints the version; `objdump -EB` is accepted and `objdump -E` fails with
    // "option requires an argument -- 'E'"; --show-raw-insn and --no-show-raw-insn are accepted.
    id: 'objdump: --dwarf/--visualize-jumps optional values, -V, -E, --show-raw-insn',
    apply(catalog) {
      setValue(catalog, 'objdump', '--dwarf', 'optional');
      setValue(catalog, 'objdump', '--visualize-jumps', 'optional');
      addNames(catalog, 'objdump', '--version', '-V');
      addOptions(catalog, 'objdump', valued('-E', null, 'B|L'), flag(null, '--show-raw-insn'), flag(null, '--no-show-raw-insn'));
    },
  },
  {
    // binutils 2.40 readelf: `readelf --sym-base -h /bin/true` and `--debug-dump` work alone as well as with
    // `=16`/`=info`; `readelf --help` lists `-L --lint|--enable-checks`; `readelf -N -h /bin/true` is accepted.
    id: 'readelf: --sym-base/--debug-dump optional values, --enable-checks, -N',
    apply(catalog) {
      setValue(catalog, 'readelf', '--sym-base', 'optional');
      setValue(catalog, 'readelf', '--debug-dump', 'optional');
      addNames(catalog, 'readelf', '--lint', '--enable-checks');
      addOptions(catalog, 'readelf', flag('-N'));
    },
  },
  {
    // strace 6.1 `strace --help` lists `-y, --decode-fds[=path]`, `-yy`, `-q`/`-qq`/`-qqq` (forms of --quiet),
    // `-Y, --decode-pids=comm` (a flag, while `--decode-pids` alone fails with "requires an argument"),
    // `--abbrev=SET`, `--verbose=SET`, `--raw=SET`, `--read=SET`, `--write=SET`, `--kvm=vcpu`, `--fault=SET`
    // (each fails alone with "requires an argument") and `--tips[=...]`. `strace OPTION -V` prints the version
    // for every one of them; the harvest dropped these lines.
    id: 'strace 6.1: options the harvest dropped; -Y is a flag',
    apply(catalog) {
      replaceOption(catalog, 'strace', '-Y', flag('-Y'), valued(null, '--decode-pids', 'pidns'));
      refuseKnown(catalog, 'strace', ['-q', '-qq', '-qqq']);
      const quiet = optionAt(catalog, 'strace', '--quiet');
      quiet.short = '-q';
      quiet.short_takes_value = false;
      quiet.other_names = [...(quiet.other_names ?? []), '-qq', '-qqq'];
      addOptions(
        catalog,
        'strace',
        { short: '-y', long: '--decode-fds', other_names: ['-yy'], takes_value: 'optional', value_name: 'SET', short_takes_value: false },
        valued(null, '--abbrev', 'SET'),
        valued(null, '--verbose', 'SET'),
        valued(null, '--raw', 'SET'),
        valued(null, '--read', 'SET'),
        valued(null, '--write', 'SET'),
        valued(null, '--kvm', 'vcpu'),
        valued(null, '--fault', 'SET'),
        { long: '--tips', takes_value: 'optional', value_name: 'FORMAT' },
      );
    },
  },
  {
    // psmisc 23.6 killall: `killall -y 1h nosuchproc` and `killall -o 1h nosuchproc` report only "nosuchproc: no
    // process found" (1h is the TIME); `killall -y` alone prints the usage. `killall -9 nosuchproc`,
    // `-KILL` and `-SIGKILL` are accepted; `killall -BOGUS nosuchproc` fails with "unknown signal".
    id: 'killall: -y/-o take TIME, -SIGNAL',
    apply(catalog) {
      setValue(catalog, 'killall', '--younger-than', true, 'TIME');
      setValue(catalog, 'killall', '--older-than', true, 'TIME');
      addNames(catalog, 'killall', '--signal', '-SIGNAL');
    },
  },
  {
    // procps-ng 4.0.2 pkill: `pkill --help` lists `-<sig>, --signal <sig>`; `pkill --signal KILL nosuchproc`,
    // `pkill -9 nosuchproc` and `pkill -SIGTERM nosuchproc` are accepted; `pkill --signal` fails with "option
    // '--signal' requires an argument".
    id: 'pkill: --signal and -SIGNAL',
    apply(catalog) {
      addOptions(catalog, 'pkill', { long: '--signal', other_names: ['-SIGNAL'], takes_value: true, value_name: 'SIG' });
    },
  },
  {
    // coreutils 9.1 `head -2 FILE` prints two lines (`-NUM` is `-n NUM`; obsolete but parsed).
    id: 'head -NUM',
    apply(catalog) {
      addNames(catalog, 'head', '--lines', '-NUM');
    },
  },
  {
    // coreutils 9.1 `tail -2 FILE` prints the last two lines (`-NUM` is `-n NUM`).
    id: 'tail -NUM',
    apply(catalog) {
      addNames(catalog, 'tail', '--lines', '-NUM');
    },
  },
  {
    // coreutils 9.1 `printf 'a x\nb x\n' | uniq -1` prints one line (`-NUM` is `--skip-fields=NUM`).
    id: 'uniq -NUM',
    apply(catalog) {
      addNames(catalog, 'uniq', '--skip-fields', '-NUM');
    },
  },
  {
    // util-linux 2.38 `last --help` lists `-<number>  how many lines to show`; `last -2` is accepted.
    id: 'last -NUM',
    apply(catalog) {
      addNames(catalog, 'last', '--limit', '-NUM');
    },
  },
  {
    // GNU grep 3.8: `grep -y ROOT /etc/passwd` matches root (-y is the obsolete -i); `grep -u` is accepted with
    // "warning: --unix-byte-offsets (-u) is obsolete", as is `--unix-byte-offsets`; `grep -X grep root FILE`
    // matches and `grep -X` alone fails with "option requires an argument -- 'X'".
    id: 'grep 3.8: -y, -u/--unix-byte-offsets, -X MATCHER',
    apply(catalog) {
      addNames(catalog, 'grep', '--ignore-case', '-y');
      addOptions(catalog, 'grep', flag('-u', '--unix-byte-offsets'), valued('-X', null, 'MATCHER'));
    },
  },
  {
    // binutils 2.40 `strings -H` prints the help, like -h.
    id: 'strings -H is --help',
    apply(catalog) {
      addNames(catalog, 'strings', '--help', '-H');
    },
  },
  {
    // file 5.44: `file -E /nonexistent` reports the error (and `file -Q` fails with "invalid option").
    id: 'file -E',
    apply(catalog) {
      addOptions(catalog, 'file', flag('-E'));
    },
  },
  {
    // iproute2 6.1: `ss -v` prints "ss utility, iproute2-6.1.0", as -V does.
    id: 'ss -v is --version',
    apply(catalog) {
      addNames(catalog, 'ss', '--version', '-v');
    },
  },
  {
    // net-tools 2.10 netstat's getopt string is "A:CFMacdeghilnNoprsStuUvVWw2fx64?Z": -d and -f are flags;
    // `netstat -h`/`--help` print the usage, `netstat -V`/`--version` "net-tools 2.10".
    id: 'netstat: -d, -f, -h/--help, -V/--version',
    apply(catalog) {
      addOptions(catalog, 'netstat', flag('-d'), flag('-f'), flag('-h', '--help'), flag('-V', '--version'));
    },
  },
  {
    // GNU sed 4.9: `sed -b p FILE` and `sed --binary p FILE` are accepted (a no-op on Linux).
    id: 'sed -b/--binary',
    apply(catalog) {
      addOptions(catalog, 'sed', flag('-b', '--binary'));
    },
  },
  {
    // systemd 252: `systemctl --after --version`, `--before`, `--fail` print the version (`--bogus` fails with
    // "unrecognized option"); `--message`, `--preset-mode` and `--reboot-argument` fail alone with "requires an
    // argument"; `--preset-mode=bogus` fails with "Failed to parse preset mode" and `--preset-mode=help` lists
    // full, enable-only, disable-only. `systemctl --help` lists the verb `default`; `systemctl default extra`
    // fails with "Too many arguments." like `systemctl rescue extra`.
    id: 'systemctl: hidden options and the default verb',
    apply(catalog) {
      addOptions(
        catalog,
        'systemctl',
        flag(null, '--after'),
        flag(null, '--before'),
        flag(null, '--fail'),
        valued(null, '--message', 'MESSAGE'),
        { long: '--preset-mode', takes_value: true, value_name: 'MODE', choices: ['full', 'enable-only', 'disable-only'] },
        valued(null, '--reboot-argument', 'ARG'),
      );
      const systemctl = commandAt(catalog, 'systemctl');
      if (systemctl.subcommands.default) throw new Error('catalog correction: systemctl already has default');
      systemctl.subcommands.default = { args: { min: 0, max: 0 } };
    },
  },
  {
    // systemd 252: `journalctl -l --version` and `journalctl --full --version` print the version (`--bogus`
    // fails with "unrecognized option"); -l/--full is the old, now default, full-width output.
    id: 'journalctl -l/--full',
    apply(catalog) {
      addOptions(catalog, 'journalctl', flag('-l', '--full'));
    },
  },
  {
    // procps-ng 4.0.2: `ps --cumulative -p 1` prints the process; `ps --info` is parsed ("the option is
    // exclusive: --info") where `ps --bogus` fails with "unknown gnu long option".
    id: 'ps --cumulative and --info',
    apply(catalog) {
      addOptions(catalog, 'ps', flag(null, '--cumulative'), flag(null, '--info'));
    },
  },
  {
    // libcap 2.66: `getcap -l` prints the licence; its usage line reads `getcap [-h] [-l] [-n] [-r] [-v]`.
    id: 'getcap -l',
    apply(catalog) {
      addOptions(catalog, 'getcap', flag('-l'));
    },
  },
  {
    // docker 28.2.2: `docker run --net=host --help`, `--net-alias=a`, `--dns-opt=ndots:1` and `--gpus all` print
    // the usage for run, create, container run and container create (hidden aliases of --network,
    // --network-alias, --dns-option still parsed; --gpus has a value type the harvest did not read), while
    // `docker run --bogus --help` fails with "unknown flag: --bogus"; each alone fails with "flag needs an argument".
    id: 'docker run/create: --gpus and the hidden aliases --net, --net-alias, --dns-opt',
    apply(catalog) {
      for (const path of DOCKER_CONTAINER_CREATE) {
        addNames(catalog, path, '--network', '--net');
        addNames(catalog, path, '--network-alias', '--net-alias');
        addNames(catalog, path, '--dns-option', '--dns-opt');
        addOptions(catalog, path, { short: null, long: '--gpus', takes_value: true, value_type: 'gpu-request' });
      }
    },
  },
  {
    // docker 28.2.2 still parses the deprecated, hidden `--time` of stop and restart (`docker stop --time 0
    // --help` parses, `docker stop --bogus --help` fails with "unknown flag"); `--help` shows only `--timeout`.
    id: 'docker stop/restart: the hidden alias --time of --timeout',
    apply(catalog) {
      for (const path of ['docker stop', 'docker restart', 'docker container stop', 'docker container restart']) addNames(catalog, path, '--timeout', '--time');
    },
  },
  {
    // docker 28.2.2 `--help` lists these flags with value types the harvest did not read (`--credential-spec
    // credential-spec`, `--ca-cert pem-file`, `--external-ca external-ca`, `--listen-addr node-addr`); each
    // fails alone with "flag needs an argument" and `docker service create --bogus --help` with "unknown flag".
    id: 'docker service/swarm: flags with value types the harvest did not read',
    apply(catalog) {
      const flags: Array<[path: string, long: string, type: string]> = [
        ['docker service create', '--credential-spec', 'credential-spec'],
        ['docker service update', '--credential-spec', 'credential-spec'],
        ['docker swarm ca', '--ca-cert', 'pem-file'],
        ['docker swarm ca', '--ca-key', 'pem-file'],
        ['docker swarm ca', '--external-ca', 'external-ca'],
        ['docker swarm init', '--external-ca', 'external-ca'],
        ['docker swarm init', '--listen-addr', 'node-addr'],
        ['docker swarm join', '--listen-addr', 'node-addr'],
        ['docker swarm update', '--external-ca', 'external-ca'],
      ];
      for (const [path, long, type] of flags) addOptions(catalog, path, { short: null, long, takes_value: true, value_type: type });
    },
  },
  {
    // kubectl 1.32: `kubectl config get-contexts` with no NAME lists every context (exit 0), and
    // `kubectl config get-contexts a b` looks up both ("context a not found", "context b not found").
    id: 'kubectl config get-contexts takes any number of NAMEs',
    apply(catalog) {
      commandAt(catalog, 'kubectl config get-contexts').args = { min: 0, max: null, names: ['NAME'] };
    },
  },
  {
    // containerd 1.6 cmd/ctr/app/main.go declares the global flags as `Name: "address, a"` and
    // `Name: "namespace, n"` (urfave/cli aliases); ctr.json kept only the long names. ctr is not installed here.
    id: 'ctr -a/--address and -n/--namespace',
    apply(catalog) {
      for (const [short, long] of [['-a', '--address'], ['-n', '--namespace']] as const) {
        refuseKnown(catalog, 'ctr', [short], 'global_options');
        optionAt(catalog, 'ctr', long, 'global_options').short = short;
      }
    },
  },
];
