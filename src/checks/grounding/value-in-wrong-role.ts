import type { Check } from '../check.js';
import { indexAlert } from './alert-index.js';
import { DOCS_ALERT } from './docs-alert.js';
import { fieldsOfValue, holds, knowsField } from './fields-of-value.js';
import { otherFieldMessage } from './other-field.js';
import { ROLES } from './roles.js';

export const valueInWrongRole: Check = {
  meta: {
    code: 'FR804',
    name: 'value-in-wrong-role',
    severity: 'warning',
    summary: 'A value the prose calls the parent, grandparent, container start or event time that the alert holds under another field.',
    docs: {
      bad: 'The process was spawned by the `containerd-shim` parent process; the container started at `1728152809455310091`.',
      good: 'The process was spawned by the `event-generator` parent process; the container started at `1728152807913221470`.',
      alert: DOCS_ALERT,
    },
  },
  run({ doc, alert, report }) {
    if (!alert) return;
    const index = indexAlert(alert);
    let previous: { line: number; end: number } | undefined;
    for (const [i, span] of doc.spans.entries()) {
      const lineText = doc.lines[span.line - 1] ?? '';
      const start = span.column - 1;
      const end = start + span.text.length;
      // Only the words since the previous quoted word (and up to the next one) describe this one.
      const from = previous && previous.line === span.line ? previous.end + 1 : 0;
      const next = doc.spans[i + 1];
      const to = next && next.line === span.line ? next.column - 2 : lineText.length;
      previous = { line: span.line, end };
      // ...and only within the sentence the value sits in.
      const before = lineText.slice(from, Math.max(from, start - 1)).replace(/^[\s\S]*[.;!?]\s+/, '');
      const after = lineText.slice(Math.min(end + 1, lineText.length), Math.max(end + 1, to)) + (next && next.line === span.line ? '`' : '');
      const text = span.text.trim();
      const valueFields = fieldsOfValue(index, text);
      if (valueFields.length === 0 || knowsField(index, text)) continue;
      for (const role of ROLES) {
        if (role.value && !role.value.test(text)) continue;
        if (!(role.before?.test(before) || role.after?.test(after))) continue;
        const field = role.fields.find((f) => knowsField(index, f));
        if (!field || role.fields.some((f) => holds(index, f, text))) break;
        const expected = index.valueByField.get(field);
        report({
          line: span.line,
          column: span.column,
          message: otherFieldMessage(index, text, valueFields, field, role.name),
          ...(expected !== undefined ? { suggestion: expected } : {}),
        });
        break;
      }
    }
  },
};
