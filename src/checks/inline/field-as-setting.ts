import { allFieldNames } from '../../catalog/lookup.js';
import type { Check } from '../check.js';

/** Field names as the alert's output text writes them (`proc_exe_ino_ctime`), back to the field. */
let byOutputKey: Map<string, string> | undefined;
function fieldOfName(name: string): string | undefined {
  if (allFieldNames().has(name)) return name;
  byOutputKey ??= new Map([...allFieldNames()].map((f) => [f.replace(/[.[\]]/g, '_'), f]));
  return byOutputKey.get(name);
}

/** "Set `proc.exe_ino.ctime_duration_proc_start` to 3600": a verb of configuring, a name, then `to`. */
const SETTING = /\b(?:set|setting|configure|adjust|tune|change|increase|decrease|raise|lower|limit)\s+(?:the\s+)?`?([a-z][a-z0-9_.[\]]*[a-z0-9_\]])`?(?:\s+(?:value|field|setting|parameter))?\s+to\b/gi;

export const fieldAsSetting: Check = {
  meta: {
    code: 'FR709',
    name: 'field-as-setting',
    severity: 'warning',
    summary: 'Advice to set a Falco field to a value: fields are what Falco observes about an event, nothing configures them.',
    docs: {
      bad: '```bash\n# Set proc_exe_ino_ctime_duration_proc_start to a reasonable value (e.g., 3600 seconds)\necho 3600 > /proc/sys/fs/binfmt_misc/status\n```',
      good: 'Falco measured `proc.exe_ino.ctime_duration_proc_start`: the binary was written moments before it ran.\n',
    },
  },
  run({ doc, analysis, report }) {
    const texts = [...doc.prose, ...analysis.shellScripts.flatMap((s) => s.comments)];
    for (const { text, line } of texts) {
      for (const match of text.matchAll(SETTING)) {
        const field = fieldOfName(match[1]!);
        if (!field) continue;
        report({
          line,
          column: match.index + match[0].indexOf(match[1]!) + 1,
          message: `${match[1]} is the Falco field ${field}, a value Falco observes about an event; nothing sets it`,
        });
      }
    }
  },
};
