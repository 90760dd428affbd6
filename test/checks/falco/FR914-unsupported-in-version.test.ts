import { unsupportedInVersion } from '../../../src/checks/falco/unsupported-in-version.js';
import { findingsOf, testCheck } from '../tester.js';
import { fence, rule } from './rules-md.js';
import { checkReportWith } from '../../../src/checks/run.js';
import { loadShellParser } from '../../../src/shell/parser.js';
import { describe, expect, it } from 'vitest';

testCheck(unsupportedInVersion, {
  valid: [
    { name: 'the upstream engine requirement', md: fence('- required_engine_version: 0.57.0') },
    { name: 'legacy integer form', md: fence('- required_engine_version: 15') },
    { name: 'modifiers in Falco 0.44', md: fence(rule({ condition: 'spawned_process and proc.name startswith oneof (ba, zs)' })) },
  ],
  invalid: [
    { name: 'an engine newer than Falco 0.44.1', md: fence('- required_engine_version: 0.99.0'), errors: [{ line: 2, message: 'newer than the rules engine of Falco 0.44.1 (0.62.0)' }] },
    { name: 'a legacy integer too high', md: fence('- required_engine_version: 70'), errors: [{ line: 2, message: 'required_engine_version 70' }] },
  ],
});

describe('FR914 with --falco-version', () => {
  it('flags oneof in a rule for Falco 0.43', async () => {
    void findingsOf;
    const parser = await loadShellParser();
    const md = fence(rule({ condition: 'spawned_process and proc.name startswith oneof (ba, zs)' }));
    const found = checkReportWith(parser, md, { file: 'r.md', checks: [unsupportedInVersion], falcoVersion: '0.43.0' });
    expect(found.map((f) => [f.line, f.column])).toEqual([[4, 55]]);
    expect(found[0]!.message).toContain("'oneof' operator modifier arrived in Falco 0.44.0");
    expect(checkReportWith(parser, md, { file: 'r.md', checks: [unsupportedInVersion], falcoVersion: '0.44.0' })).toEqual([]);
  });
});
