import { beforeAll, describe, expect, it } from 'vitest';
import { loadShellParser, type ShellParser } from '../../src/shell/parser.js';
import type { ShellScript, SimpleCommand } from '../../src/shell/types.js';
import { codeBlock, START_LINE } from './block.js';

let parser: ShellParser;
beforeAll(async () => {
  parser = await loadShellParser();
});

function parse(text: string, lang = 'bash'): ShellScript {
  return parser.parse(codeBlock(text, lang));
}

const texts = (words: { text: string }[]) => words.map((w) => w.text);

/** The parts of a command most cases care about, in one comparable shape. */
function shape(c: SimpleCommand) {
  return { name: c.name.text, args: texts(c.args), wrappers: texts(c.wrappers) };
}

describe('loadShellParser', () => {
  it('loads tree-sitter once and reuses it', async () => {
    const [a, b] = await Promise.all([loadShellParser(), loadShellParser()]);
    expect(a).toBe(b);
    expect(await loadShellParser()).toBe(parser);
  });
});

describe('commands wherever they sit', () => {
  const cases: Array<{ name: string; src: string; names: string[] }> = [
    { name: 'pipeline', src: 'ps aux | grep falco | wc -l', names: ['ps', 'grep', 'wc'] },
    { name: 'and/or/semicolon lists', src: 'a && b || c; d', names: ['a', 'b', 'c', 'd'] },
    { name: 'while loop', src: 'while read l; do echo "$l"; done', names: ['read', 'echo'] },
    { name: 'for loop', src: 'for f in /etc/*; do stat "$f"; done', names: ['stat'] },
    { name: 'c-style for', src: 'for ((i=0; i<3; i++)); do sleep 1; done', names: ['sleep'] },
    { name: 'if/elif/else', src: 'if [ -f x ]; then a; elif b; then c; else d; fi', names: ['a', 'b', 'c', 'd'] },
    { name: 'case', src: 'case "$1" in start) systemctl start falco;; *) exit 1;; esac', names: ['systemctl', 'exit'] },
    { name: 'subshell', src: '(cd /tmp && ls)', names: ['cd', 'ls'] },
    { name: 'group', src: '{ date; uptime; }', names: ['date', 'uptime'] },
    { name: 'function bodies', src: 'check() { falco --version; }\nfunction other { id; }', names: ['falco', 'id'] },
    { name: 'background and negation', src: 'sleep 5 & ! grep -q x f', names: ['sleep', 'grep'] },
    { name: 'declaration builtins', src: 'export A=1 B; local x; unset y', names: ['export', 'local', 'unset'] },
    { name: 'substitution inside a test', src: 'if [ "$(id -u)" -ne 0 ]; then exit 1; fi', names: ['id', 'exit'] },
    { name: 'substitution in an assignment', src: 'PID=$(pgrep falco)', names: ['pgrep'] },
    { name: 'substitution in a for list', src: 'for p in $(pgrep x); do kill $p; done', names: ['pgrep', 'kill'] },
    { name: 'unquoted here-document body substitution', src: 'cat <<EOF\nhost $(hostname)\nEOF', names: ['cat', 'hostname'] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const script = parse(c.src);
      expect(script.hasError).toBe(false);
      expect(script.commands.map((cmd) => cmd.name.text)).toEqual(c.names);
    });
  }

  it('marks commands inside $(...), backquotes and <(...) as substituted', () => {
    const script = parse('echo "$(whoami)" `id` $(ls | wc -l) <(ps)');
    expect(script.commands.map((c) => [c.name.text, c.substituted])).toEqual([
      ['echo', false],
      ['whoami', true],
      ['id', true],
      ['ls', true],
      ['wc', true],
      ['ps', true],
    ]);
    const [echo] = script.commands;
    expect(echo!.args.map((a) => [a.text, a.dynamic])).toEqual([
      ['$(whoami)', true],
      ['`id`', true],
      ['$(ls | wc -l)', true],
      ['<(ps)', true],
    ]);
  });
});

