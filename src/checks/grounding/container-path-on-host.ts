import type { Check } from '../check.js';
import { programOf } from '../system/words.js';
import { DOCS_ALERT } from './docs-alert.js';

/** Fields whose value is a path inside the event's filesystem: in a container, the container's. */
const PATH_FIELDS = ['proc.exe', 'proc.exepath', 'proc.pexepath', 'fd.name', 'fs.path.name', 'fs.path.source', 'fs.path.target'];

/** Programs that reach into a container (or copy out of it): a path they are given is the container's. */
const CONTAINER_TOOLS = new Set(['docker', 'podman', 'nerdctl', 'crictl', 'ctr', 'kubectl', 'oc', 'nsenter', 'runc', 'crun']);

/** The container the event happened in, unless it happened on the host. */
function containerOf(fields: Record<string, unknown>): string | undefined {
  const id = fields['container.id'];
  return typeof id === 'string' && id !== '' && id !== 'host' ? id : undefined;
}

export const containerPathOnHost: Check = {
  meta: {
    code: 'FR808',
    name: 'container-path-on-host',
    severity: 'warning',
    summary: "A command run on the host names a file the alert saw inside a container, where the host has no such file.",
    docs: {
      bad: '```bash\nsha256sum /bin/falco-event-generator-syscall-DropAndExecuteNewBinaryInContainer-iSBERh\n```',
      good: '```bash\ndocker cp 12d6b2377178:/bin/falco-event-generator-syscall-DropAndExecuteNewBinaryInContainer-iSBERh ./sample.bin\nsha256sum ./sample.bin\n```',
      alert: DOCS_ALERT,
    },
  },
  run({ analysis, alert, report }) {
    if (!alert) return;
    const container = containerOf(alert.output_fields);
    if (!container) return;
    const paths = new Map<string, string>();
    for (const field of PATH_FIELDS) {
      const value = alert.output_fields[field];
      if (typeof value === 'string' && value.startsWith('/') && value.length > 1) paths.set(value, field);
    }
    if (paths.size === 0) return;
    for (const command of analysis.commands) {
      if (CONTAINER_TOOLS.has(programOf(command) ?? '')) continue;
      for (const word of command.args) {
        const field = paths.get(word.text);
        if (!field) continue;
        report({
          line: word.line,
          column: word.column,
          message: `${word.text} is the alert's ${field} inside container ${container}; on the host there is no such file: copy it out first or run the command in the container`,
          suggestion: `docker cp ${container}:${word.text} ./`,
        });
      }
    }
  },
};
