import type { Word } from '../../shell/types.js';

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', v: '\v', '\\': '\\' };

/**
 * Backslash escapes as `echo -e` and printf's format resolve them. Reports write `echo "a\nb"`
 * meaning two lines even where bash's echo would print the backslash, so content analysis reads
 * them this way regardless.
 */
function resolveEscapes(text: string): { text: string; stopped: boolean } {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== '\\' || i + 1 >= text.length) {
      out += c;
      continue;
    }
    const next = text[i + 1]!;
    if (next === 'c') return { text: out, stopped: true };
    if (next in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[next];
      i++;
    } else if (next === 'x' && /^[0-9a-fA-F]/.test(text[i + 2] ?? '')) {
      const hex = /^[0-9a-fA-F]{1,2}/.exec(text.slice(i + 2))![0];
      out += String.fromCharCode(parseInt(hex, 16));
      i += 1 + hex.length;
    } else if (/[0-7]/.test(next)) {
      const oct = /^0?[0-7]{1,3}/.exec(text.slice(i + 1))![0];
      out += String.fromCharCode(parseInt(oct, 8));
      i += oct.length;
    } else {
      out += c;
    }
  }
  return { text: out, stopped: false };
}

/** What `echo [-neE] words...` prints. */
export function echoOutput(args: readonly Word[]): string {
  let newline = true;
  let escapes = true;
  let i = 0;
  for (; i < args.length && /^-[neE]+$/.test(args[i]!.text); i++) {
    for (const flag of args[i]!.text.slice(1)) {
      if (flag === 'n') newline = false;
      else if (flag === 'E') escapes = false;
      else escapes = true;
    }
  }
  const joined = args
    .slice(i)
    .map((w) => w.text)
    .join(' ');
  if (!escapes) return newline ? `${joined}\n` : joined;
  const { text, stopped } = resolveEscapes(joined);
  return newline && !stopped ? `${text}\n` : text;
}

/** What `printf FORMAT args...` prints; undefined for `printf -v var` (which prints nothing). */
export function printfOutput(args: readonly Word[]): string | undefined {
  let i = 0;
  if (args[i]?.text === '-v') return undefined;
  if (args[i]?.text === '--') i++;
  const format = args[i]?.text;
  if (format === undefined) return undefined;
  const values = args.slice(i + 1).map((w) => w.text);
  const template = resolveEscapes(format).text;
  let out = '';
  let used = 0;
  // The format is reused while operands remain, as printf(1) does.
  do {
    const before = used;
    out += template.replace(/%([-+ #0]*\d*(?:\.\d+)?)([sbdiouxXfeEgGc%])/g, (_, _flags: string, conv: string) => {
      if (conv === '%') return '%';
      const value = values[used++] ?? '';
      return conv === 'b' ? resolveEscapes(value).text : value;
    });
    if (used === before) break;
  } while (used < values.length);
  return out;
}