describe('wrappers', () => {
  const cases: Array<{ src: string; name: string; args: string[]; wrappers: string[] }> = [
    { src: 'sudo systemctl restart falco', name: 'systemctl', args: ['restart', 'falco'], wrappers: ['sudo'] },
    { src: 'sudo -u falco -E -- falco -c x', name: 'falco', args: ['-c', 'x'], wrappers: ['sudo', '-u', 'falco', '-E', '--'] },
    { src: 'sudo -Eu root id', name: 'id', args: [], wrappers: ['sudo', '-Eu', 'root'] },
    { src: 'sudo --user=root id', name: 'id', args: [], wrappers: ['sudo', '--user=root'] },
    { src: 'env -i PATH=/bin A=1 ls', name: 'ls', args: [], wrappers: ['env', '-i', 'PATH=/bin', 'A=1'] },
    { src: 'timeout -s KILL 30s tcpdump -i any', name: 'tcpdump', args: ['-i', 'any'], wrappers: ['timeout', '-s', 'KILL', '30s'] },
    { src: 'timeout --signal=TERM 5 ls', name: 'ls', args: [], wrappers: ['timeout', '--signal=TERM', '5'] },
    { src: 'nohup falco &', name: 'falco', args: [], wrappers: ['nohup'] },
    { src: 'nice -n 10 tar c /', name: 'tar', args: ['c', '/'], wrappers: ['nice', '-n', '10'] },
    { src: 'nice -5 ls', name: 'ls', args: [], wrappers: ['nice', '-5'] },
    { src: 'ionice -c3 find /', name: 'find', args: ['/'], wrappers: ['ionice', '-c3'] },
    { src: 'stdbuf -oL tail -f log', name: 'tail', args: ['-f', 'log'], wrappers: ['stdbuf', '-oL'] },
    { src: 'time -p ls', name: 'ls', args: [], wrappers: ['time', '-p'] },
    { src: 'watch -n 5 kubectl get pods', name: 'kubectl', args: ['get', 'pods'], wrappers: ['watch', '-n', '5'] },
    { src: 'exec falco', name: 'falco', args: [], wrappers: ['exec'] },
    { src: 'command ls -l', name: 'ls', args: ['-l'], wrappers: ['command'] },
    { src: 'builtin cd /', name: 'cd', args: ['/'], wrappers: ['builtin'] },
    { src: 'xargs -0 -n1 -I {} rm {}', name: 'rm', args: ['{}'], wrappers: ['xargs', '-0', '-n1', '-I', '{}'] },
    { src: 'sudo env A=1 timeout 5 nohup id', name: 'id', args: [], wrappers: ['sudo', 'env', 'A=1', 'timeout', '5', 'nohup'] },
    { src: '/usr/bin/sudo ls', name: 'ls', args: [], wrappers: ['/usr/bin/sudo'] },
    // Uses that run no other program keep the wrapper as the name.
    { src: 'sudo -i', name: 'sudo', args: ['-i'], wrappers: [] },
    { src: 'sudo -l ls', name: 'sudo', args: ['-l', 'ls'], wrappers: [] },
    { src: 'command -v docker', name: 'command', args: ['-v', 'docker'], wrappers: [] },
    { src: 'ionice -c3 -p 42', name: 'ionice', args: ['-c3', '-p', '42'], wrappers: [] },
    { src: 'env', name: 'env', args: [], wrappers: [] },
    { src: 'xargs', name: 'xargs', args: [], wrappers: [] },
    { src: "watch -n 5 'ps aux | grep x'", name: 'watch', args: ['-n', '5', 'ps aux | grep x'], wrappers: [] },
  ];
  for (const c of cases) {
    it(c.src, () => {
      const [command] = parse(c.src).commands;
      expect(shape(command!)).toEqual({ name: c.name, args: c.args, wrappers: c.wrappers });
    });
  }

  it('puts FOO=1 before a command into assignments', () => {
    const [command] = parse('FOO=1 BAR="a b" sudo -E make').commands;
    expect(texts(command!.assignments)).toEqual(['FOO=1', 'BAR=a b']);
    expect(shape(command!)).toEqual({ name: 'make', args: [], wrappers: ['sudo', '-E'] });
  });
});

describe('words', () => {
  const cases: Array<{ src: string; text: string; quoted: boolean; dynamic: boolean }> = [
    { src: `'s/a/b/'`, text: 's/a/b/', quoted: true, dynamic: false },
    { src: `"a \\"b\\" \\$c \\d"`, text: 'a "b" $c \\d', quoted: true, dynamic: false },
    { src: `$'a\\tb\\x41\\101\\u00e9\\''`, text: "a\tbAAé'", quoted: true, dynamic: false },
    { src: `$"loc"x`, text: 'locx', quoted: true, dynamic: false },
    { src: `c\\ d`, text: 'c d', quoted: true, dynamic: false },
    { src: `'it'\\''s'`, text: "it's", quoted: true, dynamic: false },
    { src: `--opt="$HOME/x"`, text: '--opt=$HOME/x', quoted: true, dynamic: true },
    { src: '${X:-y}', text: '${X:-y}', quoted: false, dynamic: true },
    { src: '"$(echo "a b")"', text: '$(echo "a b")', quoted: true, dynamic: true },
    { src: '*.log', text: '*.log', quoted: false, dynamic: true },
    { src: 'file?', text: 'file?', quoted: false, dynamic: true },
    { src: '[ab].txt', text: '[ab].txt', quoted: false, dynamic: true },
    { src: '"*.log"', text: '*.log', quoted: true, dynamic: false },
    { src: '~/.kube/config', text: '~/.kube/config', quoted: false, dynamic: true },
    { src: '/etc/{passwd,shadow}', text: '/etc/{passwd,shadow}', quoted: false, dynamic: true },
    { src: '{{.State.Pid}}', text: '{{.State.Pid}}', quoted: false, dynamic: false },
    { src: '$((1+2))', text: '$((1+2))', quoted: false, dynamic: true },
    { src: 'a=b', text: 'a=b', quoted: false, dynamic: false },
  ];
  for (const c of cases) {
    it(c.src, () => {
      const [command] = parse(`echo ${c.src}`).commands;
      expect(command!.args).toHaveLength(1);
      const word = command!.args[0]!;
      expect([word.text, word.raw, word.quoted, word.dynamic]).toEqual([c.text, c.src, c.quoted, c.dynamic]);
    });
  }

  it('gives 1-based Markdown lines and columns', () => {
    const [docker, grep] = parse('# check\n  docker  logs -f x | grep "a b"').commands;
    expect([docker!.name.line, docker!.name.column]).toEqual([START_LINE + 1, 3]);
    expect(docker!.args.map((a) => [a.text, a.line, a.column])).toEqual([
      ['logs', START_LINE + 1, 11],
      ['-f', START_LINE + 1, 16],
      ['x', START_LINE + 1, 19],
    ]);
    expect([grep!.args[0]!.raw, grep!.args[0]!.column]).toEqual(['"a b"', 28]);
  });

  it('counts columns in UTF-16 units after non-ASCII text', () => {
    const [, echo] = parse('echo "é"; echo x').commands;
    expect(echo!.args[0]!.column).toBe(16);
  });
});

