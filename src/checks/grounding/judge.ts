import { editDistance } from '../../util/nearest.js';
import { indexAlert, occursInAlert, type AlertIndex } from './alert-index.js';
import type { Candidate, NameKind } from './candidates.js';
import { isIllustrative, RELIABLE_KINDS } from './kinds.js';
import { formatClock, formatIso, parseIso, sameInstant } from './timestamps.js';
import type { FalcoAlert } from '../../alerts/schema.js';

/** How a quoted identifier stands against the alert. */
export type Verdict =
  | { status: 'grounded' }
  /** One or two characters off a real value of the same kind. */
  | { status: 'near'; real: string; field: string }
  /** Of a kind the alert carries, yet nowhere in it; `like` is the alert's own value of that kind. */
  | { status: 'absent'; like?: { value: string; field: string }; note?: string }
  /** Nothing can be said. */
  | { status: 'unknown' };

/** Fields (and output keys) holding each kind of name. */
const NAME_FIELDS: Record<Exclude<NameKind, 'name'>, RegExp> = {
  container: /^(?:container\.name|container_name)$/,
  pod: /^(?:k8s\.pod\.name|k8s_pod_name|k8s\.pod|pod|ka\.target\.name)$/,
  namespace: /^(?:k8s\.ns\.name|k8s_ns_name|k8s\.ns|ns|ka\.target\.namespace)$/,
  user: /^(?:user\.name|user|ka\.user\.name|user\.loginname)$/,
  host: /^hostname$/,
};

/** The name a reader knows a field by: an output_fields key (`proc.aname[2]`) over an output key (`gparent`). */
export function fieldLabel(index: AlertIndex, value: string, fallback: string): string {
  const fields = index.fieldsByValue.get(value) ?? [];
  return fields.find((f) => f.includes('.')) ?? fields[0] ?? fallback;
}

const verdicts = new WeakMap<FalcoAlert, Map<string, Verdict>>();

/** The verdict on one candidate, memoized per alert (FR801 and FR802 both ask). */
export function judge(alert: FalcoAlert, c: Candidate): Verdict {
  let memo = verdicts.get(alert);
  if (!memo) verdicts.set(alert, (memo = new Map()));
  const key = `${c.kind}\u0000${c.nameKind ?? ''}\u0000${c.inCode ? 1 : 0}\u0000${c.text}`;
  let verdict = memo.get(key);
  if (!verdict) {
    verdict = decide(indexAlert(alert), c);
    memo.set(key, verdict);
  }
  return verdict;
}

function decide(index: AlertIndex, c: Candidate): Verdict {
  switch (c.kind) {
    case 'ns':
      return judgeNs(index, c.text);
    case 'iso':
      return judgeIso(index, c.text);
    case 'clock':
      return judgeClock(index, c.text);
    case 'name':
      return occursInAlert(index, c.text) ? { status: 'grounded' } : judgeName(index, c.text, c.nameKind ?? 'name');
    case 'token':
      return occursInAlert(index, c.text) ? { status: 'grounded' } : judgeToken(index, c.text);
    default:
      break;
  }
  if (occursInAlert(index, c.text)) return { status: 'grounded' };
  let same = [...(index.byKind.get(c.kind)?.entries() ?? [])];
  // Event paths: only a long file name one or two edits off is surely the alert's file misquoted
  // (`/etc/shadow` is not `/etc/gshadow`, `/usr/bin/python3` not `/usr/bin/python2`).
  if (c.kind === 'path') {
    if (baseName(c.text).length < 10) return { status: 'unknown' };
    same = same.filter(([v]) => baseName(v).length >= 10);
  }
  if (c.kind === 'hex') {
    // A short id of a full id the alert carries is the same container.
    if (same.some(([v]) => v.startsWith(c.text))) return { status: 'grounded' };
    const short = same.find(([v]) => c.text.length > v.length && c.text.startsWith(v));
    if (short) return { status: 'absent', like: { value: short[0], field: fieldLabel(index, short[0], short[1]) }, note: 'only its first characters are' };
  }
  const near = nearMiss(c.kind === 'hex' ? same.filter(([v]) => v.length === c.text.length) : same, c.text, c.kind === 'ipv4' || c.kind === 'ipport' ? 1 : 2, c.kind);
  if (near) return { status: 'near', real: near[0], field: fieldLabel(index, near[0], near[1]) };
  if (!RELIABLE_KINDS.has(c.kind) || isIllustrative(c.kind, c.text)) return { status: 'unknown' };
  const like = c.kind === 'hex' ? same.find(([v]) => v.length === c.text.length) : same[0];
  if (!like) return { status: 'unknown' };
  return { status: 'absent', like: { value: like[0], field: fieldLabel(index, like[0], like[1]) } };
}

/**
 * The one real value within `limit` edits. IP addresses must keep their length: `10.0.0.1` and `10.0.0.12`
 * are both plausible hosts, `10.0.0.13` for `10.0.0.12` is a misquote.
 */
