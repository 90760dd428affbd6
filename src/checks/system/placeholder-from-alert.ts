import type { FalcoAlert, OutputFieldValue } from '../../alerts/schema.js';
import type { Word } from '../../shell/types.js';
import type { Check } from '../check.js';

/**
 * Placeholder names (lowercased, separators dropped) → where the alert holds the value. Only names
 * that can mean one thing: `<id>` or `<name>` could be anything and are left alone.
 */
const SOURCES: Record<string, (alert: FalcoAlert) => { field: string; value: string } | undefined> = {};

function field(name: string): (alert: FalcoAlert) => { field: string; value: string } | undefined {
  return (alert) => {
    const value = scalar(alert.output_fields[name]);
    // Falco reports container.id/name "host" for processes outside any container: no container to fill in.
    if (value === undefined || (name.startsWith('container.') && value === 'host')) return undefined;
    return { field: name, value };
  };
}

function scalar(value: OutputFieldValue | undefined): string | undefined {
  if (value === null || value === undefined || Array.isArray(value)) return undefined;
  const text = String(value);
  // Falco prints <NA> for a field it could not resolve: nothing to fill in.
  return text === '' || text === '<NA>' ? undefined : text;
}

function image(alert: FalcoAlert): { field: string; value: string } | undefined {
  const full = scalar(alert.output_fields['container.image']);
  if (full) return { field: 'container.image', value: full };
  const repository = scalar(alert.output_fields['container.image.repository']);
  if (!repository) return undefined;
  const tag = scalar(alert.output_fields['container.image.tag']);
  return { field: tag ? 'container.image.repository:tag' : 'container.image.repository', value: tag ? `${repository}:${tag}` : repository };
}

function hostname(alert: FalcoAlert): { field: string; value: string } | undefined {
  return alert.hostname ? { field: 'hostname', value: alert.hostname } : undefined;
}

const ALIASES: Array<[string[], (alert: FalcoAlert) => { field: string; value: string } | undefined]> = [
  [['containerid', 'container', 'cid', 'ctrid', 'dockerid', 'dockercontainerid', 'containeridentifier', 'containeridorname', 'containernameorid'], field('container.id')],
  [['containername', 'ctrname', 'dockercontainername'], field('container.name')],
  [['pod', 'podname', 'k8spodname', 'k8spod'], field('k8s.pod.name')],
  [['namespace', 'ns', 'namespacename', 'k8snamespace', 'k8sns', 'podnamespace'], field('k8s.ns.name')],
  [['pid', 'processid', 'procpid'], field('proc.pid')],
  [['ppid', 'parentpid', 'parentprocessid'], field('proc.ppid')],
  [['image', 'imagename', 'containerimage', 'dockerimage'], image],
  [['user', 'username', 'usr'], field('user.name')],
  [['uid', 'userid'], field('user.uid')],
  [['processname', 'procname', 'process'], field('proc.name')],
  [['parentprocess', 'parentname', 'parentprocessname'], field('proc.pname')],
  [['binary', 'binarypath', 'exe', 'exepath', 'executable', 'executablepath', 'procexe', 'pathtobinary'], field('proc.exe')],
  [['hostname', 'host', 'nodename'], hostname],
  [['rule', 'rulename'], (alert) => ({ field: 'rule', value: alert.rule })],
];
for (const [names, source] of ALIASES) for (const name of names) SOURCES[name] = source;

function normalize(placeholder: string): string {
  return placeholder.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The alert's value for a placeholder the report wrote, when the alert has one. */
function placeholderValue(placeholder: string, alert: FalcoAlert): { field: string; value: string } | undefined {
  return SOURCES[normalize(placeholder)]?.(alert);
}

export const placeholderFromAlert: Check = {
  meta: {
    code: 'FR501',
    name: 'placeholder-known-from-alert',
    severity: 'warning',
    summary: 'A `<placeholder>` in a command whose value the alert already gives.',
    docs: {
      bad: '```bash\ndocker inspect <container_id>\n```',
      good: '```bash\ndocker inspect c61b4b13ae44\nkubectl logs <pod_name>\n```',
      alert: JSON.stringify({
        time: '2024-10-05T13:00:31.127604412Z',
        rule: 'Drop and execute new binary in container',
        priority: 'Critical',
        output_fields: { 'container.id': 'c61b4b13ae44', 'container.name': 'peaceful_mestorf', 'proc.name': 'falco-event-gen' },
      }),
    },
  },
  run({ analysis, alert, report }) {
    if (!alert) return;
    for (const command of analysis.commands) {
      const words: Word[] = [...command.wrappers, ...command.assignments, command.name, ...command.args, ...command.redirects.map((r) => r.target)];
      for (const word of words) {
        for (const placeholder of word.placeholders) {
          const known = placeholderValue(placeholder, alert);
          if (!known) continue;
          const at = word.raw.indexOf(`<${placeholder}>`);
          report({
            line: word.line,
            column: word.column + Math.max(0, at),
            message: `<${placeholder}> is known from the alert: ${known.field} is ${known.value}`,
            suggestion: known.value,
          });
        }
      }
    }
  },
};
