import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog/index.js';
import type { Check } from '../../src/checks/check.js';
import { nonexistentPath } from '../../src/checks/system/nonexistent-path.js';
import { readOnlySysctl } from '../../src/checks/system/read-only-sysctl.js';
import { unknownSysctl } from '../../src/checks/system/unknown-sysctl.js';
import { invalidOptionValue } from '../../src/checks/tools/invalid-option-value.js';
import { optionMissingValue } from '../../src/checks/tools/option-missing-value.js';
import { unknownOption } from '../../src/checks/tools/unknown-option.js';
import { unknownSubcommand } from '../../src/checks/tools/unknown-subcommand.js';
import { wrongArgumentCount } from '../../src/checks/tools/wrong-argument-count.js';
import { CORRECTIONS } from '../../scripts/catalog-corrections.js';
import { findingsOf } from '../checks/tester.js';

const bash = (...lines: string[]): string => ['```bash', ...lines, '```', ''].join('\n');

/** The messages one check gives for each command alone, so every command is shown to pass on its own. */
async function each(check: Check, ...commands: string[]): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const command of commands) out[command] = (await findingsOf(check, bash(command))).map((f) => f.message);
  return out;
}

const none = (...commands: string[]): Record<string, string[]> => Object.fromEntries(commands.map((c) => [c, []]));

/** Every command is silent under the check. */
async function silent(check: Check, ...commands: string[]): Promise<void> {
  expect(await each(check, ...commands)).toEqual(none(...commands));
}

/** The command gets exactly one finding from the check, whose message contains `part`. */
async function flagged(check: Check, command: string, part: string): Promise<void> {
  const messages = (await findingsOf(check, bash(command))).map((f) => f.message);
  expect(messages, command).toHaveLength(1);
  expect(messages[0], command).toContain(part);
}

describe('catalog corrections over ../shared', () => {
  it('lists every correction in the catalog meta', () => {
    expect(catalog.meta().corrections).toEqual(CORRECTIONS.map((c) => c.id));
  });

  it('lets `falco --list` stand alone: cxxopts implicit value, as `falco --list` prints every field', async () => {
    const list = catalog.falcoCli().falco.options.find((o) => o.long === '--list');
    expect(list?.takesValue).toBe('optional');
    await silent(optionMissingValue, 'falco --list');
    await flagged(optionMissingValue, 'falco -r', 'needs a value');
  });
});

describe('xargs -I', () => {
  it('takes the replace string as its value, as GNU xargs does (`xargs -I X echo got X`)', () => {
    const option = catalog.tools().xargs!.options!.find((o) => o.short === '-I');
    expect(option?.takes_value).toBe(true);
  });
});

describe('sysctl facts', () => {
  it('lets reports write kernel.nmi_watchdog (0644 on kernels with CONFIG_HARDLOCKUP_DETECTOR)', async () => {
    const found = await findingsOf(readOnlySysctl, '```bash\nsudo sysctl -w kernel.nmi_watchdog=0\n```\n');
    expect(found).toEqual([]);
  });

  it('suggests the real knob the catalog names for a commonly invented one', async () => {
    const found = await findingsOf(unknownSysctl, '```bash\nsysctl -w kernel.bpf_jit_harden=2\n```\n');
    expect(found.map((f) => f.suggestion)).toEqual(['net.core.bpf_jit_harden']);
  });
});

describe('docker log path', () => {
  it('names <id>-json.log for the invented container.log', async () => {
    const found = await findingsOf(nonexistentPath, '```bash\ntail -n 50 /var/lib/docker/containers/<id>/container.log\n```\n');
    expect(found[0]?.message).toContain('-json.log');
  });
});

describe('event-generator root flags are persistent', () => {
  it('accepts -l/--loglevel, --logformat and -c/--config after a subcommand, as cobra persistent flags', async () => {
    await silent(
      unknownOption,
      'event-generator run -l debug syscall.ReadSensitiveFileUntrusted',
      'event-generator run --loglevel info --logformat json syscall',
      'event-generator list -c /tmp/eg.yaml',
    );
    await flagged(unknownOption, 'event-generator run --loglvl debug syscall', '--loglvl');
  });
});

