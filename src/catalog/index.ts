import { readFileSync } from 'node:fs';
import { memo } from '../util/memo.js';
import type {
  CatalogMeta,
  DefaultRulesData,
  EventTypesData,
  FalcoCliData,
  FalcoConfigData,
  FalcoFieldsData,
  MitreData,
  PathsData,
  RulesSyntaxData,
  SysctlsData,
  ToolSpec,
} from './types.js';

export type * from './types.js';

// The same relative path works from src/catalog (tsx, vitest) and from dist/catalog (the built CLI).
const CATALOG_DIR = new URL('../../catalog/', import.meta.url);

/** Each file is parsed on first use, so a command pays only for the facts it needs. */
function lazy<T>(file: string): () => T {
  return memo(() => JSON.parse(readFileSync(new URL(`${file}.json`, CATALOG_DIR), 'utf8')) as T);
}

export const catalog = {
  meta: lazy<CatalogMeta>('meta'),
  falcoFields: lazy<FalcoFieldsData>('falco-fields'),
  rulesSyntax: lazy<RulesSyntaxData>('falco-rules-syntax'),
  falcoConfig: lazy<FalcoConfigData>('falco-config'),
  falcoCli: lazy<FalcoCliData>('falco-cli'),
  defaultRules: lazy<DefaultRulesData>('falco-default-rules'),
  eventTypes: lazy<EventTypesData>('falco-event-types'),
  sysctls: lazy<SysctlsData>('sysctls'),
  paths: lazy<PathsData>('paths'),
  tools: lazy<Record<string, ToolSpec>>('tools'),
  mitre: lazy<MitreData>('mitre'),
};

export type Catalog = typeof catalog;
