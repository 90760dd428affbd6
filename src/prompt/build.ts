import type { FalcoAlert } from '../alerts/schema.js';
import type { ModelReport } from '../report/schema.js';
import type { ItemRef } from '../report/types.js';
import { alertBlock, presentFields } from './alert-block.js';
import { describeField } from './field-notes.js';
import { fenceUntrusted } from './fence.js';
import { groundTruth } from './ground-truth.js';
import { Redactor, type RedactionMap, type RedactOptions } from './redact.js';
import { defaultRuleOf, isTactic, mitreFromTags, mitreFullName, ruleTags, tacticsFromTags } from './rule-context.js';
import { loadTemplate, renderTemplate } from './templates.js';

/** Bumped whenever a template or the way it is filled changes, so reports and evals say which prompt made them. */
export const PROMPT_VERSION = 'report.v1';

export interface PromptOptions {
  /** The prompt goes to a remote provider: secrets are then redacted unless `redact.secrets` says otherwise. */
  remote?: boolean;
  /** Host names, user names and IP addresses to replace reversibly; `secrets` overrides the remote default. */
  redact?: RedactOptions;
}

export interface BuiltPrompt {
  version: typeof PROMPT_VERSION;
  system: string;
  prompt: string;
  /** Tokens to put back into the model's answer with `restore`/`restoreDeep`; empty when nothing was replaced. */
  redactions: RedactionMap;
}

/** One thing the checker found wrong with one item of the model's answer. */
export interface RepairFailure {
  ref: ItemRef;
  message: string;
  /** The real alternative (value, option, path, id), when the check knows it. */
  suggestion?: string;
}

interface PromptState {
  redactor: Redactor;
  /** The first prompt of the conversation: repairs build on it, not on each other. */
  base: string;
  /** Only for a copied BuiltPrompt, whose redactor is lost: real values to map back to their tokens. */
  forward?: RedactionMap;
}

// Kept beside the returned object rather than on it, so a BuiltPrompt stays plain JSON (for --dry-run output).
const states = new WeakMap<BuiltPrompt, PromptState>();