function nearMiss(values: Array<[string, string]>, text: string, limit: number, kind: string): [string, string] | undefined {
  let best: [string, string] | undefined;
  let bestDistance = limit + 1;
  for (const entry of values) {
    if ((kind === 'ipv4' || kind === 'ipport') && entry[0].length !== text.length) continue;
    const d = editDistance(text, entry[0], bestDistance - 1);
    if (d > 0 && d < bestDistance) {
      best = entry;
      bestDistance = d;
    }
  }
  return best;
}

function judgeNs(index: AlertIndex, text: string): Verdict {
  const ns = BigInt(text);
  if (index.instants.has(ns) || occursInAlert(index, text)) return { status: 'grounded' };
  if (index.roundedNumbers.some((r) => r.value === Number(text))) return { status: 'grounded' };
  const exact = [...index.instants.entries()].filter(([v]) => !index.roundedNumbers.some((r) => BigInt(r.value) === v));
  const near = nearMiss(
    exact.map(([v, fields]) => [v.toString(), fields.find((f) => f !== 'time') ?? 'time']),
    text,
    2,
    'ns',
  );
  if (near) return { status: 'near', real: near[0], field: near[1] };
  if (isIllustrative('ns', text)) return { status: 'unknown' };
  const evt = [...index.instants.entries()].find(([, fields]) => fields.includes('evt.time') || fields.includes('time'));
  return { status: 'absent', ...(evt ? { like: { value: evt[0].toString(), field: 'evt.time' } } : {}) };
}

function judgeIso(index: AlertIndex, text: string): Verdict {
  const written = parseIso(text);
  if (!written) return { status: 'unknown' };
  for (const ns of index.instants.keys()) if (sameInstant(written, ns)) return { status: 'grounded' };
  if (occursInAlert(index, text)) return { status: 'grounded' };
  // Whole seconds or milliseconds two edits apart are another moment; a nanosecond stamp two edits off is a slip.
  if (written.digits < 6) return { status: 'unknown' };
  const shown = text.replace(' ', 'T').replace(/(?:Z|[+-]\d{2}:?\d{2}|\s?UTC)$/, '');
  for (const [ns, fields] of index.instants) {
    const real = formatIso(ns, written.digits).replace(/Z$/, '');
    const d = editDistance(shown, real, 2);
    if (d > 0 && d <= 2) return { status: 'near', real: formatIso(ns, written.digits), field: fields.find((f) => f !== 'time') ?? 'time' };
  }
  return { status: 'unknown' };
}

function judgeClock(index: AlertIndex, text: string): Verdict {
  const digits = text.length - 9;
  const clocks: Array<[string, string]> = [...index.instants.entries()].map(([ns, fields]) => [formatClock(ns).slice(0, 9 + digits), fields.find((f) => f !== 'time') ?? 'time']);
  if (index.outputClock) clocks.push([index.outputClock.slice(0, 9 + digits), 'output']);
  // Seconds and their fraction do not depend on the time zone the writer converted to.
  if (clocks.some(([c]) => c.slice(6) === text.slice(6))) return { status: 'grounded' };
  const near = nearMiss(clocks, text, 2, 'clock');
  return near ? { status: 'near', real: near[0], field: near[1] } : { status: 'unknown' };
}

function baseName(path: string): string {
  const trimmed = path.replace(/\/$/, '');
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

function judgeName(index: AlertIndex, text: string, kind: NameKind): Verdict {
  const fields = kind === 'name' ? Object.values(NAME_FIELDS) : [NAME_FIELDS[kind]];
  const values: Array<[string, string]> = index.values.filter((v) => fields.some((r) => r.test(v.field))).map((v) => [v.value, v.field]);
  const near = nearMiss(values, text, text.length < 8 ? 1 : 2, 'name');
  return near ? { status: 'near', real: near[0], field: fieldLabel(index, near[0], near[1]) } : { status: 'unknown' };
}

/** Any other quoted word: only a one-letter slip from a long, distinctive alert value (`falco-event-gem`). */
function judgeToken(index: AlertIndex, text: string): Verdict {
  // Paths have their own, stricter rule (see decide).
  if (text.startsWith('/')) return { status: 'unknown' };
  // Tags come from a vocabulary of look-alikes (`PCI_DSS_11.5.1`, `mitre_persistence`): a neighbour is another tag.
  const values: Array<[string, string]> = index.values
    .filter((v) => v.field !== 'tags' && v.value.length >= 10 && /[-_./\d]/.test(v.value) && !/\s/.test(v.value))
    .map((v) => [v.value, v.field]);
  const near = nearMiss(values, text, 1, 'token');
  return near ? { status: 'near', real: near[0], field: fieldLabel(index, near[0], near[1]) } : { status: 'unknown' };
}
