import { describe, expect, it } from 'vitest';
import { collectReferences, forEachCheck, lineColumn, parseCondition, type Expr } from '../../../src/falco/condition/index.js';

function ast(text: string): Expr {
  const r = parseCondition(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.ast;
}

const TEXT = [
  'spawned_process and not user_known_x',
  'and proc.name in (shell_binaries, "sh", known)',
  'and fd.name pmatch known_dirs',
  'and proc.pname = val(proc.name)',
  'and tolower(basename(fd.name)) startswith anyof (a, b)',
  'and proc.aname[2] = proc.pname',
  'and getopt(proc.args, "c:")[c] exists',
].join('\n');

describe('collectReferences', () => {
  const refs = collectReferences(ast(TEXT));

  it('collects macro references with positions', () => {
    expect(refs.macros.map((m) => m.name)).toEqual(['spawned_process', 'user_known_x']);
    const m = refs.macros[1]!;
    expect(TEXT.slice(m.pos.offset, m.pos.offset + m.pos.length)).toBe('user_known_x');
  });

  it('collects fields with role, val() and transformer context', () => {
    const summary = refs.fields.map((f) => [f.name, f.role, f.inVal, f.transformers.join('>')]);
    expect(summary).toEqual([
      ['proc.name', 'lhs', false, ''],
      ['fd.name', 'lhs', false, ''],
      ['proc.pname', 'lhs', false, ''],
      ['proc.name', 'rhs', true, 'val'],
      ['fd.name', 'lhs', false, 'tolower>basename'],
      ['proc.aname', 'lhs', false, ''],
      ['proc.args', 'lhs', false, 'getopt'],
    ]);
    const aname = refs.fields.find((f) => f.name === 'proc.aname')!;
    expect(aname.field.arg).toMatchObject({ value: '2' });
    expect(TEXT.slice(aname.pos.offset, aname.pos.offset + aname.pos.length)).toBe('proc.aname[2]');
    expect(lineColumn(TEXT, aname.pos.offset)).toEqual({ line: 6, column: 5 });
  });

  it('collects list names after list operators and bare list items', () => {
    expect(refs.lists.map((l) => [l.name, l.via])).toEqual([
      ['shell_binaries', 'list-item'],
      ['known', 'list-item'],
      ['known_dirs', 'list-ref'],
      ['a', 'list-item'],
      ['b', 'list-item'],
    ]);
  });

  it('collects operators with their left-hand side', () => {
    expect(refs.operators.map((o) => [o.operator, o.modifier ?? '', o.field?.name ?? o.lhs.kind, o.rhsKind])).toEqual([
      ['in', '', 'proc.name', 'list'],
      ['pmatch', '', 'fd.name', 'list-ref'],
      ['=', '', 'proc.pname', 'transformer'],
      ['startswith', 'anyof', 'transformer', 'list'],
      ['=', '', 'proc.aname', 'value'],
      ['exists', '', 'transformer', 'none'],
    ]);
  });

  it('flags bare values spelled like fields (libs compares them as strings)', () => {
    const v = refs.values.find((x) => x.value.raw === 'proc.pname')!;
    expect(v).toMatchObject({ context: 'rhs', looksLikeField: true });
    expect(refs.values.find((x) => x.value.raw === '"sh"')).toMatchObject({ context: 'list-item', looksLikeField: false });
    expect(refs.values.find((x) => x.value.raw === '"c:"')).toMatchObject({ context: 'transformer-arg' });
  });

  it('collects transformers with nesting', () => {
    expect(refs.transformers.map((t) => [t.transformer.name, t.role, t.outer.join('>')])).toEqual([
      ['val', 'rhs', ''],
      ['tolower', 'lhs', ''],
      ['basename', 'lhs', 'tolower'],
      ['getopt', 'lhs', ''],
    ]);
  });
});

describe('forEachCheck', () => {
  it('visits checks with their negation', () => {
    const seen: Array<[string, boolean]> = [];
    forEachCheck(ast('not (a.b = 1 or not c.d exists) and e.f = 2'), (c, negated) => {
      seen.push([c.lhs.kind === 'field' ? c.lhs.name : '', negated]);
    });
    expect(seen).toEqual([
      ['a.b', true],
      ['c.d', false],
      ['e.f', false],
    ]);
  });
});

describe('lineColumn', () => {
  it('maps offsets to 1-based line and column', () => {
    expect(lineColumn('ab\ncd\r\nef', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd\r\nef', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn('ab\ncd\r\nef', 7)).toEqual({ line: 3, column: 1 });
  });
});
