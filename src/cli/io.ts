/** Where a command writes; tests pass buffers, the binary passes the process streams. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads standard input whole, for `-` arguments. */
  stdin: () => Promise<string>;
}

/** Bad usage or unreadable input: exit 2 with the message on stderr. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

export function processIO(): CliIO {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
  };
}
