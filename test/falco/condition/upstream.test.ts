import { describe, expect, it } from 'vitest';
import { parseCondition, parseOutput, printCondition, stripPositions } from '../../../src/falco/condition/index.js';
import { upstream } from './upstream.js';

describe('upstream Falco rules (falco_rules, incubating, sandbox, deprecated, application, plugins)', () => {
  it('finds the rules files and their conditions and outputs', () => {
    expect(upstream.files.length).toBeGreaterThanOrEqual(11);
    expect(upstream.conditions.length).toBeGreaterThan(600);
    expect(upstream.outputs.length).toBeGreaterThan(200);
    expect(upstream.conditions.some((c) => c.kind === 'macro')).toBe(true);
    expect(upstream.conditions.some((c) => c.file.startsWith('plugins/'))).toBe(true);
  });

  it('parses every condition of every rule and macro', () => {
    const failures = upstream.conditions.flatMap((c) => {
      const r = parseCondition(c.text);
      return r.ok ? [] : [`${c.file} ${c.kind} '${c.name}': ${r.error.message} at ${r.error.offset}`];
    });
    console.log(`conditions parsed: ${upstream.conditions.length - failures.length}/${upstream.conditions.length}`);
    expect(failures).toEqual([]);
  });

  it('parses every output', () => {
    let refs = 0;
    const failures = upstream.outputs.flatMap((o) => {
      const r = parseOutput(o.text);
      refs += r.refs.length;
      return r.ok ? [] : [`${o.file} '${o.name}': ${r.errors.map((e) => e.message).join('; ')}`];
    });
    console.log(`outputs parsed: ${upstream.outputs.length - failures.length}/${upstream.outputs.length} (${refs} %field references)`);
    expect(failures).toEqual([]);
    expect(refs).toBeGreaterThan(1000);
  });

  it('round-trips every condition through the printer', () => {
    let checked = 0;
    for (const c of upstream.conditions) {
      const first = parseCondition(c.text);
      if (!first.ok) continue;
      const printed = printCondition(first.ast);
      const second = parseCondition(printed);
      expect(second.ok, `${c.name}: ${printed}`).toBe(true);
      if (!second.ok) continue;
      expect(stripPositions(second.ast), c.name).toEqual(stripPositions(first.ast));
      // printing is canonical: a second round is a fixed point
      expect(printCondition(second.ast)).toBe(printed);
      checked++;
    }
    expect(checked).toBe(upstream.conditions.length);
  });

  it('finds the upstream constructs that matter for tokenising', () => {
    const all = upstream.conditions.map((c) => c.text).join('\n');
    // dotted suffix arguments are part of the field token
    expect(all).toContain('evt.arg.flags');
    // libs' `\ ` escape quirk and a bare value ending right before ')'
    expect(all).toContain('proc.args contains "\\ "');
    expect(all).toContain('proc.args endswith \\)');
    const sudo = upstream.conditions.find((c) => c.name === 'Sudo Potential Privilege Escalation')!;
    const r = parseCondition(sudo.text);
    expect(r.ok).toBe(true);
    expect(printCondition(r.ok ? r.ast : (undefined as never))).toContain('proc.args endswith \\)');
  });
});
