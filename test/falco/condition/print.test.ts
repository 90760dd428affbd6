import { describe, expect, it } from 'vitest';
import { parseCondition, printCondition, stripPositions } from '../../../src/falco/condition/index.js';

function print(text: string, options = {}): string {
  const r = parseCondition(text, options);
  if (!r.ok) throw new Error(r.error.message);
  return printCondition(r.ast);
}

function roundTrips(text: string, options = {}): void {
  const first = parseCondition(text, options);
  if (!first.ok) throw new Error(first.error.message);
  const printed = printCondition(first.ast);
  const second = parseCondition(printed, options);
  if (!second.ok) throw new Error(`${printed}: ${second.error.message}`);
  expect(stripPositions(second.ast)).toEqual(stripPositions(first.ast));
}

describe('printCondition', () => {
  it.each([
    ['proc.name==bash', 'proc.name = bash'],
    ['  a\n and\tb  ', 'a and b'],
    ['x and(y or z)', 'x and (y or z)'],
    ['a or b and c', 'a or b and c'],
    ['(a or b) and c', '(a or b) and c'],
    ['(a and b) and c', '(a and b) and c'],
    ['a and (b and c)', 'a and (b and c)'],
    ['(a or b) or c', '(a or b) or c'],
    ['a or (b and c)', 'a or b and c'],
    ['not(a)', 'not a'],
    ['not (a or b)', 'not (a or b)'],
    ['not not a', 'not not a'],
    ['not (not a)', 'not not a'],
    ['not proc.name in (a,b)', 'not proc.name in (a, b)'],
    ["proc.name in ( a ,'b c',  3 )", "proc.name in (a, 'b c', 3)"],
    ['proc.name in()', 'proc.name in ()'],
    ['proc.name in shell_binaries', 'proc.name in shell_binaries'],
    ['proc.name startswith   oneof  (ba,zs)', 'proc.name startswith oneof (ba, zs)'],
    ['fd.num>=0x10', 'fd.num >= 0x10'],
    ['proc.env[HOME]=/root', 'proc.env[HOME] = /root'],
    ['proc.env["HOME"] exists', 'proc.env["HOME"] exists'],
    ['proc.name=val( proc.pname )', 'proc.name = val(proc.pname)'],
    ['getopt(proc.args,"c:")[c] exists', 'getopt(proc.args, "c:")[c] exists'],
    ['concat(proc.name,(proc.pname,1)) = x', 'concat(proc.name, (proc.pname, 1)) = x'],
    ['proc.args contains "\\ "', 'proc.args contains "\\ "'],
    ["proc.cmdline contains 'a \"b\"'", "proc.cmdline contains 'a \"b\"'"],
    ['proc.name containsin (a)', 'proc.name in (a)'],
  ])('%j → %j', (input, expected) => {
    expect(print(input)).toBe(expected);
    roundTrips(input);
  });

  it('keeps parentheses around a check whose value is a modifier word', () => {
    expect(print('(proc.name = oneof) and b')).toBe('(proc.name = oneof) and b');
    roundTrips('(proc.name = oneof) and b');
    roundTrips('not (proc.name = allof) or b');
  });

  it('prints libsCompat-only trees back to text that parses the same way', () => {
    roundTrips('evt.type = {{x}}', { libsCompat: true });
    roundTrips('a and not', { libsCompat: true });
  });
});
