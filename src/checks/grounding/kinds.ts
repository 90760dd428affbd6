import { ISO_PATTERN } from './timestamps.js';

/** Shapes of identifiers an alert carries and a report quotes. */
export type Kind = 'uuid' | 'hex' | 'ipv4' | 'ipport' | 'ns' | 'iso' | 'clock' | 'path';

export interface Found {
  kind: Kind;
  text: string;
  /** 0-based offset in the scanned text. */
  index: number;
}

const PATTERNS: Array<{ kind: Kind; regex: RegExp; group?: number }> = [
  { kind: 'uuid', regex: /(?<![0-9A-Za-z-])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9A-Za-z-])/gi },
  // Container ids (12), full ids and digests (64), and md5/sha1 (32/40); a uuid's or a name's hex tail is not one.
  { kind: 'hex', regex: /(?<![0-9A-Za-z_-])(?:sha256:)?([0-9a-f]{64}|[0-9a-f]{40}|[0-9a-f]{32}|[0-9a-f]{12})(?![0-9A-Za-z_-])/g, group: 1 },
  { kind: 'ipport', regex: /(?<![\w.])((?:\d{1,3}\.){3}\d{1,3}:\d{1,5})(?!\w|\.\d|:\d)/g, group: 1 },
  // Not a CIDR (`10.0.0.0/8`), not a version (`v1.2.3.4`).
  { kind: 'ipv4', regex: /(?<![\w.])((?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d))(?!\w|\.\d|\/\d)/g, group: 1 },
  // Nanoseconds since the epoch: evt.time, container.start_ts, proc.exe_ino.ctime, ...
  { kind: 'ns', regex: /(?<![\w.-])(\d{19})(?!\w|\.\d)/g, group: 1 },
  { kind: 'iso', regex: ISO_PATTERN },
  { kind: 'clock', regex: /(?<![\d:.])(\d{2}:\d{2}:\d{2}\.\d{6,9})(?!\d)/g, group: 1 },
  { kind: 'path', regex: /(?<![\w.~/:<>$-])(\/(?:[\w.@%+-]+\/)*[\w.@%+-]+\/?)/g, group: 1 },
];

// Nanoseconds for 2000-01-01 and 2100-01-01: 19 digits outside them (INT64_MAX in `fs.file-nr` output) are no time.
const NS_2000 = 946_684_800_000_000_000n;
const NS_2100 = 4_102_444_800_000_000_000n;

function isPlausibleNanoTime(digits: string): boolean {
  const ns = BigInt(digits);
  return ns >= NS_2000 && ns < NS_2100;
}

/** Every identifier of a known shape in a text; an ISO time hides the clock inside it. */
export function identifiersIn(text: string): Found[] {
  const found: Found[] = [];
  for (const { kind, regex, group } of PATTERNS) {
    regex.lastIndex = 0;
    for (const m of text.matchAll(regex)) {
      let value = group ? m[group]! : m[0];
      // A sentence may end right after a path: its full stop is not part of it.
      if (kind === 'path') value = value.replace(/[.,:;]+$/, '');
      const index = m.index + m[0].indexOf(value);
      if (kind === 'hex' && !(/[a-f]/.test(value) && /\d/.test(value))) continue;
      if (kind === 'ns' && !isPlausibleNanoTime(value)) continue;
      if (kind === 'clock' && found.some((f) => f.kind === 'iso' && index >= f.index && index < f.index + f.text.length)) continue;
      found.push({ kind, text: value.trim(), index });
    }
  }
  return found;
}

/** Kinds whose value a finding can be sure of when the alert has nothing like it (see FR802). */
export const RELIABLE_KINDS: ReadonlySet<Kind> = new Set(['uuid', 'hex', 'ipv4', 'ns']);

/**
 * Values a writer uses to show a shape, not to quote one: `abc123def456`, `1.2.3.4`, documentation and
 * loopback addresses, `1234567890123456789`. A report that writes them makes no claim about the alert.
 */
export function isIllustrative(kind: Kind, text: string): boolean {
  const lower = text.toLowerCase();
  switch (kind) {
    case 'hex':
    case 'uuid':
      return new Set(lower.replace(/-/g, '')).size <= 3 || /abc|123|deadbeef|cafe|0000|beef|f00d|dead/.test(lower);
    case 'ns':
      return /123456789|987654321|^(\d)\1+$/.test(text);
    case 'ipv4': {
      const [a = 0, b = 0, c = 0] = text.split('.').map(Number);
      return (
        a === 127 || a === 0 || a >= 224 || (a === 169 && b === 254) || text === '1.2.3.4' ||
        (a === 192 && b === 0 && c === 2) || (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113) ||
        ['8.8.8.8', '8.8.4.4', '1.1.1.1', '1.0.0.1', '9.9.9.9'].includes(text) || text.endsWith('.255') || text.startsWith('255.')
      );
    }
    default:
      return false;
  }
}
