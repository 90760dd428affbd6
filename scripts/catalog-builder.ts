/**
 * Turns the ground-truth facts in ../shared (Falco 0.44.1, tool CLI specs, sysctls, paths, MITRE ATT&CK)
 * into the project's own catalog. Only names, types, flags and values are kept:
 * upstream prose (notes, summaries, descriptions) is dropped on purpose.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORRECTIONS } from './catalog-corrections.js';

type Json = Record<string, any>;
/** Reads one JSON file of ../shared by its path inside it. */
type Reader = (path: string) => Json;

/** Keys whose values are upstream prose or bookkeeping, never facts a check needs. */
const PROSE_KEYS = new Set(['from', 'sources', 'notes', 'note', 'why', 'summary', 'description', 'meaning', 'provenance', 'usage', 'synopsis', 'default', 'group', 'see', 'env', 'file']);

function stripProse(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripProse);
  if (value && typeof value === 'object') {
    const out: Json = {};
    for (const [k, v] of Object.entries(value)) if (!PROSE_KEYS.has(k)) out[k] = stripProse(v);
    return out;
  }
  return value;
}

function flags(field: Json): string[] {
  const out: string[] = [];
  if (field.no_rhs_field) out.push('no_rhs');
  if (field.no_transformer) out.push('no_transformer');
  if (field.filter_only) out.push('filter_only');
  if (field.output_only) out.push('output_only');
  if (field.hidden) out.push('hidden');
  return out;
}

function buildFields(read: Reader): Json {
  const src = read('falco/fields.json');
  const sources: Record<string, Json[]> = {};
  for (const f of src.fields) {
    const entry: Json = { name: f.name, type: f.type, arg: f.arg };
    if (f.arg_type) entry.argType = f.arg_type;
    if (f.arg_forms) entry.argForms = f.arg_forms;
    if (f.arg_enum) entry.argEnum = f.arg_enum;
    if (f.is_list) entry.list = true;
    if (f.deprecated) entry.deprecated = true;
    const fl = flags(f);
    if (fl.length) entry.flags = fl;
    entry.json = f.json_value;
    (sources[f.source] ??= []).push(entry);
  }
  return { falco: src.meta.falco_version, libs: src.meta.libs_version, sources };
}

function buildRulesSyntax(read: Reader): Json {
  const s = read('falco/rules-syntax.json');
  const cl = s.condition_language;
  const keyType = (t: string) =>
    t.startsWith('string') ? 'string' : t.startsWith('boolean') ? 'boolean' : t.startsWith('integer') ? 'integer' : t.startsWith('sequence') ? 'sequence' : t.startsWith('map') ? 'map' : 'any';
  const items: Json = {};
  for (const kind of ['list', 'macro', 'rule'] as const) {
    const it = s.items[kind];
    items[kind] = {
      required: it.required_keys ?? it.required_keys_new_rule,
      allowed: it.allowed_keys,
      types: Object.fromEntries(Object.entries(it.key_types as Record<string, string>).map(([k, v]) => [k, keyType(v)])),
      overridable: it.overridable,
    };
  }
  const groups: Record<string, string[]> = {
    numeric: ['INT8', 'INT16', 'INT32', 'INT64', 'UINT8', 'UINT16', 'UINT32', 'UINT64', 'ERRNO', 'FD', 'PID', 'SYSCALLID', 'SIGTYPE', 'RELTIME', 'ABSTIME', 'PORT', 'FLAGS8', 'FLAGS16', 'FLAGS32', 'DOUBLE', 'MODE', 'ENUMFLAGS8', 'ENUMFLAGS16', 'ENUMFLAGS32'],
    string: ['CHARBUF', 'FSPATH', 'FSRELPATH'],
    buffer: ['BYTEBUF'],
    ip_or_net: ['IPV4ADDR', 'IPV4NET', 'IPV6ADDR', 'IPV6NET', 'IPADDR', 'IPNET'],
    bool: ['BOOL'],
  };
  const compat = cl.operator_type_compatibility;
  return {
    engineVersion: s.meta.falco_engine_version,
    itemKinds: s.file_structure.item_dispatch_order,
    items,
    notOverridable: s.items.rule.not_overridable,
    priorities: { canonical: s.priority.canonical, aliases: s.priority.alias },
    sources: { default: s.sources.default, plugin: Object.keys(s.sources.known_plugin_sources) },
    operators: {
      unary: cl.operators.unary,
      numeric: cl.operators.numeric_comparison,
      string: cl.operators.string_comparison,
      modifiers: cl.operators.string_modifiers,
      list: cl.operators.list,
    },
    typeGroups: groups,
    operatorsByGroup: {
      numeric: compat.numeric,
      bool: compat.bool,
      string: compat.string,
      buffer: compat.buffer,
      ip_or_net: compat.ip_or_net,
      list_fields: compat.list_fields,
    },
    transformers: cl.transformers.list,
    exceptions: { keys: s.exceptions.item_keys, required: s.exceptions.required, singleFieldComps: ['in', 'pmatch', 'intersects'] },
    deprecatedFields: cl.deprecated_fields_warned,
  };
}

