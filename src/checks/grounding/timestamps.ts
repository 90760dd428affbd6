/** An instant as a report or an alert writes it, to the precision written. */
export interface Instant {
  /** Nanoseconds since the epoch, UTC (the wall time itself when no zone was written). */
  ns: bigint;
  /** Fraction digits written (0 for whole seconds). */
  digits: number;
  /** False for a wall-clock time with no `Z` or offset: its zone is unknown. */
  zoned: boolean;
}

export const ISO_PATTERN = /\b(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?(Z|[+-]\d{2}:?\d{2}|\s?UTC\b)?/g;

const NS_PER_SECOND = 1_000_000_000n;

/** Parses one ISO-8601 / RFC 3339 date-time (`2024-10-05T18:26:49.455310091Z`, `2024-10-05 18:26:49+02:00`). */
export function parseIso(text: string): Instant | undefined {
  ISO_PATTERN.lastIndex = 0;
  const m = ISO_PATTERN.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, frac = '', zone] = m;
  const seconds = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)) / 1000;
  if (!Number.isFinite(seconds) || Number(mo) > 12 || Number(d) > 31 || Number(h) > 23 || Number(mi) > 59 || Number(s) > 60) return undefined;
  let ns = BigInt(seconds) * NS_PER_SECOND + BigInt(frac.padEnd(9, '0') || '0');
  const offset = zone && /^[+-]/.test(zone) ? /^([+-])(\d{2}):?(\d{2})$/.exec(zone) : undefined;
  if (offset) {
    const minutes = BigInt(Number(offset[2]) * 60 + Number(offset[3]));
    ns -= (offset[1] === '-' ? -1n : 1n) * minutes * 60n * NS_PER_SECOND;
  }
  return { ns, digits: frac.length, zoned: zone !== undefined };
}

/** Drops what a writer with `digits` fraction digits could not have written. */
function truncate(ns: bigint, digits: number): bigint {
  const unit = 10n ** BigInt(9 - digits);
  return (ns / unit) * unit;
}

/** `2024-10-05T18:26:49.455310091Z` at the given number of fraction digits. */
export function formatIso(ns: bigint, digits = 9): string {
  const seconds = ns / NS_PER_SECOND;
  const base = new Date(Number(seconds) * 1000).toISOString().slice(0, 19);
  const frac = (ns % NS_PER_SECOND).toString().padStart(9, '0').slice(0, digits);
  return `${base}${digits > 0 ? `.${frac}` : ''}Z`;
}

/** `18:26:49.455310091`, the clock part Falco prints before an alert's output (in UTC here). */
export function formatClock(ns: bigint): string {
  return formatIso(ns).slice(11, 29);
}

const QUARTER_HOUR = 15n * 60n * NS_PER_SECOND;

/**
 * True when a written instant denotes `ns`: equal at the written precision, or, for a time written without a
 * zone, equal up to a whole number of quarter hours (a local time: every zone offset is one).
 */
export function sameInstant(written: Instant, ns: bigint): boolean {
  const diff = written.ns - truncate(ns, written.digits);
  if (diff === 0n) return true;
  if (written.zoned) return false;
  const abs = diff < 0n ? -diff : diff;
  return abs % QUARTER_HOUR === 0n && abs <= 14n * 4n * QUARTER_HOUR;
}