/** Field names as the alert writes them; an odd key is alert data and is not repeated outside the fence. */
const FIELD_NAME = /^[a-z][a-z0-9_]*(?:\.[A-Za-z0-9_-]+)+(?:\[[^\]`\n]{1,100}\])?$/;

function ruleContext(alert: FalcoAlert): { text: string; mitreInstruction: string } {
  const { tags, from } = ruleTags(alert);
  const lines: string[] = [];
  if (from === 'none') lines.push('The alert carries no tags.');
  else lines.push(`Tags of the rule${from === 'catalog' ? " (from Falco's default rules; the alert did not carry them)" : ''}: ${tags.join(', ')}.`);
  const upstream = defaultRuleOf(alert);
  if (upstream) lines.push(`The rule is one of Falco's default rules, defined in ${upstream.file}.`);
  const ids = mitreFromTags(tags);
  for (const entry of ids) lines.push(`- ${entry.id}: ${mitreFullName(entry)} (${isTactic(entry) ? 'tactic' : 'technique'})`);
  for (const tactic of tacticsFromTags(tags)) {
    if (!ids.includes(tactic)) lines.push(`- the tag mitre_${tactic.shortname?.replace(/-/g, '_')} names the tactic ${tactic.name}`);
  }
  const mitreInstruction =
    ids.length > 0
      ? `the ATT&CK ids from the rule's tags, and only these: ${ids.map((e) => e.id).join(', ')}.`
      : "an empty list: the rule's tags name no ATT&CK id.";
  return { text: lines.join('\n'), mitreInstruction };
}

function fieldNotes(alert: FalcoAlert): string {
  const lines: string[] = [];
  for (const [field] of presentFields(alert)) {
    if (!FIELD_NAME.test(field)) continue;
    const note = describeField(field, alert.source);
    if (note) lines.push(`- ${field}: ${note}`);
  }
  return lines.length > 0 ? lines.join('\n') : 'The alert has no fields to explain.';
}

function redactionNote(map: RedactionMap): string {
  const notes: string[] = [];
  if (Object.keys(map.values).length > 0) {
    notes.push('Some values were replaced before this prompt was written: [HOST-n], [USER-n] and [IP-n] stand for real host names, user names and IP addresses, and are put back in your report. Copy them exactly as they are, brackets included.');
  }
  if (map.secrets > 0) {
    notes.push('[REDACTED-SECRET-n] hides a secret (a password, token or key). Never guess it, and write no command that needs it.');
  }
  return notes.join(' ');
}

/** Three or more line breaks (an empty optional slot) become one blank line. */
function tidy(text: string): string {
  return text.replace(/\n{3,}/g, '\n\n');
}

/**
 * The prompt for one alert: the alert fenced as untrusted data, the rule's tags and ATT&CK ids with their real
 * names, the meaning of each field present, and the Falco facts models tend to get wrong.
 */
export function buildReportPrompt(alert: FalcoAlert, options: PromptOptions = {}): BuiltPrompt {
  const redactor = new Redactor({ ...options.redact, secrets: options.redact?.secrets ?? options.remote === true });
  const shown = redactor.enabled ? redactor.alert(alert) : alert;
  const redactions = redactor.map();
  const block = alertBlock(shown);
  // Tags, ids and notes come from the original alert: they hold no secrets, and redacting field names would break them.
  const context = ruleContext(alert);
  const prompt = tidy(
    renderTemplate('report.v1', {
      begin: block.begin,
      end: block.end,
      alert_block: block.text,
      redaction_note: redactionNote(redactions),
      rule_context: context.text,
      field_notes: fieldNotes(shown),
      ground_truth: groundTruth(alert),
      mitre_instruction: context.mitreInstruction,
    }),
  );
  const built: BuiltPrompt = { version: PROMPT_VERSION, system: systemPrompt(), prompt, redactions };
  states.set(built, { redactor, base: prompt });
  return built;
}

export function systemPrompt(): string {
  return `${loadTemplate('system.v1').trimEnd()}\n`;
}

function itemLabel(ref: ItemRef): string {
  return ref.section === 'summary' || ref.section === 'false_positive' ? ref.section : `${ref.section}[${ref.index}]`;
}

/** Checker text on one line, with nothing that could open a fence. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/`{3,}/g, (m) => "'".repeat(m.length)).trim();
}

function findingsList(failures: readonly RepairFailure[], redact: (text: string) => string): string {
  const byItem = new Map<string, RepairFailure[]>();
  for (const failure of failures) {
    const label = itemLabel(failure.ref);
    byItem.set(label, [...(byItem.get(label) ?? []), failure]);
  }
  const lines: string[] = [];
  for (const [label, list] of byItem) {
    lines.push(`- ${label}:`);
    for (const f of list) {
      const fix = f.suggestion ? ` (real alternative: ${flat(redact(f.suggestion))})` : '';
      lines.push(`  - ${flat(redact(f.message)).replace(/[.;:]$/, '')}${fix}`);
    }
  }
  return lines.length > 0 ? lines.join('\n') : '- (no item-level findings)';
}

/**
 * Asks again after the checker rejected items: the first prompt, the previous answer (fenced: it may repeat
 * alert text), and per item what was wrong and the real alternative when known. The answer and the findings are
 * redacted with the same tokens as the first prompt, since the checker works on real values.
 */
export function buildRepairPrompt(previous: BuiltPrompt, modelReport: ModelReport, failures: readonly RepairFailure[]): BuiltPrompt {
  const state = states.get(previous) ?? fallbackState(previous);
  const redact = (text: string) => {
    const redacted = state.redactor.enabled ? state.redactor.text(text) : text;
    return state.forward ? forward(redacted, state.forward) : redacted;
  };
  const answer = fenceUntrusted(redact(JSON.stringify(modelReport, null, 2)), 'PREVIOUS ANSWER', 'json');
  const prompt = tidy(
    renderTemplate('repair.v1', {
      original: state.base.trimEnd(),
      begin: answer.begin,
      end: answer.end,
      previous_block: answer.text,
      findings: findingsList(failures, redact),
    }),
  );
  const built: BuiltPrompt = { version: PROMPT_VERSION, system: previous.system, prompt, redactions: state.forward ?? state.redactor.map() };
  states.set(built, state);
  return built;
}

/** Real values known from the map → their tokens, for text the redactor has not learned them from. */
function forward(text: string, map: RedactionMap): string {
  let out = text;
  const entries = Object.entries(map.values).sort((a, b) => b[1].length - a[1].length);
  for (const [token, value] of entries) if (value.length >= 3) out = out.split(value).join(token);
  return out;
}

/** A BuiltPrompt that was copied (its state is lost): redact secrets again and map known values back to tokens. */
function fallbackState(previous: BuiltPrompt): PromptState {
  const redacted = previous.redactions.secrets > 0 || Object.keys(previous.redactions.values).length > 0;
  return { redactor: new Redactor({ secrets: redacted }), base: previous.prompt, ...(redacted ? { forward: previous.redactions } : {}) };
}
