import { pathEntry } from '../../catalog/lookup.js';

/** Falco's configuration file, from the catalog's path list. */
export function configFilePath(): string {
  const real = pathEntry('/etc/falco/falco.conf')?.realPath;
  return real ?? '/etc/falco/falco.yaml';
}

export interface NameProblem {
  message: string;
  suggestion: string;
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * A configuration file named wrongly: Falco's file is falco.yaml, there is no falco.conf, and Falco
 * looks for /etc/falco/falco.yaml, never falco.yml. `where` says how the name was used: a label
 * (`# falco.yml` above a block) also names the default file; a `-c` path is the user's own file,
 * so only its falco.conf name or the default directory's .yml is wrong.
 */
export function configFileNameProblem(name: string, where: 'label' | 'path'): NameProblem | undefined {
  const real = configFilePath();
  const base = baseName(name);
  const dir = name.slice(0, name.length - base.length);
  if (base === 'falco.conf') {
    return {
      message: `Falco's configuration file is ${baseName(real)} (${real}), YAML; there is no falco.conf`,
      suggestion: dir === '' ? baseName(real) : `${dir}${baseName(real)}`,
    };
  }
  if (base === 'falco.yml' && (dir === '/etc/falco/' || (where === 'label' && dir === ''))) {
    return { message: `Falco reads ${real} (.yaml, not .yml)`, suggestion: dir === '' ? baseName(real) : real };
  }
  return undefined;
}
