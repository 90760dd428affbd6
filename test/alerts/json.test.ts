import { describe, expect, it } from 'vitest';
import { JsonSyntaxError, LineIndex, parseJson, parseJsonSequence } from '../../src/alerts/json.js';

describe('parseJson agrees with JSON.parse', () => {
  const valid = [
    '0',
    '-0',
    '-1',
    '1.5e3',
    '2E-2',
    '123456789012345',
    'true',
    'false',
    'null',
    '""',
    '"a\\"b\\\\c\\/d\\b\\f\\n\\r\\t"',
    '"\\u00e9\\uD83D\\uDE00 é 😀"',
    '[]',
    '{}',
    ' [1, [2, [3, {"a": [null]}]]] ',
    '{"a":1,"a":2}',
    '{"proc.aname[2]":"sudo","x":{"y":[true,false]}}',
    '\t\r\n{"k" : "v"}\n',
  ];
  it.each(valid)('%s', (text) => {
    expect(parseJson(text)).toEqual(JSON.parse(text));
  });

  const invalid: Array<[string, string]> = [
    ['', 'unexpected end of input'],
    ['{', "unexpected end of input (expected a double-quoted property name)"],
    ['{"a"}', "expected ':' after the property name, found '}'"],
    ["{'a':1}", "expected a double-quoted property name, found '''"],
    ['[1,]', "unexpected character ']'"],
    ['[1 2]', "expected ',' or ']' after an array element, found '2'"],
    ['01', 'invalid number'],
    ['1.', 'invalid number'],
    ['-', 'invalid number'],
    ['NaN', "unexpected character 'N'"],
    ['tru', "unexpected character 't'"],
    ['"a\nb"', 'unterminated string (line break inside a string)'],
    ['"a\tb"', 'control character inside a string'],
    ['"\\x"', 'invalid escape \\x'],
    ['"\\u12"', 'invalid \\u escape (expected 4 hex digits)'],
    ['"abc', 'unterminated string'],
    ['{} {}', 'unexpected content after the JSON value'],
  ];
  it.each(invalid)('rejects %j: %s', (text, reason) => {
    expect(() => JSON.parse(text)).toThrow();
    try {
      parseJson(text);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(JsonSyntaxError);
      expect((e as JsonSyntaxError).reason).toBe(reason);
    }
  });
});

describe('parseJson specifics', () => {
  it('reports line and column of the error', () => {
    try {
      parseJson('{\n  "a": 1,\n  "b": ?\n}');
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({ line: 3, column: 8, offset: 19 });
      expect((e as Error).message).toBe("unexpected character '?' at line 3, column 8");
    }
  });

  it('keeps a "__proto__" key as data', () => {
    const value = parseJson('{"__proto__": {"polluted": true}}') as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('largeIntegers: string keeps integers beyond 2^53 exact, and only those', () => {
    const text = '[1746622234502309868, -1746622234502309868, 9007199254740991, 9007199254740992, 1.7e18, 12.5]';
    expect(parseJson(text, { largeIntegers: 'string' })).toEqual([
      '1746622234502309868',
      '-1746622234502309868',
      9007199254740991,
      '9007199254740992',
      1.7e18,
      12.5,
    ]);
    expect(parseJson(text)).toEqual(JSON.parse(text));
  });

  it('refuses absurd nesting instead of overflowing the stack', () => {
    expect(() => parseJson('['.repeat(10_000))).toThrow(/nesting deeper than/);
  });
});

describe('parseJsonSequence', () => {
  it('returns each top-level value with its offset, and array element offsets', () => {
    const text = '{"a":1}\n\n[ {"b":2},\n  {"c":3} ]\n"x"';
    const docs = parseJsonSequence(text);
    expect(docs.map((d) => d.offset)).toEqual([0, 9, 32]);
    expect(docs[1]?.itemOffsets).toEqual([11, 22]);
    expect(docs[0]?.itemOffsets).toBeUndefined();
    const lines = new LineIndex(text);
    expect([0, 9, 11, 22, 32].map((o) => lines.lineOf(o))).toEqual([1, 3, 3, 4, 5]);
  });

  it('gives [] for whitespace', () => {
    expect(parseJsonSequence(' \n ')).toEqual([]);
  });
});
