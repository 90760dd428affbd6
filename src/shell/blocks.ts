import type { CodeBlock } from '../markdown/document.js';
import { CONSOLE_LANGS } from './source.js';

const SHELL_LANGS: ReadonlySet<string> = new Set(['bash', 'sh', 'shell', 'zsh', ...CONSOLE_LANGS]);
const UNLABELLED_LANGS: ReadonlySet<string> = new Set(['', 'text', 'txt', 'plaintext']);

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

const HEREDOC = /(?<!<)<<-?\s*(['"]?)([A-Za-z_][\w.-]*)\1/;

/** True when a code block holds shell commands a check should read. */
export function isShellBlock(block: CodeBlock): boolean {
  if (SHELL_LANGS.has(block.lang)) return true;
  if (!UNLABELLED_LANGS.has(block.lang)) return false;
  return looksLikeCommands(block.text);
}

/**
 * Conservative: every line must read as a command (or as a comment, a continuation, a
 * here-document body or a compound keyword), and at least one as a real command.
 */
function looksLikeCommands(text: string): boolean {
  let commands = 0;
  let continued = false;
  let heredoc: string | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (heredoc !== undefined) {
      if (line === heredoc) heredoc = undefined;
      continue;
    }
    if (continued) {
      continued = line.endsWith('\\');
      continue;
    }
    if (line === '' || line.startsWith('#')) continue;
    const verdict = judgeLine(line);
    if (verdict === 'other') return false;
    if (verdict === 'command') commands++;
    continued = line.endsWith('\\');
    heredoc = HEREDOC.exec(line)?.[2];
  }
  return commands > 0;
}

function judgeLine(line: string): 'command' | 'keyword' | 'other' {
  if (/^[A-Za-z][\w'’,]*(?:\s+[\w'’,()]+){3,}[.!?:]$/.test(line)) return 'other'; // a sentence
  const words = line.split(/\s+/);
  // Assignments before a command: `FOO=1 cmd`.
  let i = 0;
  while (i < words.length - 1 && /^[A-Za-z_]\w*=/.test(words[i]!)) i++;
  if (words[i + 1] === '=') return 'other'; // INI `key = value`
  const first = words[i]!.replace(/[;&|]+$/, '');
  if (KEYWORDS.has(first)) return 'keyword';
  if (PROGRAMS.has(first)) return 'command';
  if (/^(?:\.{0,2}|~)\/[\w.+/-]+$/.test(first)) return 'command'; // /usr/bin/x, ./x, ../x, ~/x
  // An unknown lower-case program name counts only when it is given options: `falco-event-generator --noexec`.
  const options = words.slice(i + 1).some((w) => /^--?[A-Za-z]/.test(w));
  return /^[a-z][\w.+-]*$/.test(first) && options ? 'command' : 'other';
}
