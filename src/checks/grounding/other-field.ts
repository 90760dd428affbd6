import type { AlertIndex } from './alert-index.js';
import { fieldLabel } from './judge.js';

/** "`x` is the alert's proc.aname[2], not proc.pname (proc.pname is event-generator)". */
export function otherFieldMessage(index: AlertIndex, value: string, valueFields: string[], expected: string, expectedLabel = expected): string {
  const real = valueFields.find((f) => f.includes('.')) ?? valueFields[0] ?? fieldLabel(index, value, 'output');
  const expectedValue = index.valueByField.get(expected);
  return `${value} is the alert's ${real}, not ${expectedLabel}${expectedValue !== undefined ? ` (${expected} is ${expectedValue})` : ''}`;
}
