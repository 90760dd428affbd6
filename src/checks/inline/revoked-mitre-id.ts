import type { Check } from '../check.js';
import { attackVersion, mitreMentions, mitreStatus } from './mitre.js';
import { proseSentences } from './text.js';

/** Words that say the report knows the id is an old one: "which replaced T1070.002", "formerly T1562.001". */
const KNOWN_OLD = /\b(?:revoked|deprecated|replac(?:ed|es|ing)|supersed(?:ed|es)|formerly|previously|retired|renumbered|renamed|old(?:er)?\s+(?:id|technique|number))\b/i;

/** The words near the id (four before, six after) say it is an old one. */
function knownOld(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start).split(/\s+/).slice(-5).join(' ');
  const after = text.slice(end).split(/\s+/).slice(0, 7).join(' ');
  return KNOWN_OLD.test(before) || KNOWN_OLD.test(after);
}

export const revokedMitreId: Check = {
  meta: {
    code: 'FR706',
    name: 'revoked-mitre-id',
    severity: 'warning',
    summary: 'A MITRE ATT&CK id that ATT&CK has revoked or deprecated; the message names the replacement.',
    docs: {
      bad: 'The attacker may try to disable Falco itself (T1562.001, Impair Defenses: Disable or Modify Tools).',
      good: 'The attacker may try to disable Falco itself (T1685, Disable or Modify Tools).',
    },
  },
  run({ doc, report }) {
    for (const sentence of proseSentences(doc)) {
      const mentions = mitreMentions(sentence.text);
      for (const mention of mentions) {
        const found = mitreStatus(mention.id);
        if (found.status !== 'revoked' && found.status !== 'deprecated') continue;
        // The report names the replacement too, or says the id is the old one: it is giving history, not using it.
        const replacement = found.replacement?.id;
        if ((replacement && mentions.some((m) => m.id === replacement)) || knownOld(sentence.text, mention.index, mention.index + mention.length)) continue;
        const { line, column } = sentence.at(mention.index);
        const instead = found.replacement ? `; use ${found.replacement.id} (${found.replacement.name})` : '';
        report({
          line,
          column,
          message: `${mention.id} (${found.entry.name}) is ${found.status} in ATT&CK ${attackVersion()}${instead}`,
          ...(found.replacement ? { suggestion: found.replacement.id } : {}),
        });
      }
    }
  },
};
