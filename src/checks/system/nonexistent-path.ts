import type { Check } from '../check.js';
import { pathsInCommand } from './path-words.js';
import { checkWellKnownPath } from './paths.js';

export const nonexistentPath: Check = {
  meta: {
    code: 'FR301',
    name: 'nonexistent-well-known-path',
    severity: 'error',
    summary: "A Falco, Docker, containerd/CRI-O, Kubernetes or /proc path that does not exist where the report puts it.",
    docs: {
      bad: '```bash\nvi /etc/falco/falco.conf\ncat /etc/docker/containers/<container_id>/config.json\n```',
      good: '```bash\nvi /etc/falco/falco.yaml\ncat /var/lib/docker/containers/<container_id>/config.v2.json\ncp custom.yaml /etc/falco/rules.d/\n```',
    },
  },
  run({ analysis, report }) {
    for (const command of analysis.commands) {
      for (const mention of pathsInCommand(command)) {
        const problem = checkWellKnownPath(mention.path);
        if (!problem) continue;
        report({
          line: mention.word.line,
          column: mention.word.column + (mention.word.raw === mention.word.text ? mention.offset : 0),
          message: problem.message,
          ...(problem.suggestion ? { suggestion: problem.suggestion } : {}),
        });
      }
    }
  },
};
