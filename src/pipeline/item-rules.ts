import type { FalcoAlert, OutputFieldValue } from '../alerts/schema.js';
import { mitreStatus } from '../checks/inline/mitre.js';
import type { ItemRef } from '../report/types.js';

/**
 * Checks the gate runs on an item's data against the alert itself, before (and besides) the Markdown checker.
 * The checker reads rendered text and cannot know that an evidence row claims `user.name` when the alert's
 * user.name is another value, or that a command was lifted from an attacker-controlled alert string: these rules can.
 *
 * Their codes (FR0xx) are the gate's own: they live outside the check registry because they need the structured
 * item, not Markdown, so `falco-report check` never reports them.
 */
export interface ItemProblem {
  code: string;
  name: string;
  message: string;
  suggestion?: string;
}

export const GATE_CODES = {
  evidenceFieldMissing: { code: 'FR001', name: 'evidence-field-not-in-alert', summary: 'An evidence item cites a field the alert does not have.' },
  evidenceValueMismatch: { code: 'FR002', name: 'evidence-value-mismatch', summary: "An evidence value is not an exact copy of the alert's value for that field." },
  mitreNotGrounded: { code: 'FR003', name: 'mitre-id-not-grounded', summary: "A MITRE ATT&CK id that is neither in the rule's tags nor an active ATT&CK id." },
  commandHasUrl: { code: 'FR004', name: 'command-with-url', summary: 'A suggested command that contains a URL.' },
  copiedFromAlert: { code: 'FR005', name: 'advice-copied-from-alert', summary: 'A suggested command that repeats an attacker-controlled alert value.' },
  urlFromAlert: { code: 'FR006', name: 'url-from-alert-as-advice', summary: 'Advice text that passes on a URL (or its host) from the alert.' },
} as const;

type Rule = keyof typeof GATE_CODES;

function problem(rule: Rule, message: string, suggestion?: string): ItemProblem {
  return { ...GATE_CODES[rule], message, ...(suggestion === undefined ? {} : { suggestion }) };
}

