import { sedScriptsOf } from '../../shell/sed.js';
import type { Check } from '../check.js';
import { fileWritesOf } from './file-writes.js';
import { normalizePath } from './actions.js';
import { programOf } from './words.js';

const SELINUX_CONFIG = '/etc/selinux/config';
/** RHEL's /etc/sysconfig/selinux is a symlink to the same file. */
const CONFIG_PATHS = new Set([SELINUX_CONFIG, '/etc/sysconfig/selinux']);
const RELAXED = /\bSELINUX\s*=\s*(disabled|permissive)\b/i;

/**
 * The text a sed script puts into the file: the replacements of its `s` commands, or the whole script
 * for `a`/`i`/`c` edits. The pattern side (`s/SELINUX=permissive/.../`) is what gets replaced, not written.
 */
function writtenBySed(script: string): string {
  const replacements = [...script.matchAll(/s(.)(?:\\.|(?!\1).)*\1((?:\\.|(?!\1).)*)\1/g)].map((m) => m[2]!);
  return replacements.length > 0 ? replacements.join('\n') : script;
}

export const disablesSelinux: Check = {
  meta: {
    code: 'FR603',
    name: 'disables-selinux',
    severity: 'error',
    summary: 'Turns SELinux enforcement off (`setenforce 0`, SELINUX=disabled).',
    docs: {
      bad: '```bash\nsudo setenforce 0\n```',
      good: '```bash\ngetenforce\nsudo ausearch -m AVC -ts recent\n```',
    },
  },
  run({ analysis, report }) {
    const message = (how: string) => `${how}: it switches off SELinux protection on a host under investigation; fix the denial with a targeted policy instead`;
    for (const command of analysis.commands) {
      const program = programOf(command);
      if (program === 'setenforce') {
        const mode = command.args.find((a) => !a.text.startsWith('-'));
        if (mode && /^(0|permissive)$/i.test(mode.text)) report({ line: mode.line, column: mode.column, message: message(`setenforce ${mode.text} makes SELinux permissive`) });
      }
      if (program === 'sed' && command.args.some((a) => CONFIG_PATHS.has(normalizePath(a.text)))) {
        const scripts = sedScriptsOf(command.args.map((a) => a.text));
        const relaxing = scripts.find((s) => RELAXED.test(writtenBySed(s.script)));
        if (relaxing) {
          const word = command.args[relaxing.index]!;
          report({ line: word.line, column: word.column, message: message(`the edit sets ${RELAXED.exec(writtenBySed(relaxing.script))![0]} in ${SELINUX_CONFIG}`) });
        }
      }
    }
    for (const write of fileWritesOf(analysis)) {
      const path = normalizePath(write.path.text);
      if (CONFIG_PATHS.has(path) && RELAXED.test(write.content)) {
        report({ line: write.path.line, column: write.path.column, message: message(`writes ${RELAXED.exec(write.content)![0]} into ${SELINUX_CONFIG}`) });
      } else if (path === '/sys/fs/selinux/enforce' && /^\s*0\s*$/.test(write.content)) {
        report({ line: write.path.line, column: write.path.column, message: message('writes 0 to /sys/fs/selinux/enforce') });
      }
    }
  },
};
