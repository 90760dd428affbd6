import type { SimpleCommand, Word } from '../../shell/types.js';
import type { Check } from '../check.js';
import { RULES_DIR, RULES_EXTENSIONS } from './falco-files.js';
import { fileWritesOf } from './file-writes.js';
import { parseArgs, programOf } from './words.js';

/** Programs that create or fill the file named by their operands. */
const CREATORS = new Set(['touch', 'vi', 'vim', 'nano', 'emacs', 'editor']);
/** Programs whose last operand is the destination and the others are sources. */
const COPIERS = new Set(['cp', 'mv', 'install', 'ln']);

const BACKUP = /\.(bak|backup|old|orig|disabled?|off|save|swp|dpkg-\w+|rpm\w+)$|~$/i;

interface Target {
  word: Word;
  /** The file that ends up in the rules directory. */
  file: string;
}

function inRulesDir(path: string): string | undefined {
  const m = /^\/etc\/falco\/rules\.d\/([^/]+)$/.exec(path);
  return m?.[1];
}

/** Files a command puts into the rules directory other than by writing text (copies, editors, touch). */
function placedFiles(command: SimpleCommand): Target[] {
  const program = programOf(command) ?? '';
  const { operands } = parseArgs(command.args, { valued: ['m', 'mode', 'o', 'owner', 'g', 'group', 't', 'target-directory', 'S', 'suffix'] });
  const literal = operands.filter((w) => !w.dynamic);
  if (CREATORS.has(program)) return literal.flatMap((word) => (inRulesDir(word.text) ? [{ word, file: word.text }] : []));
  if (!COPIERS.has(program) || literal.length < 2 || literal.length !== operands.length) return [];
  const dest = literal.at(-1)!;
  if (inRulesDir(dest.text)) return [{ word: dest, file: dest.text }];
  if (dest.text.replace(/\/+$/, '') !== RULES_DIR) return [];
  return literal.slice(0, -1).map((src) => ({ word: dest, file: `${RULES_DIR}/${src.text.slice(src.text.lastIndexOf('/') + 1)}` }));
}

export const unloadedRulesFile: Check = {
  meta: {
    code: 'FR302',
    name: 'rules-file-falco-ignores',
    severity: 'error',
    summary: 'A file put in /etc/falco/rules.d under a name Falco does not load (only *.yaml and *.yml).',
    docs: {
      bad: "```bash\ncat <<'EOF' > /etc/falco/rules.d/50-custom.rules\n- rule: Shell in container\n  desc: A shell was spawned in a container\n  condition: spawned_process and container and proc.name = bash\n  output: Shell in container (container_id=%container.id)\n  priority: WARNING\nEOF\n```",
      good: "```bash\ncat <<'EOF' > /etc/falco/rules.d/50-custom.yaml\n- rule: Shell in container\n  desc: A shell was spawned in a container\n  condition: spawned_process and container and proc.name = bash\n  output: Shell in container (container_id=%container.id)\n  priority: WARNING\nEOF\n```",
    },
  },
  run({ analysis, report }) {
    const targets: Target[] = [
      ...fileWritesOf(analysis).map((w) => ({ word: w.path, file: w.path.text })),
      ...analysis.commands.flatMap(placedFiles),
    ];
    for (const { word, file } of targets) {
      const name = inRulesDir(file);
      // A backup or a deliberately disabled copy (`x.yaml.bak`, `x.yaml.disabled`) is meant to be ignored.
      if (!name || RULES_EXTENSIONS.test(name) || BACKUP.test(name) || /[*?$<]/.test(name)) continue;
      const fixed = `${RULES_DIR}/${name.replace(/\.[^.]*$/, '')}.yaml`;
      report({
        line: word.line,
        column: word.column,
        message: `Falco loads only *.yaml and *.yml files from ${RULES_DIR}/ (since 0.41), so ${name} would be ignored; name it like ${fixed}`,
        suggestion: fixed,
      });
    }
  },
};