describe('placeholders', () => {
  it('reads <container_id> as a word and maps it back', () => {
    const script = parse('docker logs -f <container_id> | grep "falco-event-gen"');
    expect(script.hasError).toBe(false);
    const [docker, grep] = script.commands;
    expect(shape(docker!)).toEqual({ name: 'docker', args: ['logs', '-f', '<container_id>'], wrappers: [] });
    const id = docker!.args[2]!;
    expect([id.raw, id.placeholders, id.line, id.column, id.dynamic]).toEqual([
      '<container_id>',
      ['container_id'],
      START_LINE,
      16,
      false,
    ]);
    expect(docker!.redirects).toEqual([]);
    expect(docker!.pipedTo).toBe(grep);
    expect(grep!.name.column).toBe(33);
  });

  it('finds placeholders inside paths, quotes and options', () => {
    const [command] = parse('kubectl -n <your-namespace> cp "<POD_NAME>:/x" ./y --since=<duration>').commands;
    expect(command!.args.map((a) => [a.text, a.placeholders])).toEqual([
      ['-n', []],
      ['<your-namespace>', ['your-namespace']],
      ['cp', []],
      ['<POD_NAME>:/x', ['POD_NAME']],
      ['./y', []],
      ['--since=<duration>', ['duration']],
    ]);
  });

  it('takes a multi-word placeholder as one word', () => {
    const [command] = parse('kubectl logs <pod name> -n <ns>').commands;
    expect(command!.args.map((a) => [a.text, a.placeholders])).toEqual([
      ['logs', []],
      ['<pod name>', ['pod name']],
      ['-n', []],
      ['<ns>', ['ns']],
    ]);
  });

  it('leaves real redirects alone', () => {
    const [sort] = parse('sort < in.txt > out.txt && cat <in >out').commands;
    expect(sort!.redirects.map((r) => [r.operator, r.target.text])).toEqual([
      ['<', 'in.txt'],
      ['>', 'out.txt'],
    ]);
    const cat = parse('cat <in >out').commands[0]!;
    expect(cat.redirects.map((r) => [r.operator, r.target.text, r.target.placeholders])).toEqual([
      ['<', 'in', []],
      ['>', 'out', []],
    ]);
  });
});

describe('redirects', () => {
  it('keeps operator and target, with the descriptor in the operator', () => {
    const [command] = parse('falco <<< "$x" 2>&1 >>/var/log/f.log &>/dev/null 3< in').commands;
    expect(command!.redirects.map((r) => [r.operator, r.target.text])).toEqual([
      ['<<<', '$x'],
      ['2>&', '1'],
      ['>>', '/var/log/f.log'],
      ['&>', '/dev/null'],
      ['3<', 'in'],
    ]);
  });

  it('gives extra file-redirect destinations back to the command (tree-sitter-bash quirk)', () => {
    const [echo] = parse('echo 3600 > /proc/sys/fs/binfmt/mode Assist').commands;
    expect(texts(echo!.args)).toEqual(['3600', 'Assist']);
    expect(echo!.args[1]!.column).toBe(38);
    expect(echo!.redirects).toHaveLength(1);
    const target = echo!.redirects[0]!.target;
    expect([target.text, target.line, target.column]).toEqual(['/proc/sys/fs/binfmt/mode', START_LINE, 13]);
    expect(echo!.text).toBe('echo 3600 > /proc/sys/fs/binfmt/mode Assist');
  });

  it('applies a compound command redirect to the commands inside it', () => {
    const script = parse('{ echo a; echo b; } > /etc/x.conf\nwhile read l; do rm "$l"; done < ids.txt');
    expect(script.commands.map((c) => [c.name.text, c.redirects.map((r) => r.operator + r.target.text)])).toEqual([
      ['echo', ['>/etc/x.conf']],
      ['echo', ['>/etc/x.conf']],
      ['read', ['<ids.txt']],
      ['rm', ['<ids.txt']],
    ]);
  });

  it('gives a redirect after `a && { ... }` to the group only', () => {
    const script = parse('(cd /; sh) && { m; n; } > out');
    expect(script.commands.map((c) => [c.name.text, c.redirects.length])).toEqual([
      ['cd', 0],
      ['sh', 0],
      ['m', 1],
      ['n', 1],
    ]);
  });

  it('treats tee as a command, not a redirect', () => {
    const [echo, tee] = parse('echo x | sudo tee -a /etc/falco/falco.yaml').commands;
    expect(shape(tee!)).toEqual({ name: 'tee', args: ['-a', '/etc/falco/falco.yaml'], wrappers: ['sudo'] });
    expect(echo!.redirects).toEqual([]);
    expect(tee!.pipedFrom).toBe(echo);
  });
});

