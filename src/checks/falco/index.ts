import type { Check } from '../check.js';
import { notARulesFile } from './not-a-rules-file.js';
import { unknownRuleKey } from './unknown-rule-key.js';
import { missingRequiredKey } from './missing-required-key.js';
import { wrongValueType } from './wrong-value-type.js';
import { invalidPriority } from './invalid-priority.js';
import { unknownSource } from './unknown-source.js';
import { conditionSyntax } from './condition-syntax.js';
import { unknownField } from './unknown-field.js';
import { undefinedMacro } from './undefined-macro.js';
import { operatorTypeMismatch } from './operator-type-mismatch.js';
import { invalidOutput } from './invalid-output.js';
import { badException } from './bad-exception.js';
import { badOverride } from './bad-override.js';
import { unsupportedInVersion } from './unsupported-in-version.js';
import { rulesYamlSyntax } from './rules-yaml-syntax.js';
import { unknownListReference } from './unknown-list-reference.js';
import { unknownEventType } from './unknown-event-type.js';

/** Falco rules-file checks (FR901-FR949): one module per code, sharing one validation per report. */
export const falcoChecks: Check[] = [
  notARulesFile,
  unknownRuleKey,
  missingRequiredKey,
  wrongValueType,
  invalidPriority,
  unknownSource,
  conditionSyntax,
  unknownField,
  undefinedMacro,
  operatorTypeMismatch,
  invalidOutput,
  badException,
  badOverride,
  unsupportedInVersion,
  rulesYamlSyntax,
  unknownListReference,
  unknownEventType,
];
