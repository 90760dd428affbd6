/** Helpers to write report excerpts holding Falco rules. */

export const fence = (body: string, lang = 'yaml'): string => `\`\`\`${lang}\n${body.replace(/\n$/, '')}\n\`\`\``;

export interface RuleParts {
  name?: string;
  desc?: string;
  condition?: string;
  output?: string;
  priority?: string;
  extra?: string;
}

/** A correct rule (6 lines when `extra` is empty), with any part replaced. */
export function rule(parts: RuleParts = {}): string {
  const {
    name = 'Shell in container',
    desc = 'A shell was spawned in a container',
    condition = 'spawned_process and container and proc.name in (shell_binaries)',
    output = 'Shell in container (user=%user.name cmd=%proc.cmdline container=%container.name image=%container.image.repository)',
    priority = 'WARNING',
    extra = '',
  } = parts;
  return `- rule: ${name}\n  desc: ${desc}\n  condition: ${condition}\n  output: ${output}\n  priority: ${priority}\n${extra}`;
}
