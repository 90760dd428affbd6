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

  it('keeps words after a `;` that tree-sitter-bash fails on out of the here-document command', () => {
    const script = parse('cat <<EOF > /etc/x; chmod 600 /etc/x\nbody\nEOF');
    expect(script.hasError).toBe(true);
    const [cat] = script.commands;
    expect(texts(cat!.args)).toEqual([]);
    expect(cat!.redirects.map((r) => r.target.text)).toEqual(['EOF', '/etc/x']);
    expect(cat!.redirects[0]!.heredoc).toEqual({ text: 'body\n', line: START_LINE + 1 });
  });

  it('flags an unterminated here-document and keeps its command', () => {
    const script = parse('cat <<EOF\nfoo');
    expect(script.hasError).toBe(true);
    expect(script.commands.map((c) => c.name.text)).toEqual(['cat']);
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
