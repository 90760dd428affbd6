import { describe, expect, it } from 'vitest';
import { checkSedScript, sedScriptsOf } from '../../src/shell/sed.js';

// Every verdict and message below was checked against GNU sed 4.9 (`sed -n -e SCRIPT </dev/null`).
const VALID = [
  's/a/b/g',
  's|a|b|',
  's#a#b#2',
  's/a/b/2g',
  's/a/b/ g',
  's/a/b/iImMe',
  's/a/b/w /dev/null',
  's/a/b/#comment',
  's/a/b/;s/c/d/',
  's/\\/etc\\//x/',
  's/[/]/x/',
  's/[^/]*/x/',
  's/[]/]/x/',
  's/[[:alpha:]/]/x/',
  's/a/b\\\nc/',
  's\\a\\b\\',
  'sxaxbx',
  's/x/\\U&/',
  '1d',
  '$d',
  '/re/d',
  '\\%re%d',
  '/a/I,/b/Mp',
  '1,5p',
  '/a/,/b/p',
  '0~2p',
  '0,/x/p',
  '1,+3p',
  '1,~3p',
  '1!p',
  '1 ! p',
  '$!N',
  '0r /dev/null',
  '$a\\text',
  '$a\\',
  '$a text',
  'a foo;p',
  'i\\\nfoo',
  'a\\\nx\\\ny',
  'c\\',
  '1i\\  foo',
  '1{p}',
  '{p};p',
  '{{p}}',
  '1,3{\np\n}',
  '2!{p}',
  '$!{N;P;D}',
  ':a;N;$!ba;s/\\n/ /g',
  ':a p;ba',
  '1{:a}',
  't x;:x',
  'T;t;b',
  'b;p',
  'q',
  'q5',
  'q 5',
  'Q',
  'l 5',
  'l;l',
  'L',
  'p;q',
  ' ; ;p',
  'p;;p',
  '=;l;x;D;W /dev/null',
  'n;N;g;G;h;H;x;D;P;z;F',
  'e',
  'e ls',
  'r /nonexistent',
  'R f',
  'w /dev/null',
  'v',
  'v 4.2',
  'y/abc/xyz/',
  'y/a\\/c/xyz/',
  'y,a\\,b,x\\,y,',
  'y/abc/\\n\\t\\\\/',
  '#n',
  'p # c',
  '//p',
  's//x/',
  'H;$!d;x',
];

const INVALID: Array<[script: string, message: string, offset: number]> = [
  ['s/.*\\{.*\\}/\\{ trusted_executable_list \\}', "unterminated `s' command", 40],
  ['s/a/b', "unterminated `s' command", 5],
  ['s/a\n/b/', "unterminated `s' command", 3],
  ['s/a[/b/c/', "unterminated `s' command", 9],
  ['s/[[:alpha:]/x/', "unterminated `s' command", 15],
  ['s', "unterminated `s' command", 1],
  ['s/a/b/x', "unknown option to `s'", 6],
  ['s/a/[/]/', "unknown option to `s'", 6],
  ['s/a/b/gg', "multiple `g' options to `s' command", 7],
  ['s/a/b/pp', "multiple `p' options to `s' command", 7],
  ['s/a/b/3 4', "multiple number options to `s' command", 8],
  ['s/a/b/0', "number option to `s' command may not be zero", 6],
  ['s/a/b/w', 'missing filename in r/R/w/W commands', 7],
  ['s★a★b★', 'delimiter character is not a single-byte character', 1],
  ['y/abc/xy/', "strings for `y' command are different lengths", 9],
  ['y/abc/xyz', "unterminated `y' command", 9],
  ['y', "unterminated `y' command", 1],
  ['y/abc/xyz/g', 'extra characters after command', 10],
  ['k', "unknown command: `k'", 0],
  ['5!,3p', "unknown command: `,'", 2],
  ['1', 'missing command', 1],
  ['/a/', 'missing command', 3],
  ['1,2!', 'missing command', 4],
  ['1,p', "unexpected `,'", 2],
  ['1!!p', "multiple `!'s", 2],
  ['/a', 'unterminated address regex', 2],
  ['+1p', 'invalid usage of +N or ~N as first address', 1],
  ['0p', 'invalid usage of line address 0', 1],
  ['0,5p', 'invalid usage of line address 0', 3],
  ['{p', "unmatched `{'", 0],
  ['1{a foo}', "unmatched `{'", 1],
  ['p}', "unexpected `}'", 1],
  ['}', "unexpected `}'", 0],
  ['{p}p', 'extra characters after command', 3],
  ['1{p;2}', "`}' doesn't want any addresses", 5],
  ['pq', 'extra characters after command', 1],
  ['q 5 p', 'extra characters after command', 4],
  ['1,2q', 'command only uses one address', 3],
  ['$a', "expected \\ after `a', `c' or `i'", 2],
  [':', '":" lacks a label', 1],
  ['1:a', ": doesn't want any addresses", 1],
  ['ba', "can't find label for jump to `a'", 0],
  ['$!ba', "can't find label for jump to `a'", 2],
  ['1#x', "comments don't accept any addresses", 1],
  ['r', 'missing filename in r/R/w/W commands', 1],
  ['v 4.10', 'expected newer version of sed', 5],
];

