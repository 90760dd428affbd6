import type { Check } from '../check.js';
import { disablesAppArmor } from './disables-apparmor.js';
import { disablesFalco } from './disables-falco.js';
import { disablesSelinux } from './disables-selinux.js';
import { fabricatedOutput } from './fabricated-output.js';
import { falcoPathNotDefault } from './falco-path-not-default.js';
import { flushesFirewall } from './flushes-firewall.js';
import { invalidSedScript } from './invalid-sed-script.js';
import { nonexistentPath } from './nonexistent-path.js';
import { notYamlFalcoFile } from './not-yaml-falco-file.js';
import { pipeToShell } from './pipe-to-shell.js';
import { placeholderFromAlert } from './placeholder-from-alert.js';
import { readOnlySysctl } from './read-only-sysctl.js';
import { recursiveDeleteSystemPath } from './recursive-delete.js';
import { stopsAuditd } from './stops-auditd.js';
import { straySysctlValue } from './stray-sysctl-value.js';
import { sysctlWriteSyntax } from './sysctl-write-syntax.js';
import { unknownSysctl } from './unknown-sysctl.js';
import { unloadedRulesFile } from './unloaded-rules-file.js';
import { worldWritableSystemPath } from './world-writable.js';

/** Sysctls (FR2xx), files (FR3xx), sed (FR4xx), placeholders and fabricated output (FR5xx), dangerous actions (FR6xx). */
export const systemChecks: Check[] = [
  unknownSysctl,
  readOnlySysctl,
  sysctlWriteSyntax,
  straySysctlValue,
  nonexistentPath,
  unloadedRulesFile,
  notYamlFalcoFile,
  falcoPathNotDefault,
  invalidSedScript,
  placeholderFromAlert,
  fabricatedOutput,
  pipeToShell,
  disablesFalco,
  disablesSelinux,
  stopsAuditd,
  flushesFirewall,
  recursiveDeleteSystemPath,
  worldWritableSystemPath,
  disablesAppArmor,
];
