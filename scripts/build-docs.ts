/** Writes docs/checks.md from the checks' own metadata, so the docs cannot drift from the code. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderChecksDoc } from '../src/checks/docs.js';

const target = join(import.meta.dirname, '..', 'docs', 'checks.md');
writeFileSync(target, renderChecksDoc());
console.log(`wrote ${target}`);