describe('wget: long options and value arity as wget 1.21.3 parses them', () => {
  it('reads -O with its value, attached or not, and the long spellings', async () => {
    await silent(
      unknownOption,
      'wget -qO- http://127.0.0.1:8765/healthz',
      'wget -q -O /tmp/falco.deb https://download.falco.org/packages/deb/stable/falco-0.44.1-x86_64.deb',
      'wget --quiet --output-document=/tmp/x --tries=3 --timeout 5 --user-agent curl/8 https://example.com',
      'wget -nv --max-redirect 0 --hsts-file /tmp/hsts https://example.com',
    );
    await flagged(unknownOption, 'wget --frobnicate https://example.com', '--frobnicate');
  });

  it('holds -O, -e, --max-redirect and --hsts-file to a value (`wget -O` fails with "requires an argument")', async () => {
    await flagged(optionMissingValue, 'wget -q -O', '-O of wget needs a value');
    await flagged(optionMissingValue, 'wget https://example.com -e', '-e of wget needs a value');
    await flagged(optionMissingValue, 'wget https://example.com --max-redirect', '--max-redirect of wget needs a value');
    await flagged(optionMissingValue, 'wget https://example.com --hsts-file', '--hsts-file of wget needs a value');
    await silent(optionMissingValue, 'wget https://example.com -q', 'wget https://example.com --mirror');
  });
});

describe('stat -c/--format takes FORMAT', () => {
  it('reads the format after -c and --format', async () => {
    await silent(unknownOption, "stat -c '%a %U' /etc/shadow", 'stat --format=%n /etc/hostname', 'stat --format %n /etc/hostname');
    await flagged(optionMissingValue, 'stat -c', '-c of stat needs a value');
    await flagged(unknownOption, 'stat --frobnicate /etc/hostname', '--frobnicate');
  });
});

describe('ls -p is a flag, unlike --indicator-style', () => {
  it('does not read /etc as an indicator style after -p', async () => {
    await silent(invalidOptionValue, 'ls -p /etc', 'ls -lp /etc', 'ls --indicator-style=slash /etc');
    await silent(optionMissingValue, 'ls -p');
    await flagged(invalidOptionValue, 'ls --indicator-style=bogus /etc', 'bogus is not one of them');
  });
});

describe('sort: -c and -C are flags, --check takes an optional value, -y is accepted', () => {
  it('accepts the check forms sort 9.1 accepts', async () => {
    await silent(optionMissingValue, 'sort -c', 'sort -C', 'sort --check');
    await silent(unknownOption, 'sort -c /tmp/x', 'sort -C /tmp/x', 'sort --check=quiet /tmp/x', 'sort --check=diagnose-first /tmp/x', 'sort -y /tmp/x');
    await flagged(unknownOption, 'sort -Q /tmp/x', '-Q');
    await flagged(optionMissingValue, 'sort -k', '-k of sort needs a value');
  });
});

describe('lsns -T/--tree takes an optional value', () => {
  it('lets -T and --tree stand alone', async () => {
    await silent(optionMissingValue, 'lsns -T', 'lsns --tree', 'lsns -Tparent -t pid');
    await flagged(optionMissingValue, 'lsns -t', '-t of lsns needs a value');
  });
});

describe('curl -h/--help takes an optional category', () => {
  it('lets -h and --help stand alone', async () => {
    await silent(optionMissingValue, 'curl -h', 'curl --help');
    await flagged(optionMissingValue, 'curl -o', '-o of curl needs a value');
  });
});

describe('objdump: --dwarf/--visualize-jumps optional values, -V, -E, --show-raw-insn', () => {
  it('accepts what binutils 2.40 objdump accepts', async () => {
    await silent(optionMissingValue, 'objdump -h /bin/true --dwarf', 'objdump -d /bin/true --visualize-jumps');
    await silent(unknownOption, 'objdump -V', 'objdump -EB -h /bin/true', 'objdump --no-show-raw-insn -d /bin/true', 'objdump --show-raw-insn -d /bin/true');
    await flagged(optionMissingValue, 'objdump -d /bin/true -E', '-E of objdump needs a value');
    await flagged(unknownOption, 'objdump --frobnicate /bin/true', '--frobnicate');
  });
});

