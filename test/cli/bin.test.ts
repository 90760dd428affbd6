import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '..', '..', 'dist', 'bin.js');

// The built binary is what `npx falco-report` runs on a fresh clone; CI builds before it tests.
describe.runIf(existsSync(bin))('the built falco-report binary', () => {
  it('runs by itself (executable, with its shebang) and checks a report from the command line', () => {
    const out = execFileSync(bin, ['check', join(import.meta.dirname, '..', '..', 'fixtures', 'reports', 'terminal-shell.md')], { encoding: 'utf8' });
    expect(out).toMatch(/1 file checked: 0 errors/);
  });
});
