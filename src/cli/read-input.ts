import { readFile } from 'node:fs/promises';
import { UsageError, type CliIO } from './io.js';

/** Reads a file named on the command line (or stdin for `-`), turning OS errors into messages that name the file. */
export async function readInput(path: string, io: CliIO): Promise<string> {
  if (path === '-') return io.stdin();
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a directory, not a file' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new UsageError(`${path}: ${why}`);
  }
}
