import { describe, expect, it } from 'vitest';
import { createKnownItems, validateRules, validateRulesText } from '../../../src/falco/rules/validate.js';

/** [line, column, code] of each problem. */
const where = (text: string, options = {}) => validateRulesText(text, options).map((p) => [p.line, p.column, p.code]);

const head = '- rule: A\n  desc: d\n';
const tail = '  output: o\n  priority: INFO\n';

describe('validateRulesText positions', () => {
  it('a plain condition continued on the next line', () => {
    expect(where(`${head}  condition: spawned_process and\n    container and proc.nme = bash\n${tail}`)).toEqual([[4, 19, 'FR908']]);
  });

  it("a single-quoted condition with '' escapes", () => {
    expect(where(`${head}  condition: 'proc.cmdline = ''a b'' and proc.nme = x'\n${tail}`)).toEqual([[3, 42, 'FR908']]);
  });

  it('a double-quoted condition with \\" escapes', () => {
    expect(where(`${head}  condition: "proc.cmdline = \\"x\\" and proc.nme = y"\n${tail}`)).toEqual([[3, 40, 'FR908']]);
  });

  it('a folded block condition', () => {
    expect(where(`${head}  condition: >\n    spawned_process and\n    proc.nme = bash\n${tail}`)).toEqual([[5, 5, 'FR908']]);
  });

  it('a folded block with a more-indented line and an empty line', () => {
    const text = `${head}  condition: >-\n    spawned_process and\n      (container or\n\n    proc.nme = bash)\n${tail}`;
    expect(where(text)).toEqual([[7, 5, 'FR908']]);
  });

  it('a literal block output', () => {
    expect(where(`${head}  condition: spawned_process\n  output: |\n    Shell ran\n    by %proc.nmae\n  priority: INFO\n`)).toEqual([[6, 9, 'FR911']]);
  });

  it('a double-quoted output with an escaped line break', () => {
    expect(where(`${head}  condition: spawned_process\n  output: "Shell \\\n    %proc.nmae"\n  priority: INFO\n`)).toEqual([[5, 6, 'FR911']]);
  });

  it('a syntax error inside a folded condition points at the operator', () => {
    expect(where(`${head}  condition: >\n    spawned_process and\n    container && proc.name = bash\n${tail}`)).toEqual([[5, 15, 'FR907']]);
  });

  it('CRLF line endings', () => {
    const text = `${head}  condition: spawned_process and\n    proc.nme = bash\n${tail}`.replace(/\n/g, '\r\n');
    expect(where(text)).toEqual([[4, 5, 'FR908']]);
  });

  it('keys and values', () => {
    const text = '- rule: A\n  desc: d\n  condition: spawned_process\n  output: o\n  priority: HIGH\n  severity: high\n';
    expect(where(text)).toEqual([
      [5, 13, 'FR905'],
      [6, 3, 'FR902'],
    ]);
  });

  it('INI text after a comment', () => {
    expect(where('# custom rules\n[rule]\nname = x\npriority = ERROR')).toEqual([[2, 1, 'FR901']]);
    expect(validateRulesText('# custom rules\n[rule]\nname = x\npriority = ERROR')[0]!.endLine).toBe(4);
  });

  it('an unterminated quote is shown at its opening quote', () => {
    expect(where('- rule: A\n  desc: d\n  condition: spawned_process\n  output: "o %proc.name\n  priority: INFO\n')).toEqual([[4, 11, 'FR915']]);
  });

  it('problems of a second YAML document keep their lines', () => {
    expect(where(`- required_engine_version: 0.57.0\n---\n${head}  condition: proc.nme = x\n${tail}`)).toEqual([[5, 14, 'FR908']]);
  });

  it('suggestions and severities', () => {
    const [p] = validateRulesText(`${head}  condition: spawned_process and proc.name in shell_binaires\n${tail}`);
    expect(p).toMatchObject({ code: 'FR916', severity: 'warning', suggestion: 'shell_binaries', line: 3, column: 47 });
  });
});

