import { catalog } from '../../catalog/index.js';
import { sniffNonYaml } from '../../falco/rules/shape.js';
import type { CodeBlock, MarkdownDocument } from '../../markdown/document.js';
import { isShellBlock } from '../../shell/blocks.js';
import type { ReportAnalysis } from '../analysis.js';
import { falcoFileKind, looksLikeIni, RULES_EXTENSIONS } from '../system/falco-files.js';
import { fileWritesOf, type FileWrite } from '../system/file-writes.js';
import { memo } from '../../util/memo.js';

/**
 * Which parts of a report hold Falco rules: fenced blocks that are (or try to be) a rules file,
 * and text that shell code writes into a Falco rules file. Everything else that merely looks like
 * YAML (Kubernetes manifests, Compose files, falco.yaml, workflows, Helm values, Ansible) is left alone.
 */
export interface RulesSource {
  text: string;
  /** Markdown line of the text's first line. */
  startLine: number;
  /** Markdown line range of the whole construct; problems never land outside it. */
  firstLine: number;
  lastLine: number;
  /** Maps a line of `text` (1-based) to its Markdown line. */
  mdLine(textLine: number): number;
  /** Columns the Markdown line has before the text's line (indentation of a fence inside a list item). */
  indent(mdLine: number): number;
  origin: 'fence' | 'file-write' | 'embedded';
  /** The file written, for shell writes; where the rules sit, for rules embedded in other YAML. */
  path?: string;
}

