import type { MarkdownDocument } from '../../markdown/document.js';
import { clauseAround, codeLines, proseLines } from '../inline/text.js';
import { identifiersIn, type Kind } from './kinds.js';

/** What kind of name a quoted word is, going by the words just before it. */
export type NameKind = 'container' | 'pod' | 'namespace' | 'user' | 'host' | 'name';

/** An identifier the report quotes. */
export interface Candidate {
  kind: Kind | 'name' | 'token';
  text: string;
  line: number;
  column: number;
  inCode: boolean;
  nameKind?: NameKind;
}

/** The label cell of a field/value table row, before the value's cell: `| User | `www-data` |`. */
const CELL = String.raw`(?:\*\*)?\s*:?\s*\|`;

const NAME_CONTEXT: Array<{ kind: NameKind; regex: RegExp }> = [
  { kind: 'container', regex: /\bcontainer(?:'s)?(?:\s+name)?(?:\*\*)?\s*(?:is|was|named|called|[:=])?\s*\(?\s*(?:name\s*[:=]\s*)?$/i },
  { kind: 'pod', regex: /\bpod(?:'s)?(?:\s+name)?(?:\*\*)?\s*(?:is|was|named|called|[:=])?\s*\(?\s*$/i },
  { kind: 'namespace', regex: /\b(?:namespace|ns)(?:\*\*)?\s*(?:is|was|named|called|[:=])?\s*\(?\s*$/i },
  { kind: 'user', regex: /\buser(?:\s*name)?(?:\*\*)?\s*(?:is|was|named|called|[:=])?\s*\(?\s*$/i },
  { kind: 'host', regex: /\bhost(?:\s*name)?(?:\*\*)?\s*(?:is|was|named|called|[:=])?\s*\(?\s*(?:the\s+)?$/i },
  { kind: 'container', regex: new RegExp(String.raw`^\s*\|\s*(?:\*\*)?\s*container(?:\s+name)?\s*${CELL}\s*$`, 'i') },
  { kind: 'pod', regex: new RegExp(String.raw`^\s*\|\s*(?:\*\*)?\s*(?:k8s\s+)?pod(?:\s+name)?\s*${CELL}\s*$`, 'i') },
  { kind: 'namespace', regex: new RegExp(String.raw`^\s*\|\s*(?:\*\*)?\s*(?:k8s\s+)?namespace\s*${CELL}\s*$`, 'i') },
  { kind: 'user', regex: new RegExp(String.raw`^\s*\|\s*(?:\*\*)?\s*user(?:\s*name)?\s*${CELL}\s*$`, 'i') },
  { kind: 'host', regex: new RegExp(String.raw`^\s*\|\s*(?:\*\*)?\s*host(?:\s*name)?\s*${CELL}\s*$`, 'i') },
  { kind: 'name', regex: /\bname(?:\*\*)?\s*[:=]\s*$/i },
];

/** URLs hold hashes and numbers that are the site's, not the alert's. */
function maskUrls(text: string): string {
  return text.replace(/\bhttps?:\/\/[^\s<>()`"']+/g, (m) => ' '.repeat(m.length));
}

const cache = new WeakMap<MarkdownDocument, Candidate[]>();

/** Every identifier the report quotes, in prose (inline spans included) and in code blocks; computed once per report. */
export function candidatesOf(doc: MarkdownDocument): Candidate[] {
  let list = cache.get(doc);
  if (list) return list;
  list = [];
  for (const { line, text, offset, block } of [...proseLines(doc), ...codeLines(doc)]) {
    if (!/\d|\//.test(text)) continue;
    for (const f of identifiersIn(maskUrls(text))) {
      list.push({ kind: f.kind, text: f.text, line, column: offset + f.index + 1, inCode: block !== undefined });
    }
  }
  for (const span of doc.spans) {
    const text = span.text.trim();
    if (/\s/.test(text) || text.length < 3) continue;
    const lineText = doc.lines[span.line - 1] ?? '';
    const start = span.column - 1;
    const { before } = clauseAround(lineText, start, start + span.text.length);
    const context = NAME_CONTEXT.find((c) => c.regex.test(before.replace(/`/g, '')));
    if (context) list.push({ kind: 'name', text, line: span.line, column: span.column, inCode: false, nameKind: context.kind });
    else if (text.length >= 10) list.push({ kind: 'token', text, line: span.line, column: span.column, inCode: false });
  }
  list.sort((a, b) => a.line - b.line || a.column - b.column);
  cache.set(doc, list);
  return list;
}
