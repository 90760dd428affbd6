import { catalog } from '../../catalog/index.js';
import { sniffNonYaml } from '../../falco/rules/shape.js';
import type { CodeBlock, MarkdownDocument } from '../../markdown/document.js';
import { isShellBlock } from '../../shell/blocks.js';
import type { ReportAnalysis } from '../analysis.js';
import { falcoFileKind, looksLikeIni, RULES_EXTENSIONS } from '../system/falco-files.js';
import { fileWritesOf, type FileWrite } from '../system/file-writes.js';

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
  origin: 'fence' | 'file-write';
  /** The file written, for shell writes. */
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

function memo<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

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
      ...fileWritesOf(analysis)
        .filter(isRulesWrite)
        .map(writeSource),
    ].sort((a, b) => a.firstLine - b.firstLine);
    cache.set(analysis, sources);
  }
  return sources;
}
