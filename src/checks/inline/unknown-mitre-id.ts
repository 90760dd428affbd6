import type { Check } from '../check.js';
import { attackVersion, mitreMentions, mitreStatus } from './mitre.js';
import { proseLines } from './text.js';

export const unknownMitreId: Check = {
  meta: {
    code: 'FR705',
    name: 'unknown-mitre-id',
    severity: 'error',
    summary: 'A MITRE ATT&CK id that is not an Enterprise tactic, technique or sub-technique (invented, or from the Mobile/ICS matrices).',
    docs: {
      bad: 'The binary escaped the container (MITRE T1611.002) to gain persistence (TA0003).',
      good: 'The binary escaped the container (MITRE T1611) to gain persistence (TA0003).',
    },
  },
  run({ doc, report }) {
    for (const { line, text } of proseLines(doc)) {
      for (const mention of mitreMentions(text)) {
        const found = mitreStatus(mention.id);
        if (found.status === 'other-domain') {
          report({ line, column: mention.index + 1, message: `${mention.id} is an ATT&CK Mobile or ICS id, not an Enterprise one; Falco rules use Enterprise ids` });
        } else if (found.status === 'invented') {
          const parent = found.parent;
          report({
            line,
            column: mention.index + 1,
            message: parent
              ? `${mention.id} does not exist in ATT&CK ${attackVersion()}: ${parent.id} (${parent.name}) has no sub-technique ${mention.id.slice(parent.id.length)}`
              : `${mention.id} is not an ATT&CK Enterprise id (ATT&CK ${attackVersion()})`,
            ...(parent ? { suggestion: parent.id } : {}),
          });
        }
      }
    }
  },
};
