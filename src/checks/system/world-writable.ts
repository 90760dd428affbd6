import type { Word } from '../../shell/types.js';
import type { Check } from '../check.js';
import { normalizePath } from './actions.js';
import { isUnderProtectedTree } from './system-paths.js';
import { programOf } from './words.js';

/**
 * True when a chmod mode lets everyone write: octal with the others' write bit (777, 0666) and no
 * sticky bit (1777 is the normal mode of shared scratch directories), or a symbolic clause that
 * gives `w` to `o` or `a` (`a+rwx`, `o+w`, `ugo=rwx`). Plain `+w` obeys the umask and is left alone.
 */
export function isWorldWritable(mode: string): boolean {
  const octal = /^0*([0-7]{3,4})$/.exec(mode);
  if (octal) {
    const digits = octal[1]!.padStart(4, '0');
    return (Number(digits[0]) & 1) === 0 && (Number(digits[3]) & 2) !== 0;
  }
  return mode.split(',').some((clause) => {
    const m = /^([ugoa]*)([-+=])([rwxXst]*)$/.exec(clause);
    return !!m && /[oa]/.test(m[1]!) && m[2] !== '-' && m[3]!.includes('w');
  });
}

export const worldWritableSystemPath: Check = {
  meta: {
    code: 'FR607',
    name: 'world-writable-system-path',
    severity: 'error',
    summary: 'Makes a system file or directory writable by everyone (`chmod 777 /etc/...`, `chmod -R a+rwx /var/lib/...`).',
    docs: {
      bad: '```bash\nsudo chmod 666 /var/run/docker.sock\nsudo chmod -R 777 /etc/falco\n```',
      good: '```bash\nsudo chmod 640 /etc/falco/falco.yaml\nchmod 700 /tmp/falco-investigation\n```',
    },
  },
  run({ analysis, report }) {
    for (const command of analysis.commands) {
      if (programOf(command) !== 'chmod') continue;
      const operands: Word[] = [];
      for (const word of command.args) {
        // chmod's options are letters (-R, -v, -f, -c) or long words; a mode like -w is an operand.
        if (/^-[RvcfHLP]+$/.test(word.text) || /^--[a-z-]+(=.*)?$/.test(word.text)) continue;
        operands.push(word);
      }
      const [mode, ...files] = operands;
      if (!mode || mode.dynamic || !isWorldWritable(mode.text)) continue;
      for (const file of files) {
        if (/[$`<]/.test(file.text)) continue;
        const path = normalizePath(file.text);
        if (!path.startsWith('/') || !isUnderProtectedTree(path)) continue;
        report({
          line: file.line,
          column: file.column,
          message: `chmod ${mode.text} makes ${path} writable by every user: any local user (or a compromised container with the path mounted) can then change it; grant access to the one user or group that needs it`,
        });
      }
    }
  },
};