describe('here-documents', () => {
  it('reads the body, its first line and the target file', () => {
    const src = 'cat <<EOF > /etc/falco/rules.d/x.yaml\n- rule: x\n  desc: y\nEOF\nsystemctl restart falco';
    const [cat, systemctl] = parse(src).commands;
    expect(cat!.redirects.map((r) => [r.operator, r.target.text])).toEqual([
      ['<<', 'EOF'],
      ['>', '/etc/falco/rules.d/x.yaml'],
    ]);
    expect(cat!.redirects[0]!.heredoc).toEqual({ text: '- rule: x\n  desc: y\n', line: START_LINE + 1 });
    expect([cat!.line, cat!.endLine, cat!.text]).toEqual([START_LINE, START_LINE + 3, 'cat <<EOF > /etc/falco/rules.d/x.yaml']);
    expect(systemctl!.line).toBe(START_LINE + 4);
  });

  it('strips leading tabs for <<- and unquotes the delimiter', () => {
    const [cat] = parse("cat <<-'END'\n\tkey: $x\n\tEND").commands;
    const redirect = cat!.redirects[0]!;
    expect([redirect.operator, redirect.target.text, redirect.target.quoted]).toEqual(['<<-', 'END', true]);
    expect(redirect.heredoc).toEqual({ text: 'key: $x\n', line: START_LINE + 1 });
  });

  it('pipes the here-document command into the rest of its line (tree-sitter-bash nests it)', () => {
    const script = parse("cat <<'EOF' | sudo tee /etc/falco/rules.d/custom.yaml\n- rule: x\nEOF");
    expect(script.hasError).toBe(false);
    const [cat, tee] = script.commands;
    expect(shape(tee!)).toEqual({ name: 'tee', args: ['/etc/falco/rules.d/custom.yaml'], wrappers: ['sudo'] });
    expect(cat!.pipedTo).toBe(tee);
    expect(tee!.pipedFrom).toBe(cat);
    expect(cat!.redirects[0]!.heredoc).toEqual({ text: '- rule: x\n', line: START_LINE + 1 });
    expect([tee!.line, tee!.endLine]).toEqual([START_LINE, START_LINE]);
  });

  it('separates `&&` after a here-document from its pipeline', () => {
    const script = parse('cat <<EOF | a x | b > /dev/null && c\nbody\nEOF');
    const [cat, a, b, c] = script.commands;
    expect([cat!.pipedTo, a!.pipedFrom, a!.pipedTo, b!.pipedFrom]).toEqual([a, cat, b, a]);
    expect(b!.redirects.map((r) => r.target.text)).toEqual(['/dev/null']);
    expect([c!.name.text, c!.pipedFrom, b!.pipedTo]).toEqual(['c', undefined, undefined]);
  });

  it('reads a command after `;` on the here-document line (no tree-sitter-bash rule for it)', () => {
    const script = parse('cat <<EOF > /etc/x; chmod 600 /etc/x # tighten\nbody\nEOF\nls');
    expect(script.hasError).toBe(false);
    const [cat, chmod, ls] = script.commands;
    expect(cat!.redirects.map((r) => [r.operator, r.target.text])).toEqual([
      ['<<', 'EOF'],
      ['>', '/etc/x'],
    ]);
    expect(cat!.redirects[0]!.heredoc).toEqual({ text: 'body\n', line: START_LINE + 1 });
    expect([texts(cat!.args), cat!.text, cat!.endLine]).toEqual([[], 'cat <<EOF > /etc/x', START_LINE + 2]);
    expect(shape(chmod!)).toEqual({ name: 'chmod', args: ['600', '/etc/x'], wrappers: [] });
    expect([chmod!.line, chmod!.name.column, chmod!.args[1]!.column, chmod!.text]).toEqual([START_LINE, 21, 31, 'chmod 600 /etc/x']);
    expect([chmod!.pipedFrom, cat!.pipedTo]).toEqual([undefined, undefined]);
    expect([ls!.name.text, ls!.line]).toEqual(['ls', START_LINE + 3]);
    expect(script.comments).toEqual([{ text: '# tighten', line: START_LINE }]);
  });

  it('reads commands after `;` or `&` right after the delimiter, quoted or not', () => {
    const script = parse("cat <<'EOF'; echo done && id\n$x\nEOF\ncat <<END & wait\nbody\nEND\nsed -n p <<-X;\n\tx\n\tX");
    expect(script.hasError).toBe(false);
    expect(script.commands.map((c) => [c.name.text, texts(c.args), c.line])).toEqual([
      ['cat', [], START_LINE],
      ['echo', ['done'], START_LINE],
      ['id', [], START_LINE],
      ['cat', [], START_LINE + 3],
      ['wait', [], START_LINE + 3],
      ['sed', ['-n', 'p'], START_LINE + 6],
    ]);
    expect(script.commands.map((c) => c.redirects[0]?.heredoc)).toEqual([
      { text: '$x\n', line: START_LINE + 1 },
      undefined,
      undefined,
      { text: 'body\n', line: START_LINE + 4 },
      undefined,
      { text: 'x\n', line: START_LINE + 7 },
    ]);
  });

  it('pipes the here-document command into a `|` after its redirects (no tree-sitter-bash rule for it)', () => {
    const script = parse('cat <<EOF > "a;b" 2>&1 | grep \'x;y\' | wc -l; ls\nbody\nEOF\ncat <<E 2>/dev/null |& tail -5 && echo ok\nE');
    expect(script.hasError).toBe(false);
    const [cat, grep, wc, ls, cat2, tail, echo] = script.commands;
    expect(script.commands.map((c) => [c.name.text, texts(c.args), c.redirects.map((r) => r.operator + r.target.text)])).toEqual([
      ['cat', [], ['<<EOF', '>a;b', '2>&1']],
      ['grep', ['x;y'], []],
      ['wc', ['-l'], []],
      ['ls', [], []],
      ['cat', [], ['<<E', '2>/dev/null']],
      ['tail', ['-5'], []],
      ['echo', ['ok'], []],
    ]);
    expect([cat!.pipedTo, grep!.pipedFrom, grep!.pipedTo, wc!.pipedFrom, wc!.pipedTo, ls!.pipedFrom]).toEqual([grep, cat, wc, grep, undefined, undefined]);
    expect([cat2!.pipedTo, tail!.pipedFrom, echo!.pipedFrom]).toEqual([tail, cat2, undefined]);
    expect(cat!.redirects[0]!.heredoc).toEqual({ text: 'body\n', line: START_LINE + 1 });
  });

  it('flags an unterminated here-document and keeps its command', () => {
    const script = parse('cat <<EOF\nfoo');
    expect(script.hasError).toBe(true);
    expect(script.commands.map((c) => c.name.text)).toEqual(['cat']);
  });
});