describe('readelf: --sym-base/--debug-dump optional values, --enable-checks, -N', () => {
  it('accepts what binutils 2.40 readelf accepts', async () => {
    await silent(optionMissingValue, 'readelf -s /bin/true --sym-base', 'readelf /bin/true --debug-dump');
    await silent(unknownOption, 'readelf -N -h /bin/true', 'readelf --enable-checks -h /bin/true', 'readelf --sym-base=16 -s /bin/true');
    await flagged(unknownOption, 'readelf -Q /bin/true', '-Q');
  });
});

describe('strace 6.1: options the harvest dropped; -Y is a flag', () => {
  it('accepts the decode, quiet and filter options strace --help lists', async () => {
    await silent(
      unknownOption,
      'strace -y -p 1234',
      'strace -yy -f -p 1234',
      'strace -qq -f ls',
      'strace --decode-fds=all -f ls',
      'strace --abbrev=none --verbose=all --raw=all --read=3 --write=3 ls',
      'strace --kvm=vcpu --fault=openat --tips ls',
    );
    await flagged(unknownOption, 'strace --frobnicate ls', '--frobnicate');
  });

  it('takes no value after -Y but needs one after --decode-pids and --abbrev', async () => {
    await silent(optionMissingValue, 'strace -f -Y', 'strace -f -y', 'strace -f -q');
    await flagged(optionMissingValue, 'strace -f --decode-pids', '--decode-pids of strace needs a value');
    await flagged(optionMissingValue, 'strace -f --abbrev', '--abbrev of strace needs a value');
  });
});

describe('killall: -y/-o take TIME, -SIGNAL', () => {
  it('reads 1h as the TIME, so a NAME must still follow', async () => {
    await silent(wrongArgumentCount, 'killall -o 1h falco-event-gen', 'killall -y 30m falco-event-gen');
    await flagged(wrongArgumentCount, 'killall -o 1h', 'none is given');
    await flagged(optionMissingValue, 'killall falco-event-gen -y', '-y of killall needs a value');
  });

  it('takes the signal as -9, -KILL, -SIGKILL', async () => {
    await silent(unknownOption, 'killall -9 falco-event-gen', 'killall -KILL falco-event-gen', 'killall -SIGKILL falco-event-gen');
    await flagged(unknownOption, 'killall --frobnicate falco-event-gen', '--frobnicate');
  });
});

describe('pkill: --signal and -SIGNAL', () => {
  it('takes the signal as --signal SIG, -9, -SIGTERM', async () => {
    await silent(unknownOption, 'pkill --signal KILL -f falco-event-gen', 'pkill -9 -f falco-event-gen', 'pkill -SIGTERM falco');
    await flagged(optionMissingValue, 'pkill --signal', '--signal of pkill needs a value');
    await flagged(unknownOption, 'pkill --sginal KILL falco', '--sginal');
  });
});

describe('-NUM: head, tail, uniq, last', () => {
  it('reads -20 as a count', async () => {
    await silent(unknownOption, 'head -20 /etc/passwd', 'tail -100 /var/log/syslog', 'uniq -1 /tmp/x', 'last -5');
    for (const tool of ['head', 'tail', 'uniq', 'last']) await flagged(unknownOption, `${tool} -Q /tmp/x`, '-Q');
  });
});

describe('grep 3.8: -y, -u/--unix-byte-offsets, -X MATCHER', () => {
  it('accepts the obsolete and undocumented options grep 3.8 still parses', async () => {
    await silent(unknownOption, 'grep -y root /etc/passwd', 'grep -ub root /etc/passwd', 'grep --unix-byte-offsets root /etc/passwd', 'grep -X grep root /etc/passwd');
    await silent(wrongArgumentCount, 'grep -X grep root /etc/passwd');
    await flagged(optionMissingValue, 'grep -X', '-X of grep needs a value');
    await flagged(unknownOption, 'grep -Q root /etc/passwd', '-Q');
  });
});

