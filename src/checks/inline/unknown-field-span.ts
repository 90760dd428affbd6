import type { Check } from '../check.js';
import { indexAlert } from '../grounding/alert-index.js';
import { nameOfSpan } from './names.js';

export const unknownFieldSpan: Check = {
  meta: {
    code: 'FR703',
    name: 'unknown-falco-field-in-prose',
    severity: 'error',
    summary: 'An inline Falco field name in prose that no Falco event source has, or with an argument it does not take.',
    docs: {
      bad: 'The alert shows the process (`proc.nme`), its grandparent (`proc.pname[2]`) and the image (`container.image_name`).',
      good: 'The alert shows the process (`proc.name`), its grandparent (`proc.aname[2]`) and the image (`container.image.repository`).',
    },
  },
  run({ doc, alert, report }) {
    for (const span of doc.spans) {
      const name = nameOfSpan(span.text.trim());
      if (name?.kind !== 'field' || name.verdict.ok) continue;
      const { ref, verdict } = name;
      // A key of the alert's own output text (`k8s.pod=kubecon` in older rules' outputs) is quoted, not invented.
      if (alert && indexAlert(alert).valueByField.has(ref.text)) continue;
      if (verdict.reason === 'unknown') {
        report({
          line: span.line,
          column: span.column,
          message: `${ref.name} is not a Falco field${verdict.suggestion ? `; the nearest real one is ${verdict.suggestion}` : ''}`,
          ...(verdict.suggestion ? { suggestion: verdict.suggestion } : {}),
        });
      } else if (verdict.reason === 'no-arg') {
        report({ line: span.line, column: span.column, message: `${ref.name} takes no [argument]; ${ref.text} is not a Falco field`, suggestion: ref.name });
      }
      // A field that needs an argument, named bare (`container.label`), is how prose talks about the field: fine.
    }
  },
};