describe('a lone `-` before a redirect (tree-sitter-bash folds it into the next token)', () => {
  it('keeps `kubectl apply -f -` before a here-document', () => {
    const script = parse('kubectl apply -f - <<EOF\napiVersion: v1\nkind: Namespace\nEOF');
    expect(script.hasError).toBe(false);
    const [kubectl] = script.commands;
    expect(shape(kubectl!)).toEqual({ name: 'kubectl', args: ['apply', '-f', '-'], wrappers: [] });
    const dash = kubectl!.args[2]!;
    expect([dash.raw, dash.column, dash.quoted, dash.dynamic]).toEqual(['-', 18, false, false]);
    expect(kubectl!.text).toBe('kubectl apply -f - <<EOF');
    expect(kubectl!.redirects[0]!.heredoc).toEqual({ text: 'apiVersion: v1\nkind: Namespace\n', line: START_LINE + 1 });
  });

  it('keeps it before a descriptor redirect, across a continuation, and in <<-', () => {
    const script = parse("cat - 2>&1 | tar -xf - 10</dev/null\nsha256sum - \\\n  2>/dev/null\nkubectl create -f - <<-'X'\n\ta\n\tX");
    expect(script.commands.map((c) => [c.name.text, texts(c.args)])).toEqual([
      ['cat', ['-']],
      ['tar', ['-xf', '-']],
      ['sha256sum', ['-']],
      ['kubectl', ['create', '-f', '-']],
    ]);
    expect(script.hasError).toBe(false);
  });

  it('leaves arithmetic alone', () => {
    const script = parse('echo $(( n - 1<<2 ))');
    expect(script.commands[0]!.args.map((a) => a.text)).toEqual(['$(( n - 1<<2 ))']);
  });
});

