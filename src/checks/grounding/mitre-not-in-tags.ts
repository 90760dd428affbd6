import { mitreIds } from '../../catalog/lookup.js';
import type { Check } from '../check.js';
import { mitreMentions } from '../inline/mitre.js';
import { proseLines } from '../inline/text.js';
import { DOCS_ALERT } from './docs-alert.js';

/** True when the rule's tags carry the id: bare (`T1611`), as gcpaudit writes it (`T1562-impair-defenses`), or as a `mitre_<tactic>` tag. */
function tagged(tags: readonly string[], id: string): boolean {
  if (tags.some((t) => t === id || t.startsWith(`${id}-`))) return true;
  const shortname = mitreIds().get(id)?.shortname;
  return shortname !== undefined && tags.includes(`mitre_${shortname.replace(/-/g, '_')}`);
}

export const mitreNotInTags: Check = {
  meta: {
    code: 'FR807',
    name: 'mitre-id-not-in-tags',
    severity: 'warning',
    summary: "An ATT&CK id the report says the rule is tagged with, which is not among the alert's tags.",
    docs: {
      bad: 'The rule is tagged T1611 (Escape to Host) and TA0003.',
      good: 'The rule is tagged TA0003 (`mitre_persistence`); the behaviour may also relate to T1611 (Escape to Host).',
      alert: DOCS_ALERT,
    },
  },
  run({ doc, alert, report }) {
    const tags = alert?.tags;
    if (!tags || tags.length === 0) return;
    for (const { line, text } of proseLines(doc)) {
      if (!/\btag(?:s|ged)?\b/i.test(text)) continue;
      // Only ids in the sentence that speaks of tags: analysis elsewhere may add techniques of its own.
      for (const sentence of text.split(/(?<=[.;!?])\s+/)) {
        if (!/\btag(?:s|ged)?\b/i.test(sentence)) continue;
        const at = text.indexOf(sentence);
        for (const mention of mitreMentions(sentence)) {
          if (!mitreIds().has(mention.id) || tagged(tags, mention.id)) continue;
          report({
            line,
            column: at + mention.index + 1,
            message: `the alert's tags do not include ${mention.id}; its tags are ${tags.join(', ')}`,
          });
        }
      }
    }
  },
};