function buildConfig(read: Reader): Json {
  const c = read('falco/config-keys.json');
  const keys = c.keys.map((k: Json) => {
    const entry: Json = { path: k.path, type: k.type };
    if (k.allowed_values) entry.values = k.allowed_values;
    if (k.closed_object) entry.closed = true;
    if (k.read_by_falco_0_44_1 === false) entry.ignored = true;
    if (k.first_seen_in_falco_yaml) entry.since = k.first_seen_in_falco_yaml;
    return entry;
  });
  const removed = c.removed_keys.map((k: Json) => {
    const entry: Json = { path: k.path, removedIn: k.removed_from_falco_yaml_in ?? k.removed_in, lastSeen: k.last_seen_in_falco_yaml };
    if (k.first_seen_in_falco_yaml) entry.since = k.first_seen_in_falco_yaml;
    if (k.replacement) entry.replacement = k.replacement;
    if (k.accepted_by_0_44_1_schema) entry.inSchema = true;
    return entry;
  });
  const plugin = c.container_plugin_init_config;
  return {
    falco: c.meta.falco_version,
    keys,
    removed,
    containerPlugin: { plugin: plugin.plugin, version: plugin.version, keys: plugin.keys.map((k: Json) => ({ path: k.path, type: k.type })) },
  };
}

function buildCli(read: Reader): Json {
  const c = read('falco/falco-cli.json');
  const option = (o: Json) => {
    const entry: Json = {};
    if (o.short) entry.short = o.short;
    if (o.long) entry.long = o.long;
    entry.takesValue = o.takes_value;
    if (o.value_name) entry.valueName = o.value_name;
    if (o.deprecated) entry.deprecated = true;
    if (o.first_seen) entry.since = o.first_seen;
    if (o.removed_in) entry.removedIn = o.removed_in;
    if (o.replacement) entry.replacement = o.replacement;
    if (o.choices) entry.choices = o.choices;
    if (o.required) entry.required = true;
    if (o.persistent) entry.persistent = true;
    return entry;
  };
  const cobraCommands = (commands: Json[]) =>
    commands.map((cmd) => ({
      command: cmd.command,
      flags: (cmd.flags ?? []).map(option),
      ...(cmd.required_flags?.length ? { requiredFlags: cmd.required_flags } : {}),
    }));
  const actions = read('falco/event-generator-actions.json');
  return {
    falco: { version: c.falco.version, options: c.falco.options.map(option), removedOptions: c.falco.removed_options.map(option) },
    falcoctl: { version: c.falcoctl.version, commands: cobraCommands(c.falcoctl.commands) },
    eventGenerator: {
      version: c.event_generator.version,
      commands: cobraCommands(c.event_generator.commands),
      actions: actions.actions.map((a: Json) => ({ action: a.action, rule: a.triggers_rule ?? null, disabled: a.disabled_by_default })),
    },
  };
}

