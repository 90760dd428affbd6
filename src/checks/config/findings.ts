import { isMap, type Document, type LineCounter, type Scalar } from 'yaml';
import { blockLabel, configFileNamedIn, configMapFalcoYaml, hasFalcoishKey, helmFalcoSection, isForeignMap, looksLikeFalcoConfig } from '../../falco/config/detect.js';
import { configFileNameProblem } from '../../falco/config/names.js';
import { validateOverride } from '../../falco/config/option.js';
import { problem, type ConfigCode, type ConfigProblem } from '../../falco/config/problem.js';
import { parseConfigText, validateConfigRoot } from '../../falco/config/validate.js';
import type { Locate } from '../../falco/config/walk.js';
import { pathEntry } from '../../catalog/lookup.js';
import type { CodeBlock, MarkdownDocument } from '../../markdown/document.js';
import { isShellBlock } from '../../shell/blocks.js';
import type { ReportAnalysis } from '../analysis.js';
import type { Problem } from '../check.js';
import { looksLikeIni } from '../system/falco-files.js';
import { fileWritesOf, type FileWrite } from '../system/file-writes.js';
import { columnIn, falcoConfigArgs, helmFalcoSets, type OptionValue } from './falco-args.js';
import { isLiteralWord } from './words.js';

/** A config problem placed in the Markdown report. */
export interface ConfigFinding extends Problem {
  code: ConfigCode;
}

/** Where each line of a checked text sits in the report. */
type PlaceLine = (line: number, column: number) => { line: number; column?: number };

function toFinding(p: ConfigProblem, place: PlaceLine): ConfigFinding {
  const at = place(p.line, p.column);
  return { code: p.code, line: at.line, ...(at.column ? { column: at.column } : {}), message: p.message, ...(p.suggestion ? { suggestion: p.suggestion } : {}) };
}

/** Block lines lose the indentation of a fence nested in a list; add it back for columns. */
function blockPlace(doc: MarkdownDocument, block: CodeBlock): PlaceLine {
  const blockLines = block.text.split('\n');
  return (line, column) => {
    const mdLine = block.startLine + line - 1;
    const indent = (doc.lines[mdLine - 1]?.length ?? 0) - (blockLines[line - 1]?.length ?? 0);
    return { line: mdLine, column: column + Math.max(0, indent) };
  };
}

