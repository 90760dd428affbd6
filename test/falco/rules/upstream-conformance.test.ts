import { describe, expect, it } from 'vitest';
import { checkRulesFiles } from '../../../src/falco/rules/files.js';
import { hasUpstream, upstreamFiles } from './upstream.js';

/**
 * Every upstream rules file of Falco 0.44.1 loads in Falco, so it must pass: a single finding
 * here is a false error the checker would also raise on a report quoting real rules.
 */
describe.runIf(hasUpstream)('upstream Falco rules pass check-rules', () => {
  const files = upstreamFiles();

  it('reports nothing on any upstream rules file (plugin rules included)', () => {
    const { findings, stats } = checkRulesFiles(files, {});
    console.log(
      `upstream rules: ${files.length} files, ${stats.rules} rules, ${stats.macros} macros, ${stats.lists} lists, ${stats.conditions} conditions parsed; ${findings.length} findings`,
    );
    expect(findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.code} ${f.message}`)).toEqual([]);
    expect(files.length).toBeGreaterThanOrEqual(11);
    expect(stats.rules).toBeGreaterThan(200);
    expect(stats.conditions).toBeGreaterThan(600);
  });

  it('each file also passes on its own after falco_rules.yaml', () => {
    const base = files.find((f) => f.file === 'falco_rules.yaml')!;
    for (const file of files) {
      const chain = file === base ? [base] : [base, ...(file.file.includes('k8saudit-gke') ? files.filter((f) => f.file.includes('plugins/k8saudit/')) : []), file];
      expect(checkRulesFiles(chain, {}).findings.map((f) => `${f.file}:${f.line} ${f.code} ${f.message}`)).toEqual([]);
    }
  });
});