describe('small option gaps, each checked against the installed binary', () => {
  it('strings -H is --help', async () => {
    await silent(unknownOption, 'strings -H');
    await flagged(unknownOption, 'strings -Q /bin/true', '-Q');
  });

  it('file -E', async () => {
    await silent(unknownOption, 'file -E /nonexistent');
    await flagged(unknownOption, 'file -Q /etc/hostname', '-Q');
  });

  it('ss -v is --version', async () => {
    await silent(unknownOption, 'ss -v');
    await flagged(unknownOption, 'ss -Q', '-Q');
  });

  it('netstat: -d, -f, -h/--help, -V/--version', async () => {
    await silent(unknownOption, 'netstat -d', 'netstat -f', 'netstat -h', 'netstat --help', 'netstat -V', 'netstat --version');
    await flagged(unknownOption, 'netstat -Q', '-Q');
  });

  it('sed -b/--binary', async () => {
    await silent(unknownOption, 'sed -b -n p /etc/hostname', "sed --binary 's/a/b/' /etc/hostname");
    await flagged(unknownOption, 'sed -Q p /etc/hostname', '-Q');
  });

  it('journalctl -l/--full', async () => {
    await silent(unknownOption, 'journalctl -l -u falco', 'journalctl --full -u falco');
    await flagged(unknownOption, 'journalctl --tail 5', '--tail');
  });

  it('ps --cumulative and --info', async () => {
    await silent(unknownOption, 'ps --cumulative -p 1', 'ps --info');
    await flagged(unknownOption, 'ps --bogus', '--bogus');
  });

  it('getcap -l, which needs no file', async () => {
    await silent(unknownOption, 'getcap -l');
    await silent(wrongArgumentCount, 'getcap -l', 'getcap -h');
    await flagged(wrongArgumentCount, 'getcap -v', 'none is given');
    await flagged(unknownOption, 'getcap -Q /usr/bin/ping', '-Q');
  });
});

describe('systemctl: hidden options and the default verb', () => {
  it('accepts --after, --before, --fail, --message, --preset-mode, --reboot-argument', async () => {
    await silent(
      unknownOption,
      'systemctl list-dependencies --after falco.service',
      'systemctl list-dependencies --before falco.service',
      'systemctl --fail start falco',
      'systemctl --message="falco maintenance" reboot',
      'systemctl preset --preset-mode=enable-only falco',
      'systemctl --reboot-argument=x reboot',
    );
    await flagged(unknownOption, 'systemctl --follow status falco', '--follow');
    await flagged(optionMissingValue, 'systemctl reboot --message', '--message of systemctl reboot needs a value');
    await flagged(invalidOptionValue, 'systemctl preset --preset-mode=only-enable falco', 'only-enable is not one of them');
  });

  it('knows the default verb, which takes no operand', async () => {
    await silent(unknownSubcommand, 'systemctl default');
    await flagged(unknownSubcommand, 'systemctl defualt', 'defualt');
    await flagged(wrongArgumentCount, 'systemctl default graphical.target', 'takes exactly 0 arguments');
  });
});

describe('docker run/create: --gpus and the hidden aliases --net, --net-alias, --dns-opt', () => {
  const paths = ['docker run', 'docker create', 'docker container run', 'docker container create'];

  it('accepts them wherever docker 28.2.2 does', async () => {
    await silent(
      unknownOption,
      'docker run --rm --net=container:4f2a9c1e7b3d nicolaka/netshoot ss -tnp',
      'docker run --rm --gpus all nvidia/cuda:12.4.0-base-ubuntu22.04 nvidia-smi',
      ...paths.map((p) => `${p} --net host --net-alias web --dns-opt ndots:1 --gpus device=0 nginx`),
    );
    for (const path of paths) await flagged(unknownOption, `${path} --net-alais web nginx`, '--net-alais');
  });

  it('reads the value after --net and --gpus', async () => {
    await flagged(optionMissingValue, 'docker run --rm --gpus', '--gpus of docker run needs a value');
    await flagged(optionMissingValue, 'docker container create --net', '--net of docker container create needs a value');
  });
});

