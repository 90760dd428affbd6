import { catalog } from '../../../catalog/index.js';
import { knownBinaries, toolByBinary } from '../../../catalog/lookup.js';
import { buildCobraModel, buildFalcoModel } from './build-falco.js';
import { buildToolModel } from './build-tools.js';
import type { ToolModel } from './types.js';

/** The Falco project's own command-line programs, described by catalog/falco-cli.json. */
export const FALCO_PROGRAMS = ['falco', 'falcoctl', 'event-generator'] as const;

function buildFalcoProgram(name: string): ToolModel | undefined {
  const cli = catalog.falcoCli();
  if (name === 'falco') return buildFalcoModel(cli.falco);
  if (name === 'falcoctl') return buildCobraModel('falcoctl', cli.falcoctl.commands);
  if (name === 'event-generator') return buildCobraModel('event-generator', cli.eventGenerator.commands);
  return undefined;
}

// Built on first use of each program, so a report pays only for the tools it runs.
const models = new Map<string, ToolModel | null>();

/** A program name without its directory (`/usr/bin/docker` -> `docker`). */
export function basename(name: string): string {
  return name.slice(name.lastIndexOf('/') + 1);
}

/** The command-line model of a program by the name it is run as; undefined when the catalog cannot model it. */
export function toolModel(name: string): ToolModel | undefined {
  const binary = basename(name);
  let model = models.get(binary);
  if (model === undefined) {
    const spec = toolByBinary(binary);
    model = (spec ? buildToolModel(spec, binary) : buildFalcoProgram(binary)) ?? null;
    models.set(binary, model);
  }
  return model ?? undefined;
}

/** True when the catalog describes the program at all (even if its syntax is not modelled, like awk). */
export function isCatalogProgram(name: string): boolean {
  const binary = basename(name);
  return (FALCO_PROGRAMS as readonly string[]).includes(binary) || toolByBinary(binary) !== undefined;
}

let programNames: string[] | undefined;

/** Every program name the catalog knows, for near-miss suggestions. */
export function catalogProgramNames(): string[] {
  return (programNames ??= [...FALCO_PROGRAMS, ...knownBinaries()]);
}
