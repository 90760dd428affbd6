import type { Check } from '../check.js';
import { invocationsOf } from './parse/invocations.js';

export const inventedCommand: Check = {
  meta: {
    code: 'FR102',
    name: 'invented-command',
    severity: 'error',
    summary: 'A program that does not exist but dresses up or misspells one the catalog knows (falco-event-generator, kubeclt).',
    docs: {
      bad: '```bash\nfalco-event-generator run syscall.DropAndExecuteNewBinaryInContainer\nkubeclt get pods -A\n```',
      good: '```bash\nevent-generator run syscall.DropAndExecuteNewBinaryInContainer\nkubectl get pods -A\n```',
    },
  },
  run({ doc, analysis, report }) {
    for (const invocation of invocationsOf(doc, analysis).all) {
      const invented = invocation.invented;
      if (!invented) continue;
      const what =
        invented.kind === 'falco'
          ? `${invented.name} is not a Falco program (the command-line tools are falco, falcoctl and event-generator)`
          : `${invented.name} is not a program the catalog knows`;
      report({
        line: invocation.nameWord.line,
        column: invocation.nameWord.column,
        message: what,
        suggestion: invented.intended,
      });
    }
  },
};
