import type { Check } from '../check.js';
import { checkWellKnownPath } from '../system/paths.js';
import { sysctlNameOfProcPath } from '../system/sysctl-names.js';
import { clauseAround, proseLines, withoutSpans } from './text.js';

/** An absolute path as prose writes it; `<id>`-style placeholders are part of it, trailing punctuation is not. */
const PATH = /(?<![\w.~/:<>-])\/(?:[\w.@%+:<>{}$-]+\/?)+/g;

/** Paths in a prose line: whole inline spans that are a path, and bare paths in the running text. */
function pathsInProse(text: string): Array<{ path: string; index: number }> {
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

/** Verbs a negation may govern before the path: "Falco does not read `/etc/falco/falco.conf`". */
const VERB = String.raw`(?:read|reads|use|uses|load|loads|have|has|ship|ships|include|includes|contain|contains|create|creates|install|installs|consult|consults|parse|parses|look\s+(?:at|for)|know\s+about|support|supports)`;

/** Negation right before the path: the prose says the path is not there ("Falco has no `/etc/falco/falco.conf`"). */
const NEGATED_BEFORE = new RegExp(
  String.raw`(?:\b(?:has|have|had|with)\s+no|\bthere\s+(?:is|are|was)\s+no|\bthere's\s+no|\bno\s+such(?:\s+(?:file|directory|path))?(?:\s+(?:as|called|named))?|\bno|\bnot|n't|\bnever|\binstead\s+of|\brather\s+than|\bwithout|\bnor|\bunlike|\b(?:not|n't|never)\s+(?:\w+\s+)?${VERB})\s+(?:(?:a|an|the|any)\s+)?(?:(?:file|directory|path)\s+)?[\s"'“\x60(]*$`,
  'i',
);

/** Negation right after the path: "`/etc/falco/falco.conf` does not exist", "… (it is `falco.yaml`)". */
const NEGATED_AFTER = new RegExp(
  String.raw`^[\s"'”\x60]*(?:,\s*which\s+)?(?:(?:(?:does|do|did)\s+not|doesn't|don't|didn't|never)\s+(?:\w+\s+)?(?:exist|exists|existed|${VERB})\b|(?:is|are|was|were)\s+(?:not|never)\s+(?:\w+\s+)?(?:real|valid|used|read|loaded|present|there|shipped|created|installed|supported|consulted|parsed|recogni[sz]ed|a\s+(?:real|valid)|the\s+(?:real|right|correct))\b|(?:isn't|aren't|wasn't|weren't)\s+(?:\w+\s+)?(?:real|valid|used|read|loaded|present|there|shipped|created|installed|supported|consulted|parsed|recogni[sz]ed|a\s+(?:real|valid)|the\s+(?:real|right|correct))\b|(?:is|would\s+be|gets|will\s+be)\s+(?:silently\s+)?(?:ignored|wrong|invalid|a\s+(?:common\s+)?(?:mistake|typo|myth))\b)|^[\s"'”\x60]*\((?:it\s+is|it's|the\s+real\s+(?:file|one|path)\s+is|actually|really|use)\s`,
  'i',
);

/** Whether the prose around the path says it does not exist or is not the right one. */
function negated(text: string, start: number, end: number): boolean {
  const { before, after } = clauseAround(text, start, end);
  return NEGATED_BEFORE.test(before) || NEGATED_AFTER.test(after);
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
        if (!problem || negated(text, index, index + path.length)) continue;
        report({ line, column: index + 1, message: problem.message, ...(problem.suggestion ? { suggestion: problem.suggestion } : {}) });
      }
    }
  },
};
