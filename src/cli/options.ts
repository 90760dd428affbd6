import { InvalidArgumentError } from 'commander';
import type { RedactChoice } from '../pipeline/generate-report.js';

/**
 * Parsers of command-line values, kept apart from the commands so that building the program loads
 * no command's dependencies: `check` must not pay for the model clients at start-up.
 */
export function parseCount(min: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`expected a whole number >= ${min}`);
    return n;
  };
}

export function parseSeconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a number of seconds > 0');
  return n;
}

const REDACT_KINDS = ['hosts', 'users', 'ips'] as const;

/** `hosts,users,ips`, `all` or `none` (none: send values as they are, even to a remote provider). */
export function parseRedact(value: string): RedactChoice {
  const words = value
    .split(',')
    .map((w) => w.trim().toLowerCase())
    .filter(Boolean);
  if (words.length === 1 && words[0] === 'none') return { hosts: false, users: false, ips: false };
  if (words.length === 1 && words[0] === 'all') return { hosts: true, users: true, ips: true };
  const bad = words.filter((w) => !(REDACT_KINDS as readonly string[]).includes(w));
  if (bad.length > 0 || words.length === 0) throw new InvalidArgumentError(`expected a comma list of ${REDACT_KINDS.join(', ')} (or all, none)`);
  return { hosts: words.includes('hosts'), users: words.includes('users'), ips: words.includes('ips') };
}
