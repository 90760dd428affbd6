import type { Check, Problem } from '../check.js';
import { reportInOrder } from './report-in-order.js';
import type { FileRole } from './model/types.js';
import { bareOptionsOf } from './parse/bare-options.js';
import { invocationsOf } from './parse/invocations.js';

/** What kind of Falco file a path names by its name alone; undefined when the name does not say. */
function fileKind(path: string): FileRole | undefined {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  if (/\/rules\.d(\/|$)/.test(path) || /(^|[_.<-])rules?([_.>-]|$)/.test(base)) return 'rules';
  if (base === 'falco.yaml' || base === 'falco.yml' || /\/config\.d\//.test(path)) return 'config';
  return undefined;
}

function problem(word: { line: number; column: number }, option: string, value: string, role: FileRole): Problem {
  if (role === 'config') {
    return {
      line: word.line,
      column: word.column,
      message: `falco ${option} takes the configuration file (falco.yaml); ${value} is a rules file, which falco loads with -r`,
      suggestion: `-r ${value}`,
    };
  }
  return {
    line: word.line,
    column: word.column,
    message: `falco ${option} takes a rules file; ${value} is the configuration file, which falco reads with -c`,
    suggestion: `-c ${value}`,
  };
}

const RULES_SPAN = /^[\w./<>-]*rules?[\w.<>-]*\.ya?ml$/i;

export const wrongFileForOption: Check = {
  meta: {
    code: 'FR109',
    name: 'wrong-file-for-option',
    severity: 'error',
    summary: 'A Falco option given the wrong kind of file: -c takes falco.yaml, -r and -V take rules files.',
    docs: {
      bad: '```bash\nfalco -c /etc/falco/falco_rules.local.yaml\n```',
      good: '```bash\nfalco -c /etc/falco/falco.yaml -r /etc/falco/falco_rules.local.yaml\n```',
    },
  },
  run({ doc, analysis, report }) {
    // Two sources (commands, lone options in prose) are merged into file order.
    const problems: Problem[] = [];
    for (const invocation of invocationsOf(doc, analysis).all) {
      if (invocation.model?.tool !== 'falco') continue;
      for (const event of invocation.parsed?.events ?? []) {
        if (event.kind !== 'option' || !event.option.fileRole || event.value === undefined) continue;
        const where = event.valueWord ?? event.word;
        // `$RULES` says nothing; `<rules_file>` still names the kind of file it stands for.
        if (where.dynamic) continue;
        const kind = fileKind(event.value);
        if (kind && kind !== event.option.fileRole) problems.push(problem(where, event.written, event.value, event.option.fileRole));
      }
    }
    // Prose that explains `-c` as "the configuration file to use (in this case, `rules.yaml`)".
    for (const bare of bareOptionsOf(doc, analysis)) {
      if (bare.word.text !== '-c' || !bare.tools.some((t) => t.tool === 'falco')) continue;
      const line = doc.lines[bare.span.line - 1] ?? '';
      if (!/config/i.test(line)) continue;
      const named = bare.rest[0]?.text ?? doc.spans.find((s) => s.line === bare.span.line && s !== bare.span && RULES_SPAN.test(s.text))?.text;
      if (named && fileKind(named) === 'rules') problems.push(problem(bare.word, '-c', named, 'config'));
    }
    reportInOrder(problems, report);
  },
};
