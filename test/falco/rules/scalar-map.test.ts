import { isScalar, parseAllDocuments, visit, type Scalar } from 'yaml';
import { describe, expect, it } from 'vitest';
import { replayScalar, scalarOffsetMap } from '../../../src/falco/rules/scalar-map.js';
import { hasUpstream, upstreamFiles } from './upstream.js';

function scalars(text: string): Scalar[] {
  const out: Scalar[] = [];
  for (const doc of parseAllDocuments(text, { keepSourceTokens: true, schema: 'failsafe' }) as unknown as Array<Parameters<typeof visit>[0]>) {
    visit(doc, { Scalar: (_k, node) => void (isScalar(node) && typeof node.value === 'string' && out.push(node)) });
  }
  return out;
}

/** Every value character maps to the same character in the text, except folded breaks and escapes. */
function mismatches(text: string): string[] {
  const bad: string[] = [];
  for (const node of scalars(text)) {
    const value = String(node.value);
    const map = scalarOffsetMap(node, text);
    const replay = replayScalar(node)!;
    if (!(replay === value || value.startsWith(replay) || (replay.startsWith(value) && replay.slice(value.length).trim() === ''))) bad.push(`replay ${JSON.stringify(value)}`);
    for (let i = 0; i < value.length; i++) {
      const ch = value[i]!;
      const src = text[map(i)];
      if (ch === src || ch === ' ' || ch === '\n' || (node.srcToken?.type === 'double-quoted-scalar' && src === '\\')) continue;
      bad.push(`${JSON.stringify(value.slice(0, 30))}[${i}] ${JSON.stringify(ch)} -> ${JSON.stringify(src)}`);
    }
  }
  return bad;
}

describe('scalarOffsetMap', () => {
  it('maps every style of scalar', () => {
    const text = [
      '- a: "x \\"y\\" \\',
      '     z\\tq \\u00e9 \\U0001F600 end"',
      "  b: 'it''s",
      '     folded',
      '',
      "     para'",
      '  c: >',
      '    one',
      '    two',
      '      more',
      '    three',
      '',
      '    four',
      '  d: |+',
      '    keep',
      '',
      '  e: >2-',
      '      indented',
      '     less',
      '  f: plain text',
      '     continues here',
      '  g: >-  # a comment after the header',
      '    commented',
    ].join('\n');
    expect(mismatches(text)).toEqual([]);
  });

  it.runIf(hasUpstream)('maps every scalar of the upstream rules files', () => {
    for (const { file, text } of upstreamFiles()) expect(mismatches(text), file).toEqual([]);
  });

  it('maps a tagged scalar past its tag', () => {
    const text = 'k: !!str value with proc.nme inside';
    const node = scalars(text).at(-1)!;
    const at = scalarOffsetMap(node, text)(String(node.value).indexOf('proc.nme'));
    expect(text.slice(at, at + 8)).toBe('proc.nme');
  });
});
