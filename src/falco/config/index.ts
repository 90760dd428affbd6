/** falco.yaml as Falco reads it: the validator, `falco -o` overrides, and how a text is recognised as falco.yaml. */
export { validateConfigText, validateConfigRoot, parseConfigText, type ValidateConfigOptions, type ParsedConfigText } from './validate.js';
export { validateOverride, parseOverride, type OverrideOptions, type ParsedOverride } from './option.js';
export { CONFIG_CODES, CONFIG_SEVERITY, type ConfigCode, type ConfigProblem } from './problem.js';
export { blockLabel, configFileNamedIn, looksLikeFalcoConfig, helmFalcoSection, configMapFalcoYaml } from './detect.js';
export { configFileNameProblem, configFilePath } from './names.js';
