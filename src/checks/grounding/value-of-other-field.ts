import type { InlineSpan, MarkdownDocument } from '../../markdown/document.js';
import type { Check } from '../check.js';
import { indexAlert, type AlertIndex } from './alert-index.js';
import { DOCS_ALERT } from './docs-alert.js';
import { fieldsOfValue, holds, knowsField } from './fields-of-value.js';
import { otherFieldMessage } from './other-field.js';

/** A list item that names fields first: "* `evt.type` and `evt.time`: the type (`execve`) and time (`...`)". */
const FIELD_LIST_ITEM = /^\s*(?:[*+-]|\d+[.)])?\s*(?:\*\*)?\s*((?:`[^`]+`\s*(?:,|and|&|\/)?\s*)+)(?:\*\*)?\s*(?::|\s[-–—])\s+/;

/**
 * What may stand between a field and its value: "`proc.pname`: `x`", "`proc.pname` is `x`", "`proc.pname` (`x`)",
 * and a label's field in parentheses ("**Parent** (`proc.pname`): `x`").
 */
const CONNECTOR = /^\s*(?:\*\*)?\s*(?:\)\s*(?:\*\*)?\s*)?(?:[:=(]|->|→|\b(?:is|was|equals|set to|of)\b)\s*(?:the\s+value\s+)?\(?\s*$/i;

/** The two cells of a field/value table row: `| `proc.pname` | `sh` |`, `| `a` / `b` | `x` / `y` |`. */
const TABLE_ROW = /^\s*\|([^|]*)\|([^|]*)\|\s*$/;

/** The field/value pairs a line states outright. */
function statedPairs(index: AlertIndex, doc: MarkdownDocument, line: number, spans: InlineSpan[]): Array<{ field: string; value: InlineSpan }> {
  const text = doc.lines[line - 1] ?? '';
  const pairs: Array<{ field: string; value: InlineSpan }> = [];
  const isField = (s: InlineSpan) => knowsField(index, s.text.trim());
  const isValue = (s: InlineSpan) => !isField(s) && fieldsOfValue(index, s.text.trim()).length > 0;

  // A table row pairs the fields of its first cell with the values of its second, in order.
  const row = TABLE_ROW.exec(text);
  if (row) {
    const split = text.indexOf('|', text.indexOf('|') + 1);
    const fields = spans.filter((s) => s.column - 1 < split);
    const values = spans.filter((s) => s.column - 1 > split);
    if (fields.length > 0 && fields.every(isField) && values.length === fields.length && values.every(isValue)) {
      fields.forEach((f, i) => pairs.push({ field: f.text.trim(), value: values[i]! }));
      return pairs;
    }
  }
  const item = FIELD_LIST_ITEM.exec(text);
  if (item) {
    const headEnd = item[0].length;
    const fields = spans.filter((s) => s.column - 1 < headEnd);
    const values = spans.filter((s) => s.column - 1 >= headEnd).filter(isValue);
    if (fields.length > 0 && fields.every(isField) && values.length === fields.length) {
      fields.forEach((f, i) => pairs.push({ field: f.text.trim(), value: values[i]! }));
      return pairs;
    }
  }
  for (let i = 0; i + 1 < spans.length; i++) {
    const a = spans[i]!;
    const b = spans[i + 1]!;
    const between = text.slice(a.column - 1 + a.text.length + 1, b.column - 2);
    if (isField(a) && isValue(b) && CONNECTOR.test(between)) pairs.push({ field: a.text.trim(), value: b });
  }
  return pairs;
}

export const valueOfOtherField: Check = {
  meta: {
    code: 'FR803',
    name: 'value-of-another-field',
    severity: 'error',
    summary: 'A value quoted as one named alert field (`evt.time`, `proc.pname`) that the alert holds under another field.',
    docs: {
      bad: '* `proc.pname`: `containerd-shim`\n* `container.start_ts` and `evt.time`: `1728152809455310091`, `1728152807913221470`',
      good: '* `proc.pname`: `event-generator`\n* `container.start_ts` and `evt.time`: `1728152807913221470`, `1728152809455310091`',
      alert: DOCS_ALERT,
    },
  },
  run({ doc, alert, report }) {
    if (!alert) return;
    const index = indexAlert(alert);
    const byLine = new Map<number, InlineSpan[]>();
    for (const span of doc.spans) byLine.set(span.line, [...(byLine.get(span.line) ?? []), span]);
    for (const [line, spans] of byLine) {
      if (spans.length < 2) continue;
      for (const { field, value } of statedPairs(index, doc, line, spans)) {
        const text = value.text.trim();
        if (holds(index, field, text)) continue;
        const expected = index.valueByField.get(field);
        report({
          line,
          column: value.column,
          message: otherFieldMessage(index, text, fieldsOfValue(index, text), field),
          ...(expected !== undefined ? { suggestion: expected } : {}),
        });
      }
    }
  },
};
