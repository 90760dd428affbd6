/**
 * Shapes that are not a Falco rules file at all, recognised on the raw text before any YAML
 * parsing: INI sections (`[rule]`, `[main]`) and HCL-like blocks (`container { action = ... }`).
 * Falco reads only YAML (rule_loader_reader.cpp); these never load.
 */

export const REAL_SHAPE =
  'a Falco rules file is a YAML list of items such as `- rule: <name>` with `desc:`, `condition:`, `output:` and `priority:` (e.g. WARNING) keys';

export interface ShapeProblem {
  offset: number;
  endOffset: number;
  message: string;
}

const SECTION = /^[ \t]*\[([A-Za-z_][\w .:-]*)\][ \t]*$/;
const INI_ASSIGNMENT = /^[ \t]*[A-Za-z_][\w.-]*[ \t]*=(?!=|~)/;
const HCL_OPEN = /^[ \t]*[A-Za-z_][\w.-]*(?:[ \t]+"[^"]*")*[ \t]*\{[ \t]*$/;
const COMMENT = /^[ \t]*(#|;|\/\/)/;

interface Line {
  text: string;
  start: number;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const text_ of text.split('\n')) {
    out.push({ text: text_.replace(/\r$/, ''), start });
    start += text_.length + 1;
  }
  return out;
}

/**
 * An INI or HCL-like text, reported once over its whole extent; undefined for anything else. An
 * HCL block counts when the text starts with one, or when the text is not valid YAML anyway
 * (`yamlFailed`): a brace line inside a YAML block scalar must not make a rules file "HCL".
 */
export function sniffNonYaml(text: string, yamlFailed: boolean): ShapeProblem | undefined {
  // A YAML rules file starts with '-' (or '---'): settle it without splitting the whole text.
  const firstChar = /^(?:[ \t]*(?:[#;].*)?\r?\n)*[ \t]*(\S)/.exec(text)?.[1];
  if (!yamlFailed && firstChar !== '[' && !/^[ \t]*[A-Za-z_][\w.-]*(?:[ \t]+"[^"]*")*[ \t]*\{[ \t]*$/m.test(text.slice(0, 400))) return undefined;
  const lines = linesOf(text).filter((l) => l.text.trim() !== '' && !COMMENT.test(l.text));
  const first = lines[0];
  if (!first) return undefined;
  const last = lines[lines.length - 1]!;
  const endOffset = last.start + last.text.length;
  const section = SECTION.exec(first.text);
  const hasAssignments = lines.some((l) => INI_ASSIGNMENT.test(l.text));
  const hcl = lines.find((l) => HCL_OPEN.test(l.text));
  if (section && (hasAssignments || hcl)) {
    const extra = hcl ? ` and a \`${hcl.text.trim()}\` block` : '';
    return {
      offset: first.start + first.text.indexOf('['),
      endOffset,
      message: `INI-style [${section[1]}] section${extra}: Falco has no INI rules syntax; ${REAL_SHAPE}`,
    };
  }
  if (hcl && (hcl === first || yamlFailed) && lines.some((l) => l.text.trim() === '}')) {
    return {
      offset: hcl.start + (hcl.text.length - hcl.text.trimStart().length),
      endOffset,
      message: `HCL-like \`${hcl.text.trim()}\` block: Falco has no such rules syntax; ${REAL_SHAPE}`,
    };
  }
  return undefined;
}
