import type { Check } from '../check.js';
import { unknownConfigKey } from './unknown-config-key.js';
import { wrongConfigType } from './wrong-config-type.js';
import { invalidConfigValue } from './invalid-config-value.js';
import { removedConfigKey } from './removed-config-key.js';
import { wrongConfigFileName } from './wrong-config-file-name.js';
import { unknownOptionKey } from './unknown-option-key.js';
import { deprecatedConfigKey } from './deprecated-config-key.js';
import { invalidConfigYaml } from './invalid-config-yaml.js';

/** falco.yaml checks: config blocks, config text written by shell commands, `falco -o`/`-c` (FR950–FR957). */
export const configChecks: Check[] = [unknownConfigKey, wrongConfigType, invalidConfigValue, removedConfigKey, wrongConfigFileName, unknownOptionKey, deprecatedConfigKey, invalidConfigYaml];
