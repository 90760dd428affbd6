import type { Check } from '../check.js';
import { attackVersion, mitreMentions, mitreStatus } from './mitre.js';
import { proseLines } from './text.js';

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
    for (const { line, text } of proseLines(doc)) {
      for (const mention of mitreMentions(text)) {
        const found = mitreStatus(mention.id);
        if (found.status !== 'revoked' && found.status !== 'deprecated') continue;
        const instead = found.replacement ? `; use ${found.replacement.id} (${found.replacement.name})` : '';
        report({
          line,
          column: mention.index + 1,
          message: `${mention.id} (${found.entry.name}) is ${found.status} in ATT&CK ${attackVersion()}${instead}`,
          ...(found.replacement ? { suggestion: found.replacement.id } : {}),
        });
      }
    }
  },
};