/** Comments that name a rules file: `# falco_rules.local.yaml`, `# /etc/falco/rules.d/x.yaml`. */
const NAMES_RULES_FILE = /^\s*#+\s*(?:file(?:name)?:\s*)?(?:\S*\/)?(?:[\w.-]*rules[\w.-]*\.ya?ml|rules\.d\/[\w.-]+)\s*$/i;
/** A YAML list item that is a Falco rules-file item. */
const ITEM_START = /^-\s+(rule|macro|list|required_engine_version|required_plugin_versions)\s*:/;
/** A top-level `rule:`/`macro:` mapping, the commonest invented shape. */
const TOP_RULE_KEY = /^(rule|macro)\s*:/m;
/** Top-level keys models wrap rules in. */
const CONTAINER_KEY = /^(rules|filters|falco_rules|custom_rules|macros)\s*:\s*$/m;
/** Falco vocabulary that makes a `rules:` container a Falco one (not Semgrep, not Prometheus). */
const FALCO_WORDS = /^\s*-?\s*(condition|filter|priority|output|rule|macro|desc)\s*:|\b(proc|evt|fd|container|k8s|user|ka|thread)\.[a-z]/m;
const INI_SECTION = /^\s*\[([A-Za-z_][\w .:-]*)\]\s*$/;
const INI_RULE_SECTION = /^(rules?|macros?|lists?|falco[\w.-]*)$/i;
const INI_FALCO_KEYS = /^\s*(rule|condition|priority|output|desc|event_type|evt\.type|proc\.\w+|container\.\w+|source|filter)\s*=|^\s*[\w.-]+\s*\{\s*$/m;
const HCL_RULE = /^\s*(rule|falco_rule|macro)\b[^\n{]*\{\s*$/m;

/** Top-level keys of falco.yaml (config, handled by the configuration checks). */
const configKeys = memo(() => new Set(catalog.falcoConfig().keys.map((k) => k.path.split(/[.[]/)[0]!)));

/** Helm values of the falcosecurity charts: `customRules` holds rules as strings, not as YAML items. */
const HELM_KEYS = new Set(['falco', 'falcosidekick', 'driver', 'collectors', 'customRules', 'falcoctl', 'controller', 'tty', 'image', 'podSecurityContext', 'resources', 'tolerations']);

function significantLines(text: string): string[] {
  return text.split('\n').filter((l) => l.trim() !== '' && !/^\s*#/.test(l) && l.trim() !== '---');
}

function topLevelKeys(text: string): string[] {
  const keys: string[] = [];
  for (const line of text.split('\n')) {
    const m = /^([A-Za-z_][\w.-]*)\s*:(\s|$)/.exec(line);
    if (m) keys.push(m[1]!);
  }
  return keys;
}

/** YAML that is something other than rules, whatever else it contains. */
function isOtherYaml(text: string): boolean {
  const keys = new Set(topLevelKeys(text));
  if (keys.has('apiVersion') && keys.has('kind')) return true; // Kubernetes manifest
  if (keys.has('services') || (keys.has('version') && keys.has('volumes'))) return true; // Compose
  if (keys.has('jobs') && (keys.has('on') || keys.has('name'))) return true; // GitHub workflow
  if (keys.has('groups')) return true; // Prometheus rules
  if ([...keys].some((k) => HELM_KEYS.has(k))) return true;
  if (/^\s*-?\s*(hosts|tasks|become|ansible\.builtin\.\w+)\s*:/m.test(text)) return true; // Ansible
  // falco.yaml: its `rules:` key holds `- enable:`/`- disable:` selections, not rules.
  if (/^\s*-\s*(enable|disable)\s*:/m.test(text)) return true;
  const config = [...keys].filter((k) => configKeys().has(k) && k !== 'rules' && k !== 'priority');
  return config.length > 0 && !TOP_RULE_KEY.test(text) && !/^-\s+rule\s*:/m.test(text);
}

/** Whether a fenced block is (or pretends to be) a Falco rules file. */
export function holdsRules(block: CodeBlock): boolean {
  if (isShellBlock(block)) return false; // shell code: what it writes into rules files is read below
  const text = block.text;
  const lines = significantLines(text);
  const first = lines[0];
  if (!first) return false;
  const section = INI_SECTION.exec(first);
  if (section) return INI_RULE_SECTION.test(section[1]!) || INI_FALCO_KEYS.test(text);
  if (HCL_RULE.test(first)) return true;
  if (isOtherYaml(text)) return false;
  if (text.split('\n').slice(0, 3).some((l) => NAMES_RULES_FILE.test(l))) return true;
  if (ITEM_START.test(first)) return true;
  if (TOP_RULE_KEY.test(text)) return true;
  return CONTAINER_KEY.test(text) && FALCO_WORDS.test(text);
}

function fenceSource(doc: MarkdownDocument, block: CodeBlock): RulesSource {
  const textLines = block.text.split('\n');
  return {
    text: block.text,
    startLine: block.startLine,
    firstLine: block.startLine,
    lastLine: Math.max(block.startLine, block.endLine),
    mdLine: (line) => Math.min(block.startLine + line - 1, Math.max(block.startLine, block.endLine)),
    indent: (mdLine) => {
      const md = doc.lines[mdLine - 1] ?? '';
      const own = textLines[mdLine - block.startLine] ?? '';
      return md.endsWith(own) ? md.length - own.length : 0;
    },
    origin: 'fence',
  };
}

/** A key whose value is a literal block scalar: `  rules-netcat.yaml: |-`. */
const LITERAL_KEY = /^(\s*)(["']?)([\w./-]+)\2\s*:\s*\|[-+]?\d?\s*(?:#.*)?$/;

/**
 * Where YAML of another kind carries rules files as strings: the falcosecurity Helm chart's `customRules` (each key a
 * file name whose value the chart writes into /etc/falco/rules.d) and a Kubernetes ConfigMap's `data` (mounted as
 * files). The name of the holder and the line of its key, or undefined when the block is neither.
 */
function rulesHolder(text: string): { label: string; from: number } | undefined {
  const lines = text.split('\n');
  const keys = new Set(topLevelKeys(text));
  const top = (name: string) => lines.findIndex((l) => new RegExp(`^${name}\\s*:\\s*(?:#.*)?$`).test(l));
  if (keys.has('customRules')) {
    const at = top('customRules');
    if (at >= 0) return { label: 'customRules', from: at };
  }
  if (keys.has('apiVersion') && /^kind\s*:\s*ConfigMap\s*$/m.test(text) && keys.has('data')) {
    const at = top('data');
    if (at >= 0) return { label: 'ConfigMap data', from: at };
  }
  return undefined;
}

/**
 * The rules files a Helm values block or ConfigMap holds as literal block scalars (`key: |`), each mapped back to
 * the report's lines and columns. A value is taken as a rules file only when it reads as one: its first line is a
 * `- rule:`, `- macro:` or `- list:` item.
 */
function embeddedSources(doc: MarkdownDocument, block: CodeBlock): RulesSource[] {
  const holder = rulesHolder(block.text);
  if (!holder) return [];
  const lines = block.text.split('\n');
  const out: RulesSource[] = [];
  let keyIndent = -1;
  for (let i = holder.from + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '' || /^\s*#/.test(line)) continue;
    const indent = line.length - line.trimStart().length;
    if (indent === 0) break; // the holder's mapping ended
    if (keyIndent === -1) keyIndent = indent;
    if (indent !== keyIndent) continue;
    const key = LITERAL_KEY.exec(line);
    if (!key) continue;
    // The scalar: the lines after the key that are blank or indented deeper than it.
    let end = i + 1;
    while (end < lines.length && (lines[end]!.trim() === '' || lines[end]!.length - lines[end]!.trimStart().length > keyIndent)) end++;
    while (end > i + 1 && lines[end - 1]!.trim() === '') end--;
    const body = lines.slice(i + 1, end);
    const first = body.find((l) => l.trim() !== '' && !/^\s*#/.test(l));
    if (first) {
      const contentIndent = first.length - first.trimStart().length;
      const text = body.map((l) => l.slice(Math.min(contentIndent, l.length - l.trimStart().length))).join('\n');
      if (ITEM_START.test(first.trimStart())) {
        const startLine = block.startLine + i + 1;
        const lastLine = block.startLine + end - 1;
        out.push({
          text,
          startLine,
          firstLine: startLine,
          lastLine,
          mdLine: (textLine) => Math.min(startLine + textLine - 1, lastLine),
          indent: (mdLine) => {
            const md = doc.lines[mdLine - 1] ?? '';
            const own = lines[mdLine - block.startLine] ?? '';
            const fence = md.endsWith(own) ? md.length - own.length : 0;
            return fence + Math.min(contentIndent, own.length - own.trimStart().length);
          },
          origin: 'embedded',
          path: `${holder.label}: ${key[3]}`,
        });
      }
    }
    i = end - 1;
  }
  return out;
}

/** Writes into a rules file of YAML-shaped text; INI text there is reported by FR303. */
function isRulesWrite(write: FileWrite): boolean {
  const path = write.path.text;
  if (falcoFileKind(path) !== 'rules') return false;
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (!RULES_EXTENSIONS.test(base) && !path.startsWith('/etc/falco/rules.d/')) return false;
  if (write.content.trim() === '' || looksLikeIni(write.content)) return false;
  return sniffNonYaml(write.content, false) === undefined;
}

function writeSource(write: FileWrite): RulesSource {
  const bodyLines = write.content.replace(/\n$/, '').split('\n').length;
  const spread = write.endLine - write.line;
  // A here-document's body sits on the lines before its delimiter line; a quoted echo/printf text
  // spanning the command's lines starts on the command; `\n` escapes keep everything on one line.
  const layout = spread >= bodyLines ? 'heredoc' : spread + 1 === bodyLines ? 'spans' : 'one-line';
  const startLine = layout === 'heredoc' ? write.endLine - bodyLines : write.line;
  return {
    text: write.content,
    startLine,
    firstLine: write.line,
    lastLine: write.endLine,
    mdLine: (line) => (layout === 'one-line' ? write.line : Math.max(write.line, Math.min(write.endLine, startLine + line - 1))),
    indent: () => 0,
    origin: 'file-write',
    path: write.path.text,
  };
}

const cache = new WeakMap<ReportAnalysis, RulesSource[]>();

/** Every rules text of a report, in file order; computed once per report. */
export function rulesSourcesOf(doc: MarkdownDocument, analysis: ReportAnalysis): RulesSource[] {
  let sources = cache.get(analysis);
  if (!sources) {
    sources = [
      ...doc.blocks.filter(holdsRules).map((b) => fenceSource(doc, b)),
      ...doc.blocks.filter((b) => !isShellBlock(b) && !holdsRules(b)).flatMap((b) => embeddedSources(doc, b)),
      ...fileWritesOf(analysis)
        .filter(isRulesWrite)
        .map(writeSource),
    ].sort((a, b) => a.firstLine - b.firstLine);
    cache.set(analysis, sources);
  }
  return sources;
}