describe('pipelines', () => {
  it('links curl into sudo bash', () => {
    const [curl, bash] = parse('curl -fsSL https://x.sh | sudo bash').commands;
    expect(shape(bash!)).toEqual({ name: 'bash', args: [], wrappers: ['sudo'] });
    expect(bash!.pipedFrom).toBe(curl);
    expect(curl!.pipedTo).toBe(bash);
    expect(curl!.pipedFrom).toBeUndefined();
  });

  it('links into a compound stage through its commands', () => {
    const [curl, cd, sh] = parse('curl x | (cd /; sh)').commands;
    expect(curl!.pipedTo).toBe(cd);
    expect(cd!.pipedFrom).toBe(curl);
    expect(sh!.pipedFrom).toBe(curl);
  });

  it('keeps inner pipes inside compound stages', () => {
    const [a, b, c] = parse('(a | b) | c').commands;
    expect([a!.pipedTo, b!.pipedTo, c!.pipedFrom]).toEqual([b, c, b]);
  });

  it('links |&', () => {
    const [x, y] = parse('x |& y').commands;
    expect(y!.pipedFrom).toBe(x);
  });

  it('links across a comment line', () => {
    const [a, b] = parse('a |\n# why\nb').commands;
    expect(a!.pipedTo).toBe(b);
  });

  it('does not pipe into commands in substitutions', () => {
    const [echo, id, grep] = parse('echo $(id) | grep x').commands;
    expect([echo!.pipedTo, id!.pipedFrom, id!.pipedTo, grep!.pipedFrom]).toEqual([grep, undefined, undefined, echo]);
  });
});

describe('line ends after a pipeline (tree-sitter-bash runs the last stage on)', () => {
  it('ends `head` at its line in the netcat-rce-container report', () => {
    // fixtures/reports/netcat-rce-container.md, lines 67-68.
    const src =
      "docker logs --since 2025-03-18T02:00:00Z --until 2025-03-18T02:20:00Z 4f2a9c1e7b3d 2>&1 | grep -E '\"POST ' | head -n 50\n" +
      "docker logs --since 2025-03-18T00:00:00Z 4f2a9c1e7b3d 2>&1 | awk '{print $1}' | sort | uniq -c | sort -rn | head -n 20";
    const script = parse(src);
    expect(script.hasError).toBe(false);
    expect(script.commands.map((c) => [c.name.text, texts(c.args), c.line])).toEqual([
      ['docker', ['logs', '--since', '2025-03-18T02:00:00Z', '--until', '2025-03-18T02:20:00Z', '4f2a9c1e7b3d'], START_LINE],
      ['grep', ['-E', '"POST '], START_LINE],
      ['head', ['-n', '50'], START_LINE],
      ['docker', ['logs', '--since', '2025-03-18T00:00:00Z', '4f2a9c1e7b3d'], START_LINE + 1],
      ['awk', ['{print $1}'], START_LINE + 1],
      ['sort', [], START_LINE + 1],
      ['uniq', ['-c'], START_LINE + 1],
      ['sort', ['-rn'], START_LINE + 1],
      ['head', ['-n', '20'], START_LINE + 1],
    ]);
    const [, , head, docker] = script.commands;
    expect([head!.text, head!.endLine, head!.pipedTo]).toEqual(['head -n 50', START_LINE, undefined]);
    expect([docker!.name.column, docker!.pipedFrom, docker!.redirects.map((r) => r.operator + r.target.text)]).toEqual([1, undefined, ['2>&1']]);
  });

  it('ends the line before a later redirect, list or comment', () => {
    const script = parse('a | b | c # why\nd e\n\nf > x\ng | h | i\nj && k\nl');
    expect(script.hasError).toBe(false);
    expect(script.commands.map((c) => [c.name.text, texts(c.args), c.line])).toEqual([
      ['a', [], START_LINE],
      ['b', [], START_LINE],
      ['c', [], START_LINE],
      ['d', ['e'], START_LINE + 1],
      ['f', [], START_LINE + 3],
      ['g', [], START_LINE + 4],
      ['h', [], START_LINE + 4],
      ['i', [], START_LINE + 4],
      ['j', [], START_LINE + 5],
      ['k', [], START_LINE + 5],
      ['l', [], START_LINE + 6],
    ]);
    expect(script.commands[4]!.redirects.map((r) => r.target.text)).toEqual(['x']);
    expect(script.comments).toEqual([{ text: '# why', line: START_LINE }]);
  });

  it('ends it inside loops and substitutions too, and keeps continuations', () => {
    const script = parse('while true; do\n  ps | grep x | head -1\n  echo done > /tmp/f\ndone\nn=$(a | b | c\nd 2>&1)\nx | y | z \\\n  --flag\ne >f');
    expect(script.hasError).toBe(false);
    expect(script.commands.map((c) => [c.name.text, texts(c.args)])).toEqual([
      ['true', []],
      ['ps', []],
      ['grep', ['x']],
      ['head', ['-1']],
      ['echo', ['done']],
      ['a', []],
      ['b', []],
      ['c', []],
      ['d', []],
      ['x', []],
      ['y', []],
      ['z', ['--flag']],
      ['e', []],
    ]);
  });
});

