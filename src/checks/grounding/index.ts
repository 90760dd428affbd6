import type { Check } from '../check.js';
import { containerPathOnHost } from './container-path-on-host.js';
import { misquotedValue } from './misquoted-value.js';
import { mitreNotInTags } from './mitre-not-in-tags.js';
import { valueInWrongRole } from './value-in-wrong-role.js';
import { valueNotInAlert } from './value-not-in-alert.js';
import { valueOfOtherField } from './value-of-other-field.js';
import { wrongPriority } from './wrong-priority.js';
import { wrongRuleName } from './wrong-rule-name.js';

export const groundingChecks: Check[] = [misquotedValue, valueNotInAlert, valueOfOtherField, valueInWrongRole, wrongRuleName, wrongPriority, mitreNotInTags, containerPathOnHost];
