import { describe, expect, it } from 'vitest';
import { parseOutput } from '../../../src/falco/condition/index.js';

describe('parseOutput', () => {
  it('finds fields, arguments, dotted suffixes and widths with offsets', () => {
    const text = 'File opened (user=%user.name flags=%evt.arg.flags gp=%proc.aname[2] p=%ka.uri.param[command] %20proc.name)';
    const r = parseOutput(text);
    expect(r.ok).toBe(true);
    expect(r.refs.map((x) => x.text)).toEqual([
      '%user.name',
      '%evt.arg.flags',
      '%proc.aname[2]',
      '%ka.uri.param[command]',
      '%20proc.name',
    ]);
    for (const ref of r.refs) expect(text.slice(ref.offset, ref.offset + ref.length)).toBe(ref.text);
    expect(r.refs[2]!.expr).toMatchObject({ kind: 'field', name: 'proc.aname', arg: { value: '2' } });
    expect(r.refs[4]).toMatchObject({ width: 20, fields: [{ name: 'proc.name' }] });
  });

  it('stops fields at punctuation that cannot continue a field name', () => {
    const r = parseOutput('%ka.target.name/%ka.target.resource (%okta.actor.name\', %jevt.value[/a/0/b]) %fd.name.');
    expect(r.refs.map((x) => x.fields[0]!.name)).toEqual([
      'ka.target.name',
      'ka.target.resource',
      'okta.actor.name',
      'jevt.value',
      'fd.name',
    ]);
  });

  it('accepts transformers, nested and with a width', () => {
    const r = parseOutput('x=%tolower(proc.name) y=%10basename(fd.name) z=%concat(proc.name, "-", toupper(proc.pname))');
    expect(r.ok).toBe(true);
    expect(r.refs.map((x) => [x.kind, x.width ?? 0, x.fields.map((f) => f.name).join(',')])).toEqual([
      ['transformer', 0, 'proc.name'],
      ['transformer', 10, 'fd.name'],
      ['transformer', 0, 'proc.name,proc.pname'],
    ]);
  });

  it('accepts %container.info (Falco removes it with a warning) like any field', () => {
    expect(parseOutput('%container.info x').refs[0]).toMatchObject({ kind: 'field', expr: { name: 'container.info' } });
  });

  it('lets a catalog decide whether a field takes [arg]', () => {
    const text = '%proc.name[%proc.pid] %proc.aname[2]';
    const r = parseOutput(text, { fieldTakesArg: (n) => n === 'proc.aname' });
    expect(r.refs.map((x) => x.text)).toEqual(['%proc.name', '%proc.pid', '%proc.aname[2]']);
  });

  it.each([
    ['user=%user.name %', 16, 1, 'no-percent-escape'],
    ['100%% sure %proc.name', 3, 2, 'no-percent-escape'],
    ['100% sure', 3, 2, undefined],
    ['cmd=%{proc.cmdline}', 4, 15, 'no-templating'],
    ['process {{proc.exe}} started', 8, 12, 'no-templating'],
    ['process {{ .Proc }} started', 8, 11, 'no-templating'],
    ['name=%name', 5, 5, undefined],
    ['%12', 0, 3, undefined],
    ['x=%proc.env[HOME', 11, 1, undefined],
    ['x=%tolower(proc.name', 3, 8, undefined],
  ])('%j is an error at %i+%i', (text, offset, length, hint) => {
    const r = parseOutput(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const e = r.errors[0]!;
    expect([e.offset, e.length], e.message).toEqual([offset, length]);
    if (hint) expect(e.hint?.code).toBe(hint);
  });

  it('suggests %field for templates and keeps parsing after an error', () => {
    const r = parseOutput('a={{proc.exe}} b=%proc.name c=% d=%fd.name');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.hint?.replacement ?? e.code)).toEqual(['%proc.exe', 'expected-field']);
    expect(r.refs.map((x) => x.text)).toEqual(['%proc.name', '%fd.name']);
  });
});