describe('comments', () => {
  it('collects whole-line and trailing comments with their lines', () => {
    const script = parse('# Check\nls -l # list\necho "# not a comment" a#b');
    expect(script.comments).toEqual([
      { text: '# Check', line: START_LINE },
      { text: '# list', line: START_LINE + 1 },
    ]);
    expect(texts(script.commands[1]!.args)).toEqual(['# not a comment', 'a#b']);
  });
});

describe('line continuations', () => {
  it('spans lines', () => {
    const [docker] = parse('docker run \\\n  --rm \\\n  alpine id').commands;
    expect(texts(docker!.args)).toEqual(['run', '--rm', 'alpine', 'id']);
    expect([docker!.line, docker!.endLine]).toEqual([START_LINE, START_LINE + 2]);
    expect([docker!.args[1]!.line, docker!.args[1]!.column]).toEqual([START_LINE + 1, 3]);
  });
});

describe('console transcripts', () => {
  const transcript = [
    '$ docker ps',
    'CONTAINER ID   IMAGE',
    'c61b4b13ae44   falco',
    '# cat /etc/shadow # as root',
    'root:*:19000:0:99999:7:::',
    '$ docker run \\',
    '> -it img',
    'user@host:~$ cat <<EOF > /tmp/x',
    '> hello',
    '> EOF',
    '[root@pod /]# id',
  ].join('\n');

  for (const lang of ['console', 'shell-session', 'terminal']) {
    it(`reads prompted lines only (${lang})`, () => {
      const script = parse(transcript, lang);
      expect(script.hasError).toBe(false);
      expect(script.commands.map((c) => [c.name.text, texts(c.args), c.line, c.name.column])).toEqual([
        ['docker', ['ps'], START_LINE, 3],
        ['cat', ['/etc/shadow'], START_LINE + 3, 3],
        ['docker', ['run', '-it', 'img'], START_LINE + 5, 3],
        ['cat', [], START_LINE + 7, 14],
        ['id', [], START_LINE + 10, 15],
      ]);
      expect(script.commands[2]!.endLine).toBe(START_LINE + 6);
      expect(script.commands[3]!.redirects[0]!.heredoc).toEqual({ text: 'hello\n', line: START_LINE + 8 });
      expect(script.comments).toEqual([{ text: '# as root', line: START_LINE + 3 }]);
    });
  }

  it('keeps `# ` a comment in bash blocks', () => {
    const script = parse('# cat /etc/shadow\nid');
    expect(script.commands.map((c) => c.name.text)).toEqual(['id']);
    expect(script.comments).toEqual([{ text: '# cat /etc/shadow', line: START_LINE }]);
  });
});

describe('terminal sessions in shell and unlabelled blocks', () => {
  it('reads `$ ` lines as commands and the rest as their output', () => {
    const script = parse('$ docker ps\nCONTAINER ID   IMAGE       COMMAND\n4f2a9c1e7b3d   wordpress   "docker-entrypoint.s…"\n$ sudo journalctl -u falco');
    expect(script.hasError).toBe(false);
    expect(script.commands.map((c) => [shape(c), c.line, c.name.column])).toEqual([
      [{ name: 'docker', args: ['ps'], wrappers: [] }, START_LINE, 3],
      [{ name: 'journalctl', args: ['-u', 'falco'], wrappers: ['sudo'] }, START_LINE + 3, 8],
    ]);
    expect(script.commands[0]!.text).toBe('docker ps');
  });

  for (const lang of ['sh', 'shell', 'zsh', '', 'text']) {
    it(`does so in ${lang || 'unlabelled'} blocks`, () => {
      const script = parse('$ which falco\n/usr/bin/falco', lang);
      expect(script.commands.map((c) => [c.name.text, texts(c.args)])).toEqual([['which', ['falco']]]);
    });
  }

  it('keeps `# ` a comment, continuations and here-documents', () => {
    const script = parse('# who runs it\n$ ps aux | grep nc\nroot  4242  0.0  0.1  nc -lvp 4444\n$ docker run \\\n>   --rm alpine id\n$ cat <<EOF > /tmp/x\n> a\n> EOF\n$');
    expect(script.hasError).toBe(false);
    expect(script.commands.map((c) => [c.name.text, texts(c.args), c.line])).toEqual([
      ['ps', ['aux'], START_LINE + 1],
      ['grep', ['nc'], START_LINE + 1],
      ['docker', ['run', '--rm', 'alpine', 'id'], START_LINE + 3],
      ['cat', [], START_LINE + 5],
    ]);
    expect(script.comments).toEqual([{ text: '# who runs it', line: START_LINE }]);
    expect(script.commands[3]!.redirects[0]!.heredoc).toEqual({ text: 'a\n', line: START_LINE + 6 });
  });

  it('never takes `$VAR=...`, `$(cmd)` or `$HOME/x` for prompts', () => {
    const script = parse('$(whoami)\n$HOME/bin/check --all\n$ID=1');
    expect(script.commands.map((c) => c.name.text)).toEqual(['$(whoami)', 'whoami', '$HOME/bin/check', '$ID=1']);
  });

  // In a script `$ docker` is one dynamic word (bash would run a program named `$`).
  it('stays a script when an unprompted line reads as a command', () => {
    const script = parse('docker ps\n$ docker logs x');
    expect(script.commands.map((c) => [c.name.text, texts(c.args)])).toEqual([
      ['docker', ['ps']],
      ['$ docker', ['logs', 'x']],
    ]);
  });

  it('stays a script when the other lines outnumber the prompts or start with programs', () => {
    expect(parse('$ cat x\nroot -x\nls -l').commands.map((c) => c.name.text)).toEqual(['$ cat', 'root', 'ls']);
    expect(parse('$ cat x\n$ id\nkubectl get pods').commands.map((c) => c.name.text)).toEqual(['$ cat', '$ id', 'kubectl']);
  });
});