const URL_PATTERN = /\b[a-z][a-z0-9+.-]*:\/\/[^\s`'"<>)]+|\bwww\.[a-z0-9-]+\.[^\s`'"<>)]+/gi;
const MITRE_ID = /^(?:TA\d{4}|T\d{4}(?:\.\d{3})?)$/;

/** The ways a field value may be written as text; arrays as Falco prints them (comma list) or as JSON. */
function valueTexts(value: OutputFieldValue): string[] {
  if (value === null) return ['null', '<NA>'];
  if (Array.isArray(value)) {
    const items = value.map((v) => (v === null ? 'null' : String(v)));
    return [items.join(','), items.join(', '), JSON.stringify(value)];
  }
  return [String(value)];
}

/** What the alert says, read once per alert: its string values and the URLs they carry. */
export interface AlertFacts {
  alert: FalcoAlert;
  /** Alert strings that read as commands or URLs (several words, or a URL), with the field they come from. */
  commandLike: Array<{ field: string; text: string }>;
  /** Every URL in any alert string, lower-cased. */
  urls: Set<string>;
  /** Every string of the alert (values, output, tags...), for "is this command lifted from the alert" checks. */
  strings: Array<{ field: string; text: string }>;
}

export function alertFacts(alert: FalcoAlert): AlertFacts {
  const strings: Array<{ field: string; text: string }> = [];
  const add = (field: string, value: unknown) => {
    if (typeof value === 'string' && value.trim() !== '') strings.push({ field, text: value });
  };
  for (const [field, value] of Object.entries(alert.output_fields)) {
    if (Array.isArray(value)) value.forEach((v) => add(field, v));
    else add(field, value);
  }
  add('output', alert.output);
  add('message', alert.message);
  add('rule', alert.rule);
  add('hostname', alert.hostname);
  for (const tag of alert.tags ?? []) add('tags', tag);
  const urls = new Set<string>();
  for (const { text } of strings) for (const url of urlsIn(text)) urls.add(url.toLowerCase());
  // The rule name and the whole output line are prose, not something a reader would run: a command quoting
  // "A shell was spawned" is not a copy. Only field values that hold several words (a command line) count.
  const commandLike = strings.filter(
    ({ field, text }) => field !== 'rule' && field !== 'output' && field !== 'message' && field !== 'tags' && (isMultiWord(text) || urlsIn(text).length > 0),
  );
  return { alert, commandLike, urls, strings };
}

function urlsIn(text: string): string[] {
  return [...text.matchAll(URL_PATTERN)].map((m) => m[0].replace(/[.,;:]+$/, ''));
}

function isMultiWord(text: string): boolean {
  return normalize(text).split(' ').length >= 2;
}

/** Whitespace-insensitive form, so `curl  x|sh` and `curl x | sh` compare equal enough to be caught. */
function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Evidence must name a field of output_fields and copy its value exactly. */
function checkEvidence(evidence: { field: string; value: string }, facts: AlertFacts): ItemProblem[] {
  const fields = facts.alert.output_fields;
  if (!Object.hasOwn(fields, evidence.field)) {
    const near = Object.keys(fields).find((f) => f.toLowerCase() === evidence.field.toLowerCase());
    return [
      problem(
        'evidenceFieldMissing',
        `the alert has no field of that name in output_fields${near ? '' : ` (its fields: ${Object.keys(fields).slice(0, 12).join(', ') || 'none'})`}`,
        near,
      ),
    ];
  }
  const actual = fields[evidence.field] as OutputFieldValue;
  const texts = valueTexts(actual);
  if (texts.includes(evidence.value)) return [];
  const shown = texts[0] ?? '';
  // The alert's value is safe to repeat (the report quotes it anyway); the model's wrong value is not.
  return [problem('evidenceValueMismatch', `the value given is not the alert's ${evidence.field}; copy the value exactly as the alert has it`, shown)];
}

/** A MITRE id is kept when the alert's own tags carry it, or when it is an active ATT&CK Enterprise id. */
function checkMitre(id: string, facts: AlertFacts): ItemProblem[] {
  if (!MITRE_ID.test(id)) return [problem('mitreNotGrounded', 'not an ATT&CK id (expected T1234, T1234.001 or TA0001)')];
  if ((facts.alert.tags ?? []).includes(id)) return [];
  const status = mitreStatus(id);
  switch (status.status) {
    case 'active':
      return [];
    case 'revoked':
    case 'deprecated':
      return [
        problem(
          'mitreNotGrounded',
          `${id} is ${status.status} in ATT&CK${status.replacement ? `; use ${status.replacement.id} (${status.replacement.name})` : ''}`,
          status.replacement?.id,
        ),
      ];
    case 'other-domain':
      return [problem('mitreNotGrounded', `${id} is an ATT&CK Mobile or ICS id, not an Enterprise one`)];
    case 'invented':
      return [
        problem(
          'mitreNotGrounded',
          `${id} is not an ATT&CK Enterprise id and the alert's tags do not carry it${status.parent ? `; ${status.parent.id} (${status.parent.name}) exists` : ''}`,
          status.parent?.id,
        ),
      ];
  }
}

/**
 * A command to run must not fetch anything (any URL: a report's commands inspect and contain, they never download)
 * and must not be lifted from the alert: alert strings are attacker-controlled, so a command line or URL the alert
 * carries is never advice, whatever the model was told inside the alert. Ids the playbook uses (a pod name, a
 * container id, a path) are single words and stay allowed.
 */
function checkCommand(command: string, facts: AlertFacts): ItemProblem[] {
  const problems: ItemProblem[] = [];
  const urls = urlsIn(command);
  if (urls.length > 0) {
    // The message never repeats the URL: it is shown in the report's list of withheld items.
    problems.push(problem('commandHasUrl', 'the command contains a URL: report commands inspect and contain, they never fetch anything'));
  }
  const flat = normalize(command);
  const squashed = squash(command);
  for (const { field, text } of facts.commandLike) {
    const value = normalize(text);
    if (value.length >= 4 && (flat.includes(value) || squashed.includes(squash(text)))) {
      problems.push(problem('copiedFromAlert', `the command repeats the alert's ${field} value; alert values are attacker-controlled and never advice`));
      return problems;
    }
  }
  // The other direction: the command is a piece of a longer alert string (an instruction planted in a field).
  if (isMultiWord(flat) && flat.length >= 8) {
    const hit = facts.strings.find(({ text }) => normalize(text).includes(flat) || squash(text).includes(squashed));
    if (hit) problems.push(problem('copiedFromAlert', `the command is copied from the alert's ${hit.field}; alert text is attacker-controlled and never advice`));
  }
  return problems;
}

/**
 * Advice text (purposes, YAML, the false-positive note) must not pass on a URL the alert carries, nor any URL on a
 * host an alert URL names. Descriptive text (summary, what an evidence value shows) may mention them: describing a
 * download is the point of the report, and the renderer makes URLs in prose inert (no autolinks).
 */
function checkAdviceText(text: string, facts: AlertFacts): ItemProblem[] {
  const hosts = new Set([...facts.urls].map(hostOf).filter((h): h is string => h !== undefined));
  const url = urlsIn(text).find((u) => {
    const lower = u.toLowerCase();
    const host = hostOf(lower);
    return [...facts.urls].some((a) => a.startsWith(lower) || lower.startsWith(a)) || (host !== undefined && hosts.has(host));
  });
  return url ? [problem('urlFromAlert', 'the advice passes on a URL taken from the alert; alert values are attacker-controlled and never advice')] : [];
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url.startsWith('www.') ? `http://${url}` : url).hostname || undefined;
  } catch {
    return undefined;
  }
}

/** All direct rules for one item of a ModelReport. */
export function checkItem(ref: ItemRef, item: unknown, facts: AlertFacts): ItemProblem[] {
  switch (ref.section) {
    case 'summary':
      return [];
    case 'false_positive':
      return typeof item === 'string' ? checkAdviceText(item, facts) : [];
    case 'evidence':
      return checkEvidence(item as { field: string; value: string }, facts);
    case 'mitre':
      return checkMitre(item as string, facts);
    case 'investigation':
    case 'remediation': {
      const step = item as { purpose: string; command: string };
      return [...checkCommand(step.command, facts), ...checkAdviceText(step.purpose, facts)];
    }
    case 'rule_changes':
    case 'config_changes': {
      const change = item as { purpose: string; yaml: string };
      return [...checkAdviceText(change.purpose, facts), ...checkAdviceText(change.yaml, facts)];
    }
  }
}
