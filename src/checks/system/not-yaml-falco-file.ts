import type { Check } from '../check.js';
import { falcoFileKind, looksLikeIni } from './falco-files.js';
import { fileWritesOf } from './file-writes.js';

export const notYamlFalcoFile: Check = {
  meta: {
    code: 'FR303',
    name: 'ini-written-to-falco-file',
    severity: 'error',
    summary: 'INI text (`[rule]`, `key = value`) written into a Falco rules or configuration file, which Falco reads as YAML.',
    docs: {
      bad: '```bash\nprintf "[rule]\\nname = shell-in-container\\npriority = WARNING\\n" > /etc/falco/rules.d/shell.yaml\n```',
      good: "```bash\ncat <<'EOF' > /etc/falco/rules.d/shell.yaml\n- rule: Shell in container\n  desc: A shell was spawned in a container\n  condition: spawned_process and container and proc.name = bash\n  output: Shell in container (container_id=%container.id)\n  priority: WARNING\nEOF\n```",
    },
  },
  run({ analysis, report }) {
    for (const write of fileWritesOf(analysis)) {
      const kind = falcoFileKind(write.path.text);
      if (!kind || !looksLikeIni(write.content)) continue;
      report({
        line: write.line,
        endLine: write.endLine,
        message:
          kind === 'rules'
            ? `the text written to ${write.path.text} is INI, not YAML; Falco rules files are YAML lists of \`- rule:\` items`
            : `the text written to ${write.path.text} is INI, not YAML; Falco's configuration is YAML (\`key: value\` mappings)`,
      });
    }
  },
};