describe('errors', () => {
  it('flags invalid syntax and keeps the commands tree-sitter recovers', () => {
    const script = parse('ls -l\nif true; then\n  id');
    expect(script.hasError).toBe(true);
    expect(script.commands.map((c) => c.name.text)).toContain('ls');
  });

  it('does not flag a block whose only problem was placeholders', () => {
    expect(parse('kubectl exec -it <pod> -- cat /etc/shadow').hasError).toBe(false);
  });
});

describe('real model output', () => {
  it('echo with a stray word after the redirect', () => {
    const src =
      '# Set proc_exe_ino_ctime_duration_proc_start to a reasonable value (e.g., 3600 seconds)\n' +
      'echo 3600 > /proc/sys/fs/binfmt/mode Assist\n' +
      '\n' +
      '# Allow only trusted executables to be executed within the container\n' +
      "sed -i 's/.*\\{.*\\}/\\{ trusted_executable_list \\}' /etc/docker/containers/<container_id>/config.json";
    const script = parse(src);
    expect(script.hasError).toBe(false);
    expect(script.comments.map((c) => c.line)).toEqual([START_LINE, START_LINE + 3]);
    const [echo, sed] = script.commands;
    expect([echo!.line, texts(echo!.args), echo!.redirects[0]!.target.text]).toEqual([
      START_LINE + 1,
      ['3600', 'Assist'],
      '/proc/sys/fs/binfmt/mode',
    ]);
    expect(shape(sed!)).toEqual({
      name: 'sed',
      args: ['-i', 's/.*\\{.*\\}/\\{ trusted_executable_list \\}', '/etc/docker/containers/<container_id>/config.json'],
      wrappers: [],
    });
    const [, script1, path] = sed!.args;
    expect([script1!.quoted, script1!.column, path!.placeholders, path!.column]).toEqual([true, 8, ['container_id'], 51]);
  });

  it('while loop in the background', () => {
    const src = 'while true; do\n    docker logs -f | grep "falco-event-gen"\n    sleep 60\ndone & # Run in background';
    const script = parse(src);
    expect(script.hasError).toBe(false);
    const [, docker, grep, sleep] = script.commands;
    expect([shape(docker!), docker!.line, docker!.name.column]).toEqual([
      { name: 'docker', args: ['logs', '-f'], wrappers: [] },
      START_LINE + 1,
      5,
    ]);
    expect(grep!.pipedFrom).toBe(docker);
    expect([shape(sleep!).args, sleep!.line]).toEqual([['60'], START_LINE + 2]);
    expect(script.comments).toEqual([{ text: '# Run in background', line: START_LINE + 3 }]);
  });

  it('echo of an INI-like rule into a file', () => {
    const [echo] = parse('echo "[rule]\\nname = x\\npriority = ERROR" > /etc/falco/rules.d/10-x.conf').commands;
    expect(texts(echo!.args)).toEqual(['[rule]\\nname = x\\npriority = ERROR']);
    expect(echo!.args[0]!.dynamic).toBe(false);
    expect(echo!.redirects.map((r) => [r.operator, r.target.text, r.target.column])).toEqual([
      ['>', '/etc/falco/rules.d/10-x.conf', 45],
    ]);
  });

  it('kubectl exec with a placeholder pod', () => {
    const [kubectl] = parse('kubectl exec -it <pod> -- cat /etc/shadow').commands;
    expect(shape(kubectl!)).toEqual({ name: 'kubectl', args: ['exec', '-it', '<pod>', '--', 'cat', '/etc/shadow'], wrappers: [] });
    expect(kubectl!.args[2]!.placeholders).toEqual(['pod']);
  });
});
