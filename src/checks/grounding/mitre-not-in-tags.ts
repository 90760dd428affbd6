import { mitreIds } from '../../catalog/lookup.js';
import type { Check } from '../check.js';
import { mitreMentions } from '../inline/mitre.js';
import { proseSentences } from '../inline/text.js';
import { DOCS_ALERT } from './docs-alert.js';

/** True when the rule's tags carry the id: bare (`T1611`), as gcpaudit writes it (`T1562-impair-defenses`), or as a `mitre_<tactic>` tag. */
function tagged(tags: readonly string[], id: string): boolean {
  if (tags.some((t) => t === id || t.startsWith(`${id}-`))) return true;
  const shortname = mitreIds().get(id)?.shortname;
  return shortname !== undefined && tags.includes(`mitre_${shortname.replace(/-/g, '_')}`);
}

const TAG_WORD = /\btag(?:s|ged)?\b/gi;
const ID = /\b(?:TA\d{4}|T\d{4}(?:\.\d{3})?)\b/g;

/**
 * Words that may stand between the word "tag" and an id the sentence gives as a tag: "the rule is tagged
 * T1611 (Escape to Host) and TA0003", "its tags are T1059, `container` and `mitre_execution`". Any other word
 * ("beyond the rule's T1059 tag, this is T1572", "the tags do not include T1611", "tagged T1059; related:
 * T1572") means the id is the report's own analysis, not a claim about the tags.
 */
const LIST_WORDS = new Set(
  'and or as with is are was were the its rule rules alert alerts tag tags tagged include includes including included list lists listed listing carry carries carrying has have both only of a an falco by under mitre att&ck attack technique techniques tactic tactics id ids sub-technique sub-techniques which that upstream default set own already plus'.split(
    ' ',
  ),
);

/** A phrase that sets what follows apart from the tags: "beyond the rule's T1059 tag, …", "besides its tags, …". */
const SETS_APART = /\b(?:beyond|besides|in addition to|additionally|apart from|aside from|other than|on top of|outside(?:\s+of)?|except(?:\s+for)?|unlike)\b/i;
/** Words right before an id that say it is not a tag: "not T1611", "no T1611 tag", "unlike T1572". */
const NOT_A_TAG = /\b(?:not|n't|never|no|nor|related|relates|also|maybe|perhaps|possibly|likely)\b|n't\b/i;

/** The text between a tag word and an id is a list of tags. */
function listBetween(text: string, tags: readonly string[]): boolean {
  let rest = text
    .replace(/\([^()]*\)/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(ID, ' ')
    .replace(/\bmitre_\w+/gi, ' ');
  for (const tag of tags) rest = rest.split(tag).join(' ');
  return rest
    .split(/[^A-Za-z&'’-]+/)
    .map((w) => w.toLowerCase().replace(/['’]s$/, '').replace(/^-+|-+$/g, ''))
    .filter((w) => w.length > 0)
    .every((w) => LIST_WORDS.has(w));
}

/** Whether the sentence gives the id at [start, end) as one of the rule's tags. */
function claimedAsTag(sentence: string, start: number, end: number, tags: readonly string[]): boolean {
  const words = [...sentence.matchAll(TAG_WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const before = words.filter((w) => w.end <= start).at(-1);
  // The words before the id in its own clause (after a tag word there): "unlike T1572, …", "not T1611".
  const lead = sentence.slice(before ? before.end : 0, start).split(/[,;:(]/).at(-1) ?? '';
  if (SETS_APART.test(lead) || NOT_A_TAG.test(lead)) return false;
  const after = words.find((w) => w.start >= end);
  if (before) {
    const head = sentence.slice(0, before.start);
    const negated = /(?:\bnot|n't|\bnever|\bno)\s+(?:\w+\s+)?$/i.test(head);
    const between = sentence.slice(before.end, start);
    // "beyond the rule's T1059 tag, this is T1572": past the comma the ids are set apart from the tags.
    const apart = SETS_APART.test(head.split(/[;:]/).at(-1) ?? '') && /[,;]/.test(between);
    if (!negated && !apart && listBetween(between, tags)) return true;
  }
  if (after) {
    const between = sentence.slice(end, after.start);
    const negated = /(?:\bnot|n't|\bnever|\bno)\b/i.test(between);
    if (!negated && listBetween(between, tags)) return true;
  }
  return false;
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
    // Only ids the sentence gives as the rule's tags: analysis elsewhere may add techniques of its own.
    for (const sentence of proseSentences(doc)) {
      if (!/\btag(?:s|ged)?\b/i.test(sentence.text)) continue;
      for (const mention of mitreMentions(sentence.text)) {
        if (!mitreIds().has(mention.id) || tagged(tags, mention.id)) continue;
        if (!claimedAsTag(sentence.text, mention.index, mention.index + mention.length, tags)) continue;
        const { line, column } = sentence.at(mention.index);
        report({ line, column, message: `the alert's tags do not include ${mention.id}; its tags are ${tags.join(', ')}` });
      }
    }
  },
};
