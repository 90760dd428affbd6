/**
 * How Falco turns a YAML scalar into a typed setting. Falco reads falco.yaml with yaml-cpp and
 * converts each scalar when it reads the key (`node.as<T>()`), whether or not it was quoted, so
 * these follow yaml-cpp's converters rather than the YAML 1.2 core schema.
 */

const BOOL_WORDS = new Set(['y', 'n', 'yes', 'no', 'true', 'false', 'on', 'off']);

/** yaml-cpp accepts a bool word in lower case, UPPER case or Capitalised, nothing else (`tRUE` fails). */
function isFlexibleCase(text: string): boolean {
  if (text === text.toLowerCase() || text === text.toUpperCase()) return true;
  return text[0] === text[0]!.toUpperCase() && text.slice(1) === text.slice(1).toLowerCase();
}

export function readsAsBoolean(text: string): boolean {
  return isFlexibleCase(text) && BOOL_WORDS.has(text.toLowerCase());
}

/** yaml-cpp reads integers with a base-detecting stream: decimal, 0x hex or leading-0 octal, whole text. */
export function readsAsInteger(text: string): boolean {
  return /^[-+]?(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.test(text);
}

/** Doubles: decimal or exponent forms, plus the YAML spellings of infinity and NaN. */
export function readsAsNumber(text: string): boolean {
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
