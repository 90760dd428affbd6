import { readFile } from 'node:fs/promises';
import { describeFsError } from '../util/fs-error.js';
import { AlertInputError } from './errors.js';

/** Where `-` reads from; injectable so tests need not touch the real stdin. */
export interface StdinLike extends AsyncIterable<string | Buffer | Uint8Array> {
  isTTY?: boolean;
}

export interface TextInputOptions {
  stdin?: StdinLike;
}

/** The name used for stdin in messages and in LocatedAlert.file. */
export const STDIN_NAME = '<stdin>';

/**
 * Reads a whole text input: a file path, or `-` for stdin. Failures become AlertInputErrors that say which file
 * and why in plain words ("file not found", "permission denied", "is a directory").
 */
export async function readTextInput(path: string, options: TextInputOptions = {}): Promise<{ text: string; file: string }> {
  if (path === '-') return { text: await readStdin(options.stdin ?? process.stdin), file: STDIN_NAME };
  try {
    return { text: await readFile(path, 'utf8'), file: path };
  } catch (error) {
    throw new AlertInputError(`cannot read alerts from ${path}: ${describeFsError(error)}`, path, undefined, { cause: error });
  }
}

async function readStdin(stdin: StdinLike): Promise<string> {
  // Waiting on an interactive terminal looks like a hang; say what is expected instead.
  if (stdin.isTTY) {
    throw new AlertInputError(
      'cannot read alerts from stdin: it is a terminal; pipe alerts in (e.g. `cat events.json | falco-report ... -`) or pass a file',
      STDIN_NAME,
    );
  }
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  } catch (error) {
    throw new AlertInputError(`cannot read alerts from stdin: ${describeFsError(error)}`, STDIN_NAME, undefined, { cause: error });
  }
  return Buffer.concat(chunks).toString('utf8');
}
