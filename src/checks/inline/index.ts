import type { Check } from '../check.js';
import { fieldAsSetting } from './field-as-setting.js';
import { fieldDescribedWrongly } from './field-description.js';
import { mitreNameMismatch } from './mitre-name-mismatch.js';
import { revokedMitreId } from './revoked-mitre-id.js';
import { unknownFieldSpan } from './unknown-field-span.js';
import { unknownMitreId } from './unknown-mitre-id.js';
import { unknownSysctlSpan } from './unknown-sysctl-span.js';
import { wrongProjectHost } from './wrong-project-host.js';
import { wrongWellKnownPath } from './well-known-path.js';

export const inlineChecks: Check[] = [
  wrongWellKnownPath,
  unknownSysctlSpan,
  unknownFieldSpan,
  wrongProjectHost,
  unknownMitreId,
  revokedMitreId,
  mitreNameMismatch,
  fieldDescribedWrongly,
  fieldAsSetting,
];