function buildDefaultRules(read: Reader): Json {
  const d = read('falco/default-rules.json');
  const files = d.meta.files.map((f: Json) => f.file.replace(/^upstream\/rules\//, ''));
  return {
    falco: d.meta.falco_version,
    files,
    // An override or append item modifies a rule defined in another file; it is not a definition of its own.
    rules: d.rules.filter((r: Json) => !r.is_override_or_append).map((r: Json) => ({ name: r.name, priority: r.priority, tags: r.tags ?? [], source: r.source ?? 'syscall', enabled: r.enabled ?? true, file: r.file })),
    macros: [...new Set(d.macros.map((m: Json) => m.name))].sort(),
    lists: [...new Set(d.lists.map((l: Json) => l.name))].sort(),
  };
}

function buildEventTypes(read: Reader): Json {
  const e = read('falco/event-types.json');
  return {
    events: [...new Set(e.events.map((ev: Json) => ev.name))].sort(),
    params: e.param_names,
    syscalls: e.ppm_sc_names,
  };
}

function buildSysctls(read: Reader): Json {
  const s = read('tools/sysctls.json');
  const names: Json = {};
  for (const [name, info] of Object.entries<Json>(s.sysctls)) {
    if (info.template) continue;
    names[name] = { writable: info.writable !== false, kind: info.kind ?? 'unknown' };
  }
  return {
    names,
    patterns: s.patterns.map((p: Json) => ({ template: p.template, regex: p.regex })),
    invented: s.not_sysctls.map((n: Json) => {
      // The note names the real knob in words; keep only that name, and only if it is a real sysctl.
      const named = (String(n.why).match(/\b[a-z0-9_-]+(?:\.[a-z0-9_<>-]+)+\b/g) ?? []).find(
        (c) => c !== n.name && (c in s.sysctls || s.patterns.some((p: Json) => new RegExp(p.regex).test(c))),
      );
      return named ? { name: n.name, realName: named } : { name: n.name };
    }),
  };
}

const trimSlash = (path: string) => path.replace(/\/$/, '');

/** The real location of a path that does not exist: a known path named in its note, or the same path with .yaml. */
function realPathOf(entry: Json, known: Map<string, string>): string | undefined {
  const named = (String(entry.note ?? '').match(/(?:~|\/)[\w./<>-]*[\w/>]/g) ?? []).map(trimSlash).find((c) => c !== trimSlash(entry.path) && known.has(c));
  if (named) return known.get(named);
  const asYaml = entry.path.replace(/\.yml$/, '.yaml');
  return asYaml !== entry.path && known.has(asYaml) ? known.get(asYaml) : undefined;
}

function buildPaths(read: Reader): Json {
  const p = read('tools/paths.json');
  const areas = ['falco', 'docker', 'containerd_crio', 'kubernetes', 'proc_sys', 'system'];
  const all: Json[] = areas.flatMap((area) => p[area].map((e: Json) => ({ ...e, area })));
  const known = new Map<string, string>();
  for (const e of all.filter((x) => x.exists_on_stock_install !== false)) {
    known.set(trimSlash(e.path), e.path);
    // A directory that holds known paths is known too (/var/lib/docker/containers holds <id>/).
    for (let parent = trimSlash(e.path).replace(/\/[^/]*$/, ''); parent.length > 1; parent = parent.replace(/\/[^/]*$/, '')) {
      if (!known.has(parent)) known.set(parent, `${parent}/`);
    }
  }
  const entries = all.map((e) => {
    const entry: Json = { path: e.path, type: e.type, exists: e.exists_on_stock_install, area: e.area };
    if (e.exists_on_stock_install === false) {
      const real = realPathOf(e, known);
      if (real) entry.realPath = real;
    }
    if (e.since) entry.since = e.since;
    return entry;
  });
  const units = Object.entries<Json>(p.falco_systemd.units).map(([name, u]) => ({ name, alias: u.alias ?? null, execStart: u.exec_start ?? null }));
  return { entries, falcoUnits: units };
}

function buildTools(read: Reader, sharedDir: string): Json {
  const dir = join(sharedDir, 'tools', 'commands');
  const tools: Json = {};
  for (const file of readdirSync(dir).sort()) {
    const spec = read(join('tools', 'commands', file));
    if (spec.see) continue; // falcoctl points at falco-cli.json, which the falco part of the catalog holds
    const syntax = String(spec.option_syntax ?? '');
    const kind = syntax.startsWith('getopt_long') ? 'gnu' : syntax.startsWith('cobra') ? 'cobra' : syntax.startsWith('urfave') ? 'urfave' : syntax === '' || syntax.startsWith('no options') ? 'none' : 'custom';
    const out = stripProse(spec) as Json;
    delete out.option_syntax;
    delete out.package;
    out.syntax = kind;
    if (spec.not_options) out.not_options = spec.not_options.map((n: Json) => n.name);
    if (spec.not_subcommands) out.not_subcommands = spec.not_subcommands.map((n: Json) => n.name ?? n);
    tools[spec.tool] = out;
  }
  return tools;
}

function buildMitre(read: Reader): Json {
  const m = read('mitre/attack-enterprise.json');
  const entry = (t: Json) => {
    const e: Json = { id: t.id, name: t.name };
    if (t.shortname) e.shortname = t.shortname;
    if (t.revoked) e.revoked = true;
    if (t.deprecated) e.deprecated = true;
    if (t.revoked_by) e.revokedBy = t.revoked_by;
    return e;
  };
  return {
    version: m.meta.attack_version,
    tactics: m.tactics.map(entry),
    techniques: [...m.techniques, ...m.subtechniques].map(entry),
    otherDomains: [...m.other_domain_ids['mobile-attack'], ...m.other_domain_ids['ics-attack']],
  };
}

function versionOf(tools: Json): Json {
  return Object.fromEntries(Object.entries<Json>(tools).map(([name, t]) => [name, t.version ?? null]));
}

/** Every catalog file by name (without .json), built from the ../shared folder at `sharedDir`. */
export function buildCatalog(sharedDir: string): Record<string, Json> {
  const read: Reader = (path) => JSON.parse(readFileSync(join(sharedDir, path), 'utf8'));
  const fields = buildFields(read);
  const tools = buildTools(read, sharedDir);
  const cli = buildCli(read);
  const mitre = buildMitre(read);
  const outputs: Record<string, Json> = {
    'falco-fields': fields,
    'falco-rules-syntax': buildRulesSyntax(read),
    'falco-config': buildConfig(read),
    'falco-cli': cli,
    'falco-default-rules': buildDefaultRules(read),
    'falco-event-types': buildEventTypes(read),
    sysctls: buildSysctls(read),
    paths: buildPaths(read),
    tools,
    mitre,
  };
  for (const correction of CORRECTIONS) correction.apply(outputs);

  outputs.meta = {
    falco: fields.falco,
    libs: fields.libs,
    rules: 'falco-rules-5.1.0',
    falcoctl: cli.falcoctl.version,
    eventGenerator: cli.eventGenerator.version,
    attack: mitre.version,
    kernelForSysctls: '6.12',
    tools: versionOf(tools),
    corrections: CORRECTIONS.map((c) => c.id),
  };

  return outputs;
}
