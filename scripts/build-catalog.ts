/**
 * Writes catalog/*.json from ../shared. Usage: npm run catalog [-- --shared DIR] [-- --out DIR]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildCatalog } from './catalog-builder.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return resolve(i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback);
}

const shared = arg('--shared', join(import.meta.dirname, '..', '..', 'shared'));
const outDir = arg('--out', join(import.meta.dirname, '..', 'catalog'));
mkdirSync(outDir, { recursive: true });
for (const [name, data] of Object.entries(buildCatalog(shared))) {
  writeFileSync(join(outDir, `${name}.json`), JSON.stringify(data) + '\n');
}
console.log(`catalog written to ${outDir} from ${shared}`);