function locateWith(lineCounter: LineCounter): Locate {
  return (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
}

/** The sentence right above a block, when it introduces the block as a config file (`Add to /etc/falco/falco.yaml:`). */
function proseLabel(doc: MarkdownDocument, block: CodeBlock, proseLines: ReadonlySet<number>): boolean {
  for (let line = block.fenceLine - 1; line >= Math.max(1, block.fenceLine - 3); line--) {
    const text = doc.lines[line - 1]?.trim() ?? '';
    if (text === '') continue;
    if (!proseLines.has(line) || !configFileNamedIn(text)) return false;
    return /:\**$/.test(text) || text.startsWith('#') || /^(\*\*|__)?`?[^\s`*]+`?(\*\*|__)?$/.test(text);
  }
  return false;
}

interface Options {
  version: string;
}

/**
 * The parts of a parsed block that are falco.yaml. A block labelled in its own comments is taken at
 * its word; one introduced by the sentence above, or a shell-tagged one, needs a falco.yaml key in it;
 * an unlabelled one must read as falco.yaml by its content. Helm values give their `falco:` section.
 */
function configRoots(docs: Document.Parsed[], how: 'labelled' | 'introduced' | 'unlabelled', shell: boolean): unknown[] {
  const roots: unknown[] = [];
  for (const doc of docs) {
    const root = doc.contents;
    if (!isMap(root)) {
      // A labelled block that is not a map is still meant as falco.yaml; FR957 says why it cannot be.
      if (how === 'labelled' && !shell && root) roots.push(root);
      continue;
    }
    const helm = helmFalcoSection(root);
    if (helm) roots.push(helm);
    else if (isForeignMap(root) || root.has('falco')) continue;
    else if (how === 'unlabelled' ? looksLikeFalcoConfig(root) : how === 'labelled' && !shell ? true : hasFalcoishKey(root)) roots.push(root);
  }
  return roots;
}

function blockFindings(doc: MarkdownDocument, options: Options): ConfigFinding[] {
  const out: ConfigFinding[] = [];
  const proseLines = new Set(doc.prose.map((p) => p.line));
  for (const block of doc.blocks) {
    const place = blockPlace(doc, block);
    const shell = isShellBlock(block);
    const label = blockLabel(block.text);
    const introduced = !label && proseLabel(doc, block, proseLines);
    const parsed = parseConfigText(block.text);
    const how = label ? 'labelled' : introduced ? 'introduced' : 'unlabelled';
    if (label && !shell) {
      const named = configFileNameProblem(label.name, 'label');
      if (named) out.push(toFinding(problem('FR954', label.lineIndex + 1, label.offset + 1, named.message, named.suggestion), place));
    }
    if (parsed.syntaxError) {
      if (label && !shell) out.push(toFinding(parsed.syntaxError, place));
      continue;
    }
    const locate = locateWith(parsed.lineCounter);
    for (const root of configRoots(parsed.docs, how, shell)) {
      for (const p of validateConfigRoot(root, locate, { falcoVersion: options.version })) out.push(toFinding(p, place));
    }
    for (const scalar of parsed.docs.flatMap((d) => (isMap(d.contents) ? configMapFalcoYaml(d.contents) : []))) {
      out.push(...embeddedFindings(scalar, block.text, parsed.lineCounter, place, options));
    }
  }
  return out;
}

/** Lines of a literal block scalar start the line after its `|` header, indented by the block's indentation. */
function embeddedFindings(scalar: Scalar, outer: string, lineCounter: LineCounter, place: PlaceLine, options: Options): ConfigFinding[] {
  const header = lineCounter.linePos(scalar.range?.[0] ?? 0).line;
  const outerLines = outer.split('\n');
  const firstContent = outerLines.slice(header).find((l) => l.trim() !== '') ?? '';
  const indent = firstContent.length - firstContent.trimStart().length;
  const inner: PlaceLine = (line, column) => place(header + line, column + indent);
  const text = String(scalar.value);
  const parsed = parseConfigText(text);
  if (parsed.syntaxError) return [toFinding(parsed.syntaxError, inner)];
  const locate = locateWith(parsed.lineCounter);
  return parsed.docs.flatMap((doc) => validateConfigRoot(doc.contents, locate, { falcoVersion: options.version }).map((p) => toFinding(p, inner)));
}

const CONFIG_NAMES = /^falco\.(ya?ml|conf)$/;

function isConfigPath(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return CONFIG_NAMES.test(base) || /^\/etc\/falco\/config\.d\/[^/]+$/.test(path);
}

/**
 * Lines of written text in the report: a here-document's body sits right above its end, line for
 * line; text from an echo or printf argument is placed on the command's line.
 */
function writePlace(doc: MarkdownDocument, write: FileWrite): PlaceLine {
  const lines = write.content.replace(/\n$/, '').split('\n');
  const first = write.endLine - lines.length;
  const matches = first > write.line - 1 && lines.every((l, i) => (doc.lines[first - 1 + i] ?? '').trim() === l.trim());
  if (!matches) return () => ({ line: write.line });
  return (line, column) => {
    const mdLine = first + line - 1;
    const indent = (doc.lines[mdLine - 1]?.length ?? 0) - (lines[line - 1]?.length ?? 0);
    return { line: mdLine, column: column + Math.max(0, indent) };
  };
}

function writeFindings(doc: MarkdownDocument, analysis: ReportAnalysis, options: Options): ConfigFinding[] {
  const out: ConfigFinding[] = [];
  for (const write of fileWritesOf(analysis)) {
    const path = write.path;
    if (!isLiteralWord(path) || !isConfigPath(path.text)) continue;
    // The catalog's path list covers /etc/falco/falco.conf; the path check (FR301) reports that one.
    const named = pathEntry(path.text) ? undefined : configFileNameProblem(path.text, 'path');
    if (named) out.push({ code: 'FR954', line: path.line, column: path.column, message: named.message, suggestion: named.suggestion });
    // INI text is reported by the INI check (FR303); here only YAML is read.
    if (looksLikeIni(write.content)) continue;
    const parsed = parseConfigText(write.content);
    const place = writePlace(doc, write);
    if (parsed.syntaxError) {
      out.push(toFinding(parsed.syntaxError, place));
      continue;
    }
    const locate = locateWith(parsed.lineCounter);
    for (const parsedDoc of parsed.docs) {
      for (const p of validateConfigRoot(parsedDoc.contents, locate, { falcoVersion: options.version })) out.push(toFinding(p, place));
    }
  }
  return out;
}

function overrideFindings(values: OptionValue[], shown: string, options: Options): ConfigFinding[] {
  const out: ConfigFinding[] = [];
  for (const value of values) {
    if (value.word.dynamic) continue;
    // A model placeholder for the key (`-o <key>=<value>`) says nothing about real keys.
    const key = value.text.split('=')[0] ?? '';
    if (/[<>$]/.test(key)) continue;
    const helmList = shown.startsWith('helm') && value.text.slice(key.length + 1).startsWith('{');
    for (const p of validateOverride(value.text, { falcoVersion: options.version, keyOnly: helmList })) {
      out.push({
        code: p.code,
        line: value.word.line,
        column: columnIn(value.word, value.offset + p.column - 1),
        message: `${shown}${value.text}: ${p.message}`,
        ...(p.suggestion ? { suggestion: p.suggestion } : {}),
      });
    }
  }
  return out;
}

function commandFindings(analysis: ReportAnalysis, options: Options): ConfigFinding[] {
  const out: ConfigFinding[] = [];
  for (const command of analysis.commands) {
    out.push(...overrideFindings(helmFalcoSets(command), 'helm --set falco.', options));
    const args = falcoConfigArgs(command);
    if (!args) continue;
    out.push(...overrideFindings(args.overrides, 'falco -o ', options));
    for (const value of args.configFiles) {
      if (!isLiteralWord(value.word) || value.text === '') continue;
      const at = { line: value.word.line, column: columnIn(value.word, value.offset) };
      // The catalog's path list covers /etc/falco/falco.conf; the path check (FR301) reports that one.
      const named = pathEntry(value.text) ? undefined : configFileNameProblem(value.text, 'path');
      // A rules file given to -c is the option check's (FR109).
      if (named) out.push({ code: 'FR954', ...at, message: `falco -c ${value.text}: ${named.message}`, suggestion: named.suggestion });
    }
  }
  return out;
}

const cache = new WeakMap<ReportAnalysis, Map<string, ConfigFinding[]>>();

/**
 * Every falco.yaml problem in a report, computed once per report and Falco release and shared by
 * the FR95x checks: config blocks, config text written by shell commands, and `falco -o`/`-c`.
 */
export function configFindingsOf(doc: MarkdownDocument, analysis: ReportAnalysis, version: string): ConfigFinding[] {
  let byVersion = cache.get(analysis);
  if (!byVersion) cache.set(analysis, (byVersion = new Map()));
  let findings = byVersion.get(version);
  if (!findings) {
    const options = { version };
    findings = [...blockFindings(doc, options), ...writeFindings(doc, analysis, options), ...commandFindings(analysis, options)];
    byVersion.set(version, findings);
  }
  return findings;
}
