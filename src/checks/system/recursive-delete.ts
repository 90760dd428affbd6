import type { Check } from '../check.js';
import { normalizePath, rmRecursive } from './actions.js';
import { isSystemDir } from './system-paths.js';

export const recursiveDeleteSystemPath: Check = {
  meta: {
    code: 'FR606',
    name: 'recursive-delete-system-path',
    severity: 'error',
    summary: 'A recursive `rm` of a system directory (`rm -rf /`, `/etc`, `/var/lib/docker`, `/var/log/*`).',
    docs: {
      bad: '```bash\nsudo rm -rf /var/lib/docker\n```',
      good: '```bash\ndocker rm -f c61b4b13ae44\nrm -rf /tmp/falco-investigation\n```',
    },
  },
  run({ analysis, report }) {
    for (const command of analysis.commands) {
      const rm = rmRecursive(command);
      if (!rm?.recursive) continue;
      for (const word of rm.operands) {
        // `$DIR/` could be anything: only literal paths (and their /* globs) are judged.
        if (/[$`<]/.test(word.text)) continue;
        const path = normalizePath(word.text);
        if (!isSystemDir(path)) continue;
        report({
          line: word.line,
          column: word.column,
          message: `rm -r ${path} deletes a system directory: it destroys the host and the evidence; remove only the specific files involved`,
        });
      }
    }
  },
};
