import type { CodeBlock, MarkdownDocument } from '../../markdown/document.js';
import { isShellBlock } from '../../shell/blocks.js';
import type { Word } from '../../shell/types.js';
import { dottedSysctlName, lookupSysctl } from './sysctl-names.js';
import type { SysctlUse } from './sysctl-uses.js';

/** Info strings of blocks that may show a sysctl.conf file; YAML, JSON and the like never do. */
const CONF_LANGS = new Set(['', 'ini', 'conf', 'cfg', 'config', 'text', 'txt', 'plaintext', 'properties', 'sysctl', 'sysctl.conf']);

/** A sysctl.conf line: `[-]name = value` (procps-ng's format; `-` ignores errors for that line). */
const CONF_LINE = /^(\s*-?)([A-Za-z0-9_][\w./-]*)(\s*=\s*)(\S.*)$/;
/** A comment line of a sysctl.conf file (procps-ng takes `#` and `;`). */
const COMMENT = /^\s*[#;]/;
/** A sysctl configuration file: /etc/sysctl.conf, /etc/sysctl.d/*.conf (also under /run, /usr/lib, /lib). */
const SYSCTL_FILE = /(?:^|[\s`'"(])(?:\/(?:etc|run|usr\/lib|lib))?\/?sysctl\.(?:conf\b|d\/[\w.-]*\.conf\b)|\bsysctl\.d\b/;
/** Top-level directories of /proc/sys: every sysctl name starts with one. */
const SYSCTL_ROOTS = new Set(['abi', 'crypto', 'debug', 'dev', 'fs', 'kernel', 'net', 'sunrpc', 'user', 'vm']);

/** The prose paragraph right before a fence (up to four lines), where a report says which file the block is. */
function leadIn(doc: MarkdownDocument, block: CodeBlock): string {
  const out: string[] = [];
  let line = block.fenceLine - 1;
  while (line >= 1 && (doc.lines[line - 1] ?? '').trim() === '') line--;
  while (line >= 1 && out.length < 4) {
    const text = doc.lines[line - 1] ?? '';
    if (text.trim() === '' || /^\s*(?:`{3,}|~{3,})/.test(text)) break;
    out.unshift(text);
    line--;
  }
  return out.join(' ');
}

/**
 * Whether a fenced block is the content of a sysctl configuration file: every line is a comment or a dotted
 * `name = value` setting, and the block says which file it is (a `# /etc/sysctl.d/99-x.conf` comment on top, or the
 * sentence that introduces it names sysctl.conf or sysctl.d), or all its names are under /proc/sys's top-level
 * directories with at least one the kernel really has. Anything else (php.ini, a properties file) is left alone.
 * `file`: the block is a file's content, so its settings are writes; `names`: it may as well be `sysctl -a` output.
 */
function sysctlConfKind(doc: MarkdownDocument, block: CodeBlock): 'file' | 'names' | undefined {
  if (isShellBlock(block) || !CONF_LANGS.has(block.lang.toLowerCase())) return undefined;
  const lines = block.text.split('\n').filter((l) => l.trim() !== '');
  const settings = lines.filter((l) => !COMMENT.test(l));
  if (settings.length === 0) return undefined;
  const names: string[] = [];
  for (const line of settings) {
    const m = CONF_LINE.exec(line);
    if (!m || !/[./]/.test(m[2]!)) return undefined;
    names.push(dottedSysctlName(m[2]!));
  }
  const header = lines.slice(0, 3).filter((l) => COMMENT.test(l)).join(' ');
  if (SYSCTL_FILE.test(header) || SYSCTL_FILE.test(leadIn(doc, block))) return 'file';
  const sysctlLike =
    names.every((n) => SYSCTL_ROOTS.has(n.split('.')[0]!)) &&
    names.some((n) => {
      const status = lookupSysctl(n).status;
      return status === 'known' || status === 'dir';
    });
  return sysctlLike ? 'names' : undefined;
}

const cache = new WeakMap<MarkdownDocument, SysctlUse[]>();

/** The settings of every fenced block that shows a sysctl.conf file, each tied to its line and column in the report. */
export function sysctlConfBlockUses(doc: MarkdownDocument): SysctlUse[] {
  let uses = cache.get(doc);
  if (uses) return uses;
  uses = [];
  for (const block of doc.blocks) {
    const kind = sysctlConfKind(doc, block);
    if (!kind) continue;
    block.text.split('\n').forEach((text, i) => {
      const m = CONF_LINE.exec(text);
      if (!m || COMMENT.test(text) || /[$<*]/.test(m[2]!)) return;
      const line = block.startLine + i;
      const md = doc.lines[line - 1] ?? text;
      const column = Math.max(0, md.length - text.length) + m[1]!.length + 1;
      const word: Word = { text: m[2]!, raw: m[2]!, line, column, quoted: false, dynamic: false, placeholders: [] };
      uses!.push({ name: dottedSysctlName(m[2]!), word, write: kind === 'file', via: 'conf' });
    });
  }
  cache.set(doc, uses);
  return uses;
}
