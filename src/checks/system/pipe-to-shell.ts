import type { SimpleCommand, Word } from '../../shell/types.js';
import type { Check } from '../check.js';
import { downstream, programOf } from './words.js';

const DOWNLOADERS = new Set(['curl', 'wget', 'fetch']);
/** Programs that run the script they read; `-c` makes them run their argument instead of stdin. */
const INTERPRETERS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'ash', 'python', 'python3', 'perl', 'ruby']);
/** A whole argument that is a download: `<(curl ...)`, `"$(wget -qO- ...)"`, `` `curl ...` ``. */
const DOWNLOAD_ARG = /^["']?(?:<\(|\$\(|`)\s*(?:curl|wget|fetch)\b/;

function readsScriptFromStdin(command: SimpleCommand): boolean {
  return INTERPRETERS.has(programOf(command) ?? '') && !command.args.some((a) => /^-[a-z]*c[a-z]*$/.test(a.text));
}

export const pipeToShell: Check = {
  meta: {
    code: 'FR601',
    name: 'download-piped-to-shell',
    severity: 'error',
    summary: 'Runs a script straight from the network (`curl ... | sh`, `bash <(curl ...)`), unseen and unverified.',
    docs: {
      bad: '```bash\ncurl -fsSL https://falco.org/script/install | sudo bash\n```',
      good: '```bash\ncurl -fsSLo install-falco.sh https://falco.org/script/install\nless install-falco.sh\nsudo bash install-falco.sh\n```',
    },
  },
  run({ analysis, report }) {
    for (const command of analysis.commands) {
      if (DOWNLOADERS.has(programOf(command) ?? '') && !command.substituted) {
        const shell = downstream(command).find(readsScriptFromStdin);
        if (shell) {
          report({
            line: shell.line,
            column: shell.name.column,
            message: `pipes a download from ${programOf(command)} straight into ${programOf(shell)}: the script runs unseen and unverified; download it, check it, then run it`,
          });
        }
      }
      const program = programOf(command) ?? '';
      if (!INTERPRETERS.has(program) && program !== 'source' && program !== '.' && program !== 'eval') continue;
      const words: Word[] = [...command.args, ...command.redirects.map((r) => r.target)];
      const download = words.find((w) => DOWNLOAD_ARG.test(w.raw));
      if (download) {
        report({
          line: download.line,
          column: download.column,
          message: `${program} runs a script fetched from the network on the fly: it runs unseen and unverified; download it, check it, then run it`,
        });
      }
    }
  },
};
