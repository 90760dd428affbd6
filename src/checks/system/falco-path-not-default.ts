import type { SimpleCommand, Word } from '../../shell/types.js';
import type { Check } from '../check.js';
import { falcoPathAbsentOnStockInstall } from './paths.js';
import { pathsInCommand } from './path-words.js';
import { isWriteRedirect, parseArgs, programOf } from './words.js';

/** Programs whose operands they create rather than read. */
const CREATORS = new Set(['mkdir', 'touch', 'tee', 'install']);

/** Words of a command that it writes to or creates: redirect targets, tee/mkdir/touch operands, a copy's destination. */
function writtenWords(command: SimpleCommand): Set<Word> {
  const written = new Set<Word>(command.redirects.filter((r) => isWriteRedirect(r.operator)).map((r) => r.target));
  const program = programOf(command) ?? '';
  if (CREATORS.has(program)) for (const w of command.args) written.add(w);
  if (['cp', 'mv', 'ln', 'rsync'].includes(program)) {
    const last = parseArgs(command.args).operands.at(-1);
    if (last) written.add(last);
  }
  return written;
}

export const falcoPathNotDefault: Check = {
  meta: {
    code: 'FR304',
    name: 'falco-path-absent-by-default',
    severity: 'warning',
    // A warning: the file is real once the user configures it (file_output.filename), so the report may be right for
    // a customised install; on a stock one it reads nothing.
    summary: 'Reads a Falco file a stock install does not have (`/var/log/falco.log`), without configuring it first.',
    docs: {
      bad: '```bash\nsudo tail -f /var/log/falco.log\n```',
      good: '```bash\nsudo journalctl -fu falco-modern-bpf.service\n```',
    },
  },
  run({ doc, analysis, report }) {
    // A report that talks about file_output is setting up (or assuming) a customised install.
    if (doc.lines.some((l) => /\bfile_output\b/.test(l))) return;
    const created = new Set(analysis.commands.flatMap((c) => [...writtenWords(c)].map((w) => w.text)));
    for (const command of analysis.commands) {
      const written = writtenWords(command);
      for (const mention of pathsInCommand(command)) {
        if (written.has(mention.word) || created.has(mention.word.text)) continue;
        const entry = falcoPathAbsentOnStockInstall(mention.path);
        if (!entry) continue;
        const why = /\.log$|\/log\//.test(entry.path)
          ? 'Falco sends alerts to stdout and syslog (journalctl -u falco-modern-bpf.service) and writes a file only when file_output is enabled'
          : 'nothing creates it unless Falco is configured to';
        report({ line: mention.word.line, column: mention.word.column, message: `${entry.path} does not exist on a stock Falco install: ${why}` });
      }
    }
  },
};
