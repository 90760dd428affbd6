import type { Severity } from '../../findings/finding.js';

/** Codes the falco.yaml validator gives; each has one check module in src/checks/config/. */
export const CONFIG_CODES = {
  unknownKey: 'FR950',
  wrongType: 'FR951',
  invalidValue: 'FR952',
  removedKey: 'FR953',
  wrongFileName: 'FR954',
  unknownOptionKey: 'FR955',
  deprecatedKey: 'FR956',
  notYaml: 'FR957',
} as const;

export type ConfigCode = (typeof CONFIG_CODES)[keyof typeof CONFIG_CODES];

export const CONFIG_SEVERITY: Record<ConfigCode, Severity> = {
  FR950: 'error',
  FR951: 'error',
  FR952: 'error',
  FR953: 'error',
  FR954: 'error',
  FR955: 'error',
  FR956: 'warning',
  FR957: 'error',
};

/** One problem in a falco.yaml text; line and column are 1-based in that text. */
export interface ConfigProblem {
  code: ConfigCode;
  line: number;
  column: number;
  message: string;
  suggestion?: string;
  severity: Severity;
}

export function problem(code: ConfigCode, line: number, column: number, message: string, suggestion?: string): ConfigProblem {
  return { code, line, column, message, ...(suggestion ? { suggestion } : {}), severity: CONFIG_SEVERITY[code] };
}
