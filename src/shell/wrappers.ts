import type { Word } from './types.js';

/** How a program that runs another program reads its own options. */
interface WrapperSpec {
  /** Short options taking a value, attached (`-uroot`) or in the next word (`-u root`). */
  valued?: string;
  /** Short options whose value can only be attached (`-i[REPLACE]`). */
  attachedOnly?: string;
  /** Long options taking a value as `--opt=V` or `--opt V`. */
  long?: readonly string[];
  /** Options after which no command follows (`command -v`, `sudo -l`). */
  noCommand?: string;
  noCommandLong?: readonly string[];
  /** Operands before the command (timeout's DURATION). */
  operands?: number;
  /** NAME=VALUE words before the command (env). */
  assignments?: boolean;
  /** Historic `-N` adjustment (nice -10). */
  numericOption?: boolean;
  /** A lone argument is a whole shell command line run through `sh -c` (watch). */
  shellString?: boolean;
}

const WRAPPERS: Readonly<Record<string, WrapperSpec>> = {
  sudo: {
    valued: 'CDghpRrTtUu',
    long: [
      'close-from',
      'chdir',
      'group',
      'host',
      'prompt',
      'chroot',
      'role',
      'command-timeout',
      'type',
      'other-user',
      'user',
    ],
    noCommand: 'eKlVv',
    noCommandLong: ['edit', 'remove-timestamp', 'list', 'version', 'validate', 'help'],
  },
  env: { valued: 'aCSu', long: ['argv0', 'chdir', 'split-string', 'unset'], assignments: true },
  timeout: { valued: 'ks', long: ['kill-after', 'signal'], operands: 1 },
  nohup: {},
  nice: { valued: 'n', long: ['adjustment'], numericOption: true },
  ionice: { valued: 'cn', long: ['class', 'classdata'], noCommand: 'pPu', noCommandLong: ['pid', 'pgid', 'uid'] },
  stdbuf: { valued: 'eio', long: ['error', 'input', 'output'] },
  time: { valued: 'fo', long: ['format', 'output'] },
  watch: { valued: 'nq', attachedOnly: 'd', long: ['interval', 'equexit'], shellString: true },
  exec: { valued: 'a' },
  command: { noCommand: 'vV' },
  builtin: {},
  xargs: {
    valued: 'adEILnPs',
    attachedOnly: 'eil',
    long: ['arg-file', 'delimiter', 'max-args', 'max-procs', 'max-chars', 'process-slot-var'],
  },
};

export interface Peeled {
  name: Word;
  args: Word[];
  wrappers: Word[];
}

/** Splits `sudo -u root env A=1 timeout 5 kubectl get pods` into the wrapper words and `kubectl get pods`. */
export function peelWrappers(words: readonly Word[]): Peeled {
  let start = 0;
  for (;;) {
    const first = words[start]!;
    const spec = first.dynamic ? undefined : WRAPPERS[basename(first.text)];
    const commandAt = spec ? commandIndex(words, start, spec) : undefined;
    if (commandAt === undefined) break;
    start = commandAt;
  }
  return { name: words[start]!, args: words.slice(start + 1), wrappers: words.slice(0, start) };
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Index of the wrapped command's name, or undefined when this use of the wrapper runs no command. */
function commandIndex(words: readonly Word[], wrapperAt: number, spec: WrapperSpec): number | undefined {
  let i = wrapperAt + 1;
  while (i < words.length) {
    const word = words[i]!.text;
    if (word === '--') {
      i++;
      break;
    }
    if (word.startsWith('--')) {
      const [name, value] = splitLong(word);
      if (spec.noCommandLong?.includes(name)) return undefined;
      i += spec.long?.includes(name) && value === undefined ? 2 : 1;
      continue;
    }
    if (word.startsWith('-') && word.length > 1) {
      if (spec.numericOption && /^-\d+$/.test(word)) {
        i++;
        continue;
      }
      const taken = shortOptionWords(word, spec);
      if (taken === undefined) return undefined;
      i += taken;
      continue;
    }
    if (spec.assignments && /^[A-Za-z_][A-Za-z0-9_]*=/.test(word)) {
      i++;
      continue;
    }
    break;
  }
  i += spec.operands ?? 0;
  if (i >= words.length) return undefined;
  // watch 'ps aux | grep x': the command is a shell string, not a program name.
  if (spec.shellString && i === words.length - 1 && /\s/.test(words[i]!.text)) return undefined;
  return i;
}

function splitLong(word: string): [string, string | undefined] {
  const eq = word.indexOf('=');
  return eq === -1 ? [word.slice(2), undefined] : [word.slice(2, eq), word.slice(eq + 1)];
}

/** How many words a bundle of short options uses (1, or 2 when the last one takes the next word). */
function shortOptionWords(word: string, spec: WrapperSpec): number | undefined {
  for (let j = 1; j < word.length; j++) {
    const option = word[j]!;
    if (spec.noCommand?.includes(option)) return undefined;
    if (spec.attachedOnly?.includes(option)) return 1;
    if (spec.valued?.includes(option)) return j === word.length - 1 ? 2 : 1;
  }
  return 1;
}
