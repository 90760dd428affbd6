/**
 * How Falco turns a YAML scalar into a typed setting. Falco reads falco.yaml with yaml-cpp and
 * converts each scalar when it reads the key (`node.as<T>()`), whether or not it was quoted, so
 * these follow yaml-cpp's converters rather than the YAML 1.2 core schema.
 */

import { parseYamlCppBool } from '../rules/yaml-util.js';

/** yaml-cpp's convert<bool> (y/yes/true/on, n/no/false/off in lower, UPPER or Capitalised case), shared with the rules reader. */
function readsAsBoolean(text: string): boolean {
  return parseYamlCppBool(text) !== undefined;
}

/** yaml-cpp reads integers with a base-detecting stream: decimal, 0x hex or leading-0 octal, whole text. */
function readsAsInteger(text: string): boolean {
  return /^[-+]?(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.test(text);
}

/** Doubles: decimal or exponent forms, plus the YAML spellings of infinity and NaN. */
function readsAsNumber(text: string): boolean {
  return readsAsInteger(text) || /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text) || /^[-+]?\.(inf|Inf|INF)$|^\.(nan|NaN|NAN)$/.test(text);
}

/** A plain scalar yaml-cpp reads as null. */
export function isNullScalar(text: string, plain: boolean): boolean {
  return plain && (text === '' || text === '~' || text === 'null' || text === 'Null' || text === 'NULL');
}

/**
 * A value whose text is not known until Falco runs: `${VAR}` is replaced from the environment when
 * the file is loaded; `<placeholder>` and `...` are the model's own blanks. Such values are not judged.
 */
export function isOpaqueValue(text: string): boolean {
  // `$${x}` is Falco's escape for a literal `${x}`, known now.
  return /(?<!\$)\$\{[^}]*\}/.test(text) || /<[^<>\s][^<>]*>/.test(text) || /^\.\.\.$|^…$/.test(text.trim());
}

/** Whether a scalar's text can be read as the given catalog type. */
export function scalarFits(type: string, text: string): boolean {
  switch (type) {
    case 'string':
      return true;
    case 'boolean':
      return readsAsBoolean(text);
    case 'integer':
      return readsAsInteger(text);
    case 'number':
      return readsAsNumber(text);
    default:
      return false;
  }
}
