import { catalog } from '../../../catalog/index.js';
import { nearest } from '../../../util/nearest.js';
import { catalogProgramNames, FALCO_PROGRAMS, isCatalogProgram } from '../model/models.js';
import { isCommonProgram } from './known-programs.js';

export interface Invention {
  name: string;
  /** The real program the name stands for. */
  intended: string;
  /** `falco`: a made-up member of the Falco family; `near-miss`: a misspelt catalog program. */
  kind: 'falco' | 'near-miss';
}

/** A lowercase program-like word; output lines, CamelCase binary names and values are not. */
export const PROGRAM_LIKE = /^[a-z][a-z0-9_.+-]*$/;

// Linux truncates a process name (comm) to 15 characters: `falco-event-gen` is a proc.name value
// quoted from an alert, not a program someone made up.
const COMM_LENGTH = 15;

let falcoNames: Set<string> | undefined;

/** Names in the Falco world that are real but not catalog programs: its systemd units and companions. */
function realFalcoNames(): Set<string> {
  if (falcoNames) return falcoNames;
  falcoNames = new Set<string>();
  for (const unit of catalog.paths().falcoUnits) {
    for (const name of [unit.name, unit.alias]) if (name) falcoNames.add(name.replace(/\.service$/, ''));
  }
  return falcoNames;
}

/** Real programs of the Falco project outside the catalog, so `falco-sidekick` is not read as falco. */
const FALCO_COMPANIONS = ['falcosidekick', 'falco-exporter', 'falco-talon'];

function intendedFalcoProgram(name: string): string {
  if (/gen(erator)?/.test(name)) return 'event-generator';
  if (/ctl|ctrl/.test(name)) return 'falcoctl';
  return nearest(name, [...FALCO_PROGRAMS, ...FALCO_COMPANIONS], 2) ?? 'falco';
}

/**
 * Whether `name`, run as a program, is an invented or misspelt one. In prose (`inProse`) only the
 * unmistakable cases count: a Falco program's name dressed up (`falco-event-generator`, `falcoctrl`),
 * or a near miss of a catalog program that is given arguments (`kubeclt get pods`).
 */
export function inventedProgram(name: string, options: { inProse: boolean; hasArgs: boolean }): Invention | undefined {
  if (!PROGRAM_LIKE.test(name) || name.length > 40) return undefined;
  if (isCatalogProgram(name) || isCommonProgram(name) || realFalcoNames().has(name)) return undefined;

  if (/falco|event.?generator/.test(name)) {
    if (options.inProse) {
      if (name.length === COMM_LENGTH) return undefined;
      // In running text `falco-modern-bpf` or `falco_rules` are units and files; only a dressed-up program name counts.
      const dressedUp = /event.?generator|falcoctl|falcoctrl|falco-?ctl/.test(name) || nearest(name, FALCO_PROGRAMS, 2) !== undefined;
      if (!dressedUp) return undefined;
    }
    return { name, intended: intendedFalcoProgram(name), kind: 'falco' };
  }

  if (name.length < 5 || (options.inProse && !options.hasArgs)) return undefined;
  // One edit (a swap counts as one): `kubeclt`, `dockr`, `systemctrl`. Two edits already reach real
  // programs (`findfs`, `gencat`, `utmpdump`), and so does a letter in front (`rgrep`, `nstat`, `xkill`)
  // or a number behind (`killall5`), which a typo does not produce.
  const intended = nearest(name, catalogProgramNames(), 1);
  if (!intended || name.endsWith(intended) || (name.startsWith(intended) && /^\d+$/.test(name.slice(intended.length)))) return undefined;
  return { name, intended, kind: 'near-miss' };
}
