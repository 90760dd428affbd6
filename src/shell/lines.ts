// Line-level guesses about what a line of a code block is, without parsing it.

// Programs a report on a Falco alert is likely to run. A line starting with one of these is
// taken for a command even without options.
const PROGRAMS: ReadonlySet<string> = new Set(
  (
    'apt apt-get auditctl ausearch awk bash bpftool cat cd chmod chown chroot conntrack cp crictl ctr curl ' +
    'cut date dmesg dnf docker echo env export falco falcoctl file find fuser getcap grep head helm hostname ' +
    'id insmod ip iptables journalctl kill killall kubectl last ln ls lsblk lsmod lsns lsof md5sum mkdir ' +
    'modinfo modprobe mount mv netstat nft nsenter objdump pgrep pkill podman printf ps pstree readelf rm ' +
    'rmmod runc sed service setcap sh sha256sum sleep sort ss stat strace strings sudo sysctl systemctl tail ' +
    'tar tcpdump tee top touch umount uname uniq unshare uptime w wc wget which who xargs yum'
  ).split(' '),
);

// Reserved words that open or close a compound command: neutral, they neither make nor break a block.
const KEYWORDS: ReadonlySet<string> = new Set(
  'if then else elif fi for while until do done case esac function { } select'.split(' '),
);

/** Index of the command word in a line's words, after assignments written before it (`FOO=1 cmd`). */
function commandIndex(words: readonly string[]): number {
  let i = 0;
  while (i < words.length - 1 && /^[A-Za-z_]\w*=/.test(words[i]!)) i++;
  return i;
}

/** A command word without the list or pipe operator written against it (`done;`, `true&&`). */
function programOf(word: string): string {
  return word.replace(/[;&|]+$/, '');
}

export type LineVerdict = 'command' | 'keyword' | 'other';

/** Reads one trimmed, non-empty line that is not a comment. */
export function judgeLine(line: string): LineVerdict {
  if (/^[A-Za-z][\w'’,]*(?:\s+[\w'’,()]+){3,}[.!?:]$/.test(line)) return 'other'; // a sentence
  const words = line.split(/\s+/);
  const i = commandIndex(words);
  if (words[i + 1] === '=') return 'other'; // INI `key = value`
  const first = programOf(words[i]!);
  if (KEYWORDS.has(first)) return 'keyword';
  if (PROGRAMS.has(first)) return 'command';
  if (/^(?:\.{0,2}|~)\/[\w.+/-]+$/.test(first)) return 'command'; // /usr/bin/x, ./x, ../x, ~/x
  // An unknown lower-case program name counts only when it is given options: `falco-event-generator --noexec`.
  const options = words.slice(i + 1).some((w) => /^--?[A-Za-z]/.test(w));
  return /^[a-z][\w.+-]*$/.test(first) && options ? 'command' : 'other';
}

/**
 * Stricter than judgeLine: the line starts with a well-known program or a reserved word. Output
 * rarely does (`/usr/bin/falco` from `which`, `root 42 ... nc -lvp 4444` from `ps` pass judgeLine).
 */
export function startsWithProgram(line: string): boolean {
  const words = line.split(/\s+/);
  const first = programOf(words[commandIndex(words)]!);
  return KEYWORDS.has(first) || PROGRAMS.has(first);
}