describe('docker stop/restart: the hidden alias --time of --timeout', () => {
  it('accepts --time as docker 28.2.2 does, and still flags an invented option', async () => {
    await silent(unknownOption, 'docker stop --time 0 c61b4b13ae44', 'docker restart --time=5 web', 'docker container stop --time 3 web');
    await flagged(unknownOption, 'docker stop --tme 0 web', '--tme');
  });
});

describe('docker service/swarm: flags with value types the harvest did not read', () => {
  it('accepts them with their values', async () => {
    await silent(
      unknownOption,
      'docker service create --credential-spec config://cred --name web nginx',
      'docker service update --credential-spec file://spec.json web',
      'docker swarm ca --rotate --ca-cert /tmp/ca.pem --ca-key /tmp/ca-key.pem',
      'docker swarm ca --external-ca protocol=cfssl,url=https://ca.example.com',
      'docker swarm init --listen-addr 0.0.0.0:2377 --external-ca protocol=cfssl,url=https://ca.example.com',
      'docker swarm join --listen-addr 0.0.0.0:2377 --token SWMTKN-1-x 10.0.0.1:2377',
      'docker swarm update --external-ca protocol=cfssl,url=https://ca.example.com',
    );
    await silent(wrongArgumentCount, 'docker swarm join --listen-addr 0.0.0.0:2377 --token SWMTKN-1-x 10.0.0.1:2377');
    await flagged(unknownOption, 'docker swarm init --listen-adr 0.0.0.0:2377', '--listen-adr');
  });
});

describe('kubectl config get-contexts takes any number of NAMEs', () => {
  it('has no minimum and no maximum', async () => {
    const getContexts = catalog.tools().kubectl!.subcommands!.config!.subcommands!['get-contexts']!;
    expect(getContexts.args).toEqual({ min: 0, max: null, names: ['NAME'] });
    await silent(wrongArgumentCount, 'kubectl config get-contexts', 'kubectl config get-contexts prod staging');
  });
});

describe('ctr -a/--address and -n/--namespace', () => {
  // ctr's single-dash words are not checked (UNRELIABLE_SHORTS), so a value in the next word ends the
  // reading; an attached one (Go flag's `-n=k8s.io`) shows -n is the namespace option.
  it('reads k8s.io as the namespace, so the subcommand after it is found', async () => {
    await silent(unknownSubcommand, 'ctr -n k8s.io containers list', 'ctr -a=/run/containerd/containerd.sock -n=k8s.io tasks ls');
    const found = await findingsOf(unknownSubcommand, bash('ctr -n=k8s.io containrs list'));
    expect(found.map((f) => f.suggestion)).toEqual(['containers']);
  });
});

describe('tar long aliases (already in ../shared, no correction needed)', () => {
  it('accepts the argp aliases GNU tar 1.34 hides from --help', async () => {
    await silent(
      unknownOption,
      'tar --gunzip --get -f /tmp/x.tgz',
      'tar --ungzip --compare -f /tmp/x.tgz',
      'tar --uncompress --same-permissions --confirmation -x -f /tmp/x.tar.Z',
      'tar --concatenate --portability -f /tmp/a.tar /tmp/b.tar',
    );
    await flagged(unknownOption, 'tar --gunzipp -xf /tmp/x.tgz', '--gunzipp');
  });
});

describe('upstream rule definitions', () => {
  it('lists a rule once, with its defining source, not the k8saudit-gke append of it', () => {
    const rules = catalog.defaultRules().rules.filter((r) => r.name === 'Disallowed K8s User');
    expect(rules).toEqual([expect.objectContaining({ source: 'k8s_audit', file: 'plugins/k8saudit/k8s_audit_rules.yaml' })]);
  });
});
