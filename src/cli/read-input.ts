import { readFile } from 'node:fs/promises';
import { describeFsError } from '../util/fs-error.js';
import { UsageError, type CliIO } from './io.js';

/** Reads a file named on the command line (or stdin for `-`), turning OS errors into messages that name the file. */
export async function readInput(path: string, io: CliIO): Promise<string> {
  if (path === '-') return io.stdin();
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`${path}: ${describeFsError(error)}`);
  }
}
