import type { Check } from '../check.js';
import { isCatalogProgram } from './model/models.js';
import { isCommonProgram } from './names/known-programs.js';
import { PROGRAM_LIKE } from './names/invented.js';
import { definedFunctions } from './parse/functions.js';
import { invocationsOf } from './parse/invocations.js';

export const unknownCommand: Check = {
  meta: {
    code: 'FR101',
    name: 'unknown-command',
    severity: 'warning',
    summary: 'A program the catalog does not describe and that is not a common Linux tool: check that it exists.',
    docs: {
      bad: '```bash\ncontsec-inspect --container 12d6b2377178\n```',
      good: '```bash\nfalco --dry-run -c /etc/falco/falco.yaml\n```',
    },
  },
  run({ doc, analysis, report }) {
    const functions = definedFunctions(analysis);
    for (const invocation of invocationsOf(doc, analysis).blocks) {
      if (invocation.model || invocation.invented) continue;
      const name = invocation.nameWord.text;
      // Scripts by path, functions the block defines and shell words are the author's own.
      if (name.includes('/') || !PROGRAM_LIKE.test(name) || isCommonProgram(name) || isCatalogProgram(name) || functions.has(name)) continue;
      report({
        line: invocation.nameWord.line,
        column: invocation.nameWord.column,
        message: `${name} is not a program the catalog knows or a common Linux tool; make sure it exists before telling a reader to run it`,
      });
    }
  },
};
