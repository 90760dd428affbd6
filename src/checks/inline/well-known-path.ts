import type { Check } from '../check.js';
import { checkWellKnownPath } from '../system/paths.js';
import { sysctlNameOfProcPath } from '../system/sysctl-names.js';
import { proseLines, withoutSpans } from './text.js';

/** An absolute path as prose writes it; `<id>`-style placeholders are part of it, trailing punctuation is not. */
const PATH = /(?<![\w.~/:<>-])\/(?:[\w.@%+:<>{}$-]+\/?)+/g;

/** Paths in a prose line: whole inline spans that are a path, and bare paths in the running text. */
export function pathsInProse(text: string): Array<{ path: string; index: number }> {
  const found: Array<{ path: string; index: number }> = [];
  const collect = (source: string) => {
    for (const m of source.matchAll(PATH)) {
      const path = m[0].replace(/[.,:;)]+$/, '');
      if (path.length > 1 && !found.some((f) => f.index === m.index)) found.push({ path, index: m.index });
    }
  };
  for (const m of text.matchAll(/`([^`]+)`/g)) {
    const inner = m[1]!.trim();
    if (/^\/\S*$/.test(inner)) found.push({ path: inner, index: m.index + 1 });
  }
  collect(withoutSpans(text));
  return found.sort((a, b) => a.index - b.index);
}

export const wrongWellKnownPath: Check = {
  meta: {
    code: 'FR701',
    name: 'wrong-well-known-path',
    severity: 'error',
    summary: 'A Falco, container runtime or Kubernetes path named in prose that does not exist where the report says.',
    docs: {
      bad: 'Check the host configuration in `/etc/falco/falco.conf` and the container files under /etc/docker/containers/.',
      good: 'Check the host configuration in `/etc/falco/falco.yaml` and the container files under /var/lib/docker/containers/.',
    },
  },
  run({ doc, report }) {
    for (const { line, text } of proseLines(doc)) {
      if (!text.includes('/')) continue;
      for (const { path, index } of pathsInProse(text)) {
        // /proc/sys paths are sysctls: FR702 reads them.
        if (sysctlNameOfProcPath(path) !== undefined) continue;
        const problem = checkWellKnownPath(path);
        if (!problem) continue;
        report({ line, column: index + 1, message: problem.message, ...(problem.suggestion ? { suggestion: problem.suggestion } : {}) });
      }
    }
  },
};