describe('validateRules semantics', () => {
  it('passes a correct custom rules file and counts what it read', () => {
    const text = [
      '- required_engine_version: 0.57.0',
      '- list: my_shells',
      '  items: [bash, zsh]',
      '- macro: my_shell_procs',
      '  condition: proc.name in (my_shells)',
      '- rule: My shell',
      '  desc: d',
      '  condition: spawned_process and container and my_shell_procs',
      '  output: Shell (user=%user.name container=%container.id)',
      '  priority: warning',
      '  tags: [shell]',
      '  exceptions:',
      '    - name: parents',
      '      fields: [proc.pname]',
      '      values:',
      '        - [sshd]',
      '- rule: My shell',
      '  exceptions:',
      '    - name: parents',
      '      values:',
      '        - [tmux]',
      '  override:',
      '    exceptions: append',
      '- rule: Terminal shell in container',
      '  enabled: false',
    ].join('\n');
    const result = validateRules(text);
    expect(result.problems).toEqual([]);
    expect(result.stats).toEqual({ rules: 3, macros: 1, lists: 1, conditions: 2 });
  });

  it('an override in a later file refers to an item of an earlier one', () => {
    const first = validateRules('- list: my_bins\n  items: [nc]\n');
    const later = '- list: my_bins\n  items: [ncat]\n  override:\n    items: append\n';
    expect(validateRulesText(later, { knownItems: first.known })).toEqual([]);
    expect(validateRulesText(later, { knownItems: createKnownItems() }).map((p) => p.code)).toEqual(['FR913']);
  });

  it('appending fields to an exception of a rule of the same text is rejected', () => {
    const text = `${head}  condition: spawned_process\n${tail}  exceptions:\n    - name: e\n      fields: [proc.name]\n- rule: A\n  exceptions:\n    - name: e\n      fields: [proc.pname]\n  override:\n    exceptions: append\n`;
    expect(where(text)).toEqual([[12, 7, 'FR912']]);
  });

  it('a macro is checked against the source of the rules using it', () => {
    const text = '- macro: m\n  condition: ka.verb = create\n- rule: K\n  desc: d\n  condition: kevt and m\n  output: o\n  priority: INFO\n  source: k8s_audit\n';
    expect(where(text)).toEqual([]);
    expect(where(text.replace('source: k8s_audit', 'source: syscall').replace('kevt and m', 'm'))).toEqual([[2, 14, 'FR908']]);
  });

  it('required_engine_version per Falco version', () => {
    expect(where('- required_engine_version: 0.62.0')).toEqual([]);
    expect(where('- required_engine_version: 0.63.0')).toEqual([[1, 28, 'FR914']]);
    // For an older Falco the catalog only knows the engine is not newer than 0.62.0.
    expect(where('- required_engine_version: 0.63.0', { falcoVersion: '0.40.0' })).toEqual([[1, 28, 'FR914']]);
    // For a newer Falco nothing is known.
    expect(where('- required_engine_version: 0.63.0', { falcoVersion: '0.45.0' })).toEqual([]);
  });

  it('modifiers only from Falco 0.44.0', () => {
    const text = `${head}  condition: spawned_process and proc.name startswith oneof (ba, zs)\n${tail}`;
    expect(where(text)).toEqual([]);
    expect(where(text, { falcoVersion: '0.43.1' })).toEqual([[3, 55, 'FR914']]);
  });

  it('a rule with only rule and enabled is accepted for an upstream rule', () => {
    expect(where('- rule: Terminal shell in container\n  enabled: false')).toEqual([]);
    expect(where('- rule: Not an upstream rule\n  enabled: false')).toEqual([[1, 3, 'FR913']]);
  });

  it('keys Falco ignores are errors, naming the real key', () => {
    const problems = validateRulesText(`${head}  condition: spawned_process\n${tail}  filter: proc.name = x\n`);
    expect(problems).toMatchObject([{ code: 'FR902', line: 6, column: 3, suggestion: 'condition' }]);
  });

  it('empty and comment-only texts are fine', () => {
    expect(where('')).toEqual([]);
    expect(where('# nothing here\n')).toEqual([]);
  });
});
