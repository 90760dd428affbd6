import type { Check } from '../check.js';
import { checkProjectUrl } from './project-hosts.js';
import { allLines } from './text.js';

/** http(s) URLs in running text, autolinks, Markdown links and code; closing punctuation is not part of them. */
const URL_PATTERN = /\bhttps?:\/\/[^\s<>()`"'\]]+/g;

export const wrongProjectHost: Check = {
  meta: {
    code: 'FR704',
    name: 'wrong-project-host',
    severity: 'error',
    summary: "A link to a well-known project (Falco, Kubernetes, MITRE ATT&CK) on a host that is not the project's.",
    docs: {
      bad: '* Falco Documentation: <https://falco.io/docs/>\n* Kubernetes audit logs: https://kubernetes.com/docs/tasks/debug/debug-cluster/audit/',
      good: '* Falco Documentation: <https://falco.org/docs/>\n* Kubernetes audit logs: https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/',
    },
  },
  run({ doc, report }) {
    for (const { line, text, offset } of allLines(doc)) {
      if (!text.includes('http')) continue;
      for (const m of text.matchAll(URL_PATTERN)) {
        let url: URL;
        try {
          url = new URL(m[0].replace(/[.,;:!?*_]+$/, ''));
        } catch {
          continue;
        }
        const problem = checkProjectUrl(url);
        if (problem) report({ line, column: offset + m.index + 1, message: problem.message, suggestion: problem.suggestion });
      }
    }
  },
};
