import { createHash } from 'node:crypto';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FalcoAlert } from '../alerts/schema.js';
import { slugOf } from '../report/slug.js';

/**
 * File names and writes for `generate --out DIR`. A name is stable (the same alert always gets the same name, so
 * a re-run replaces its report instead of piling up copies) and unique (rule, time to the second, and a hash of
 * the whole alert).
 */

/** `terminal-shell-in-container-20230525T134405Z-1a2b3c4d` (no extension). */
export function reportBaseName(alert: FalcoAlert): string {
  const hash = createHash('sha256').update(JSON.stringify(alert)).digest('hex').slice(0, 8);
  const stamp = compactTime(alert.time);
  return [slugOf(alert.rule), stamp, hash].filter(Boolean).join('-');
}

/** `2023-05-25T13:44:05.478445995Z` → `20230525T134405Z`; empty when the time is not ISO 8601. */
function compactTime(time: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/.exec(time);
  return m ? `${m[1]}${m[2]}${m[3]}T${m[4]}${m[5]}${m[6]}Z` : '';
}

/** Hands out base names, adding `-2`, `-3`... when the same alert appears more than once in one run. */
export class NameAllocator {
  private readonly used = new Set<string>();
  allocate(alert: FalcoAlert): string {
    const base = reportBaseName(alert);
    let name = base;
    for (let n = 2; this.used.has(name); n++) name = `${base}-${n}`;
    this.used.add(name);
    return name;
  }
}

/**
 * Writes `text` to DIR/name through `name.<pid>.tmp` in the same directory and a rename, which is atomic on one
 * file system: a reader (or a crash) sees the old file or the whole new one, never half a report. On failure the
 * temporary file is removed.
 */
export async function writeFileAtomic(dir: string, name: string, text: string): Promise<string> {
  const target = join(dir, name);
  const temporary = join(dir, `${name}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, text, { encoding: 'utf8', flag: 'w' });
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  return target;
}