describe('checkSedScript', () => {
  describe('valid', () => {
    for (const script of VALID) {
      it(JSON.stringify(script), () => {
        expect(checkSedScript(script)).toBeUndefined();
      });
    }
  });
  describe('invalid', () => {
    for (const [script, message, offset] of INVALID) {
      it(`${JSON.stringify(script)}: ${message}`, () => {
        expect(checkSedScript(script)).toEqual({ message, offset });
      });
    }
  });

  it('checks several -e scripts once joined by newlines', () => {
    expect(checkSedScript(['1{', 'p', '}'].join('\n'))).toBeUndefined();
    expect(checkSedScript(['a\\', 'foo'].join('\n'))).toBeUndefined();
  });
});

describe('sedScriptsOf', () => {
  const cases: Array<[args: string[], scripts: Array<{ script: string; index: number; start: number }>]> = [
    [['-i', 's/a/b/', 'f'], [{ script: 's/a/b/', index: 1, start: 0 }]],
    [['-i.bak', '-E', 's/a/b/', 'f'], [{ script: 's/a/b/', index: 2, start: 0 }]],
    [['--in-place=.bak', '-n', '-r', '-s', '-z', '-u', 'p', 'f'], [{ script: 'p', index: 6, start: 0 }]],
    [['s/a/b/', '-i', 'f'], [{ script: 's/a/b/', index: 0, start: 0 }]],
    [['-l', '80', 'l', 'f'], [{ script: 'l', index: 2, start: 0 }]],
    [
      ['-e', 's/a/b/', '-e', 's/c/d/', 'f'],
      [
        { script: 's/a/b/', index: 1, start: 0 },
        { script: 's/c/d/', index: 3, start: 0 },
      ],
    ],
    [['-ne', 'p', 'f'], [{ script: 'p', index: 1, start: 0 }]],
    [['-es/a/b/', 'f'], [{ script: 's/a/b/', index: 0, start: 2 }]],
    [['--expression=s/a/b/', 'f'], [{ script: 's/a/b/', index: 0, start: 13 }]],
    [['--expression', 's/a/b/', 'f'], [{ script: 's/a/b/', index: 1, start: 0 }]],
    [['--expr=p'], [{ script: 'p', index: 0, start: 7 }]],
    [['file', '-e', 'p'], [{ script: 'p', index: 2, start: 0 }]],
    [['-f', 'script.sed', 'f'], []],
    [['--', '-x'], [{ script: '-x', index: 1, start: 0 }]],
    [['-n'], []],
  ];
  for (const [args, scripts] of cases) {
    it(args.join(' '), () => {
      expect(sedScriptsOf(args)).toEqual(scripts);
    });
  }
});
