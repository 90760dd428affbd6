import { nearest } from '../../util/nearest.js';
import type { Check } from '../check.js';
import { invocationsOf } from './parse/invocations.js';

export const unknownSubcommand: Check = {
  meta: {
    code: 'FR103',
    name: 'unknown-subcommand',
    severity: 'error',
    summary: 'A subcommand the program does not have (docker isolate, falcoctl install, systemctl status-all).',
    docs: {
      bad: '```bash\ndocker isolate 12d6b2377178\nfalcoctl install falco-rules\n```',
      good: '```bash\ndocker network disconnect bridge 12d6b2377178\nfalcoctl artifact install falco-rules\n```',
    },
  },
  run({ doc, analysis, report }) {
    for (const invocation of invocationsOf(doc, analysis).all) {
      for (const event of invocation.parsed?.events ?? []) {
        if (event.kind !== 'unknown-subcommand') continue;
        const { node, word } = event;
        const suggestion = nearest(word.text, node.subcommandNames);
        const known = node.subcommandNames.length <= 12 ? ` (it has ${node.subcommandNames.join(', ')})` : '';
        report({
          line: word.line,
          column: word.column,
          message: `${node.path} has no subcommand ${word.text}${suggestion ? '' : known}`,
          ...(suggestion ? { suggestion } : {}),
        });
      }
    }
  },
};
