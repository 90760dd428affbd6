/**
 * The file names the report tells people to put changes in. They are derived from the rule name (rule changes) or
 * the item position (config changes), so the whole report and a single item rendered alone name the same file.
 */

/** `Terminal shell in container` → `terminal-shell-in-container`; never empty, never a path. */
export function slugOf(text: string): string {
  const slug = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug === '' ? 'falco-report' : slug;
}

/** Falco reads every *.yaml / *.yml file of /etc/falco/rules.d after the default rules files. */
export function rulesFileFor(rule: string): string {
  return `/etc/falco/rules.d/${slugOf(rule)}.yaml`;
}

/** One drop-in per change, so two changes never fight over the same keys in one file. */
export function configFileFor(index: number): string {
  return `/etc/falco/config.d/falco-report-${index + 1}.yaml`;
}
