/** Shapes of the files in catalog/, written by scripts/build-catalog.ts. */

export type ArgPresence = 'none' | 'optional' | 'required';

export interface FalcoField {
  name: string;
  /** libs type: CHARBUF, UINT64, BOOL, RELTIME, ABSTIME, IPADDR, ... */
  type: string;
  arg: ArgPresence;
  argType?: 'index' | 'key' | 'index_or_key';
  /** `bracket` = name[ARG], `dot_suffix` = name.ARG */
  argForms?: Array<'bracket' | 'dot_suffix'>;
  argEnum?: string[];
  list?: boolean;
  deprecated?: boolean;
  flags?: Array<'no_rhs' | 'no_transformer' | 'filter_only' | 'output_only' | 'hidden'>;
  /** JSON type of the value under output_fields. */
  json: string;
}

export interface FalcoFieldsData {
  falco: string;
  libs: string;
  sources: Record<string, FalcoField[]>;
}

export interface ItemSyntax {
  required: string[];
  allowed: string[];
  types: Record<string, 'string' | 'boolean' | 'integer' | 'sequence' | 'map' | 'any'>;
  overridable: { append: string[]; replace: string[] };
}

export interface RulesSyntaxData {
  engineVersion: string;
  itemKinds: string[];
  items: { list: ItemSyntax; macro: ItemSyntax; rule: ItemSyntax };
  notOverridable: string[];
  priorities: { canonical: string[]; aliases: Record<string, string> };
  sources: { default: string; plugin: string[] };
  operators: { unary: string[]; numeric: string[]; string: string[]; modifiers: string[]; list: string[] };
  typeGroups: Record<'numeric' | 'string' | 'buffer' | 'ip_or_net' | 'bool', string[]>;
  operatorsByGroup: Record<'numeric' | 'bool' | 'string' | 'buffer' | 'ip_or_net' | 'list_fields', string[]>;
  transformers: string[];
  exceptions: { keys: string[]; required: string[]; singleFieldComps: string[] };
  deprecatedFields: string[];
}

export interface ConfigKey {
  /** Dotted path; `[]` marks list items (`plugins[].name`). */
  path: string;
  type: string;
  values?: Array<string | number | boolean>;
  closed?: boolean;
  /** In the schema but not read by Falco 0.44.1. */
  ignored?: boolean;
  since?: string;
}

export interface RemovedConfigKey {
  path: string;
  removedIn: string;
  lastSeen: string;
  since?: string;
  replacement?: string;
  inSchema?: boolean;
}

export interface FalcoConfigData {
  falco: string;
  keys: ConfigKey[];
  removed: RemovedConfigKey[];
  containerPlugin: { plugin: string; version: string; keys: Array<{ path: string; type: string }> };
}

export interface CliOption {
  short?: string;
  long?: string;
  takesValue: boolean | 'optional';
  valueName?: string;
  deprecated?: boolean;
  since?: string;
  removedIn?: string;
  replacement?: string;
  choices?: string[];
  required?: boolean;
  persistent?: boolean;
}

export interface CobraCommand {
  /** Full command path, e.g. `falcoctl artifact install`. */
  command: string;
  flags: CliOption[];
  requiredFlags?: string[];
}

export interface FalcoCliData {
  falco: { version: string; options: CliOption[]; removedOptions: CliOption[] };
  falcoctl: { version: string; commands: CobraCommand[] };
  eventGenerator: { version: string; commands: CobraCommand[]; actions: Array<{ action: string; rule: string | null; disabled: boolean }> };
}

export interface DefaultRule {
  name: string;
  priority: string | null;
  tags: string[];
  source: string;
  enabled: boolean;
  file: string;
}

export interface DefaultRulesData {
  falco: string;
  files: string[];
  rules: DefaultRule[];
  macros: string[];
  lists: string[];
}

export interface EventTypesData {
  events: string[];
  params: string[];
  syscalls: string[];
}

export interface SysctlsData {
  names: Record<string, { writable: boolean; kind: string }>;
  patterns: Array<{ template: string; regex: string }>;
  /** Names models invent, with the real knob where one exists. */
  invented: Array<{ name: string; realName?: string }>;
}

export interface PathEntry {
  path: string;
  type: 'file' | 'dir' | 'symlink';
  exists: boolean | 'varies';
  area: 'falco' | 'docker' | 'containerd_crio' | 'kubernetes' | 'proc_sys' | 'system';
  /** Where the thing really is, for a path that does not exist. */
  realPath?: string;
  since?: string;
}

export interface PathsData {
  entries: PathEntry[];
  falcoUnits: Array<{ name: string; alias: string | null; execStart: string | null }>;
}

export interface ToolOption {
  short?: string | null;
  long?: string | null;
  other_names?: string[];
  takes_value: boolean | 'optional';
  value_name?: string;
  value_type?: string | null;
  choices?: string[];
  repeatable?: boolean;
  short_takes_value?: boolean;
  negatable?: boolean;
  deprecated?: boolean | string;
}

export interface ToolArgs {
  min: number;
  max: number | null;
  names?: string[];
}

export interface ToolCommand {
  aliases?: string[];
  args?: ToolArgs;
  options?: ToolOption[];
  subcommands?: Record<string, ToolCommand>;
}

export interface ToolSpec extends ToolCommand {
  tool: string;
  binaries: string[];
  version: string;
  /** How the tool parses options: GNU getopt_long, cobra/pflag, urfave/cli, none, or its own way. */
  syntax: 'gnu' | 'cobra' | 'urfave' | 'none' | 'custom';
  global_options?: ToolOption[];
  not_options?: string[];
  not_subcommands?: string[];
  /** Tool-specific grammars kept as harvested (sed script, find expression, ps keywords, ...). */
  [extra: string]: unknown;
}

export interface MitreEntry {
  id: string;
  name: string;
  shortname?: string;
  revoked?: boolean;
  deprecated?: boolean;
  revokedBy?: string;
}

export interface MitreData {
  version: string;
  tactics: MitreEntry[];
  techniques: MitreEntry[];
  otherDomains: string[];
}

export interface CatalogMeta {
  falco: string;
  libs: string;
  rules: string;
  falcoctl: string;
  eventGenerator: string;
  attack: string;
  kernelForSysctls: string;
  tools: Record<string, string | null>;
  corrections: string[];
}
