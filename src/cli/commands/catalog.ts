import { catalog } from '../../catalog/index.js';
import { EXIT, type CliIO } from '../io.js';

/** What the catalog holds: the versions its facts come from and how many of each kind. */
export function catalogSummary() {
  const meta = catalog.meta();
  const fields = catalog.falcoFields();
  const rules = catalog.defaultRules();
  const cli = catalog.falcoCli();
  const mitre = catalog.mitre();
  const sysctls = catalog.sysctls();
  const config = catalog.falcoConfig();
  return {
    versions: {
      falco: meta.falco,
      libs: meta.libs,
      rules: meta.rules,
      falcoctl: meta.falcoctl,
      eventGenerator: meta.eventGenerator,
      attack: meta.attack,
      kernelForSysctls: meta.kernelForSysctls,
    },
    counts: {
      fieldsBySource: Object.fromEntries(Object.entries(fields.sources).map(([s, list]) => [s, list.length])),
      defaultRules: rules.rules.length,
      defaultMacros: rules.macros.length,
      defaultLists: rules.lists.length,
      configKeys: config.keys.length,
      removedConfigKeys: config.removed.length,
      falcoOptions: cli.falco.options.length,
      removedFalcoOptions: cli.falco.removedOptions.length,
      falcoctlCommands: cli.falcoctl.commands.length,
      eventGeneratorCommands: cli.eventGenerator.commands.length,
      sysctls: Object.keys(sysctls.names).length,
      sysctlTemplates: sysctls.patterns.length,
      tools: Object.keys(catalog.tools()).length,
      paths: catalog.paths().entries.length,
      mitreTactics: mitre.tactics.length,
      mitreTechniques: mitre.techniques.length,
    },
    corrections: meta.corrections,
  };
}

export function runCatalog(options: { format: 'text' | 'json' }, io: CliIO): number {
  const summary = catalogSummary();
  if (options.format === 'json') {
    io.stdout(JSON.stringify(summary, null, 2) + '\n');
    return EXIT.ok;
  }
  const lines = ['versions:'];
  for (const [k, v] of Object.entries(summary.versions)) lines.push(`  ${k}: ${v}`);
  lines.push('counts:');
  for (const [k, v] of Object.entries(summary.counts)) {
    if (typeof v === 'number') lines.push(`  ${k}: ${v}`);
    else for (const [s, n] of Object.entries(v)) lines.push(`  ${k}.${s}: ${n}`);
  }
  lines.push(`corrections: ${summary.corrections.length === 0 ? 'none' : summary.corrections.join(', ')}`);
  io.stdout(lines.join('\n') + '\n');
  return EXIT.ok;
}
