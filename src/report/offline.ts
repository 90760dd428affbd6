import type { FalcoAlert, OutputFieldValue } from '../alerts/schema.js';
import { describeField } from '../prompt/field-notes.js';
import { mitreFromTags, ruleTags } from '../prompt/rule-context.js';
import { code } from './markdown.js';
import { investigationSteps } from './playbook.js';
import type { Evidence, ModelReport } from './schema.js';
import { exceptionChange } from './tuning.js';
import { containerId, onHost, text } from './values.js';

/**
 * The offline provider: a report built from the alert alone, with no model. It is deterministic and states only
 * facts: what the rule and the fields say, the ATT&CK ids the rule's tags carry, and playbook commands filled
 * with the alert's own ids. It is also what a report falls back to when nothing a model wrote passed the checker.
 */
export function offlineReport(alert: FalcoAlert): ModelReport {
  const change = exceptionChange(alert);
  const investigation = investigationSteps(alert);
  return {
    summary: summaryOf(alert),
    evidence: evidenceOf(alert),
    mitre: mitreFromTags(ruleTags(alert).tags).map((e) => e.id),
    investigation,
    remediation: [],
    rule_changes: change ? [change] : [],
    config_changes: [],
    false_positive: null,
  };
}

/** Fields a reader looks at first; the rest follow in the alert's order, the event time last. */
const FIRST = [
  'proc.cmdline', 'proc.name', 'proc.exepath', 'proc.pname', 'proc.pcmdline', 'fd.name', 'user.name', 'user.uid', 'user.loginuid',
  'container.id', 'container.name', 'container.image.repository', 'container.image.tag', 'k8s.pod.name', 'k8s.ns.name',
  'ka.user.name', 'ka.verb', 'ka.target.resource', 'ka.target.subresource', 'ka.target.name', 'ka.target.namespace', 'ka.uri',
];

/** A value as the report quotes it: lists the way Falco prints them in prose (comma-separated). */
function valueText(value: Exclude<OutputFieldValue, null>): string {
  return Array.isArray(value) ? value.map((v) => String(v)).join(', ') : String(value);
}

function evidenceOf(alert: FalcoAlert): Evidence[] {
  const entries = Object.entries(alert.output_fields).filter((e): e is [string, Exclude<OutputFieldValue, null>] => e[1] !== null);
  const rank = (field: string) => {
    if (field === 'evt.time') return FIRST.length + 2;
    const i = FIRST.indexOf(field);
    return i === -1 ? FIRST.length + 1 : i;
  };
  return entries
    .map(([field, value], order) => ({ field, value, order }))
    .sort((a, b) => rank(a.field) - rank(b.field) || a.order - b.order)
    .map(({ field, value }) => ({
      field,
      value: valueText(value),
      meaning: describeField(field, alert.source) ?? 'A value Falco added to this alert.',
    }));
}

/**
 * The rule's own description of the event: the output text before its fields ("Sensitive file opened for reading
 * by non-trusted program"). Used only when it reads as a plain sentence; anything else stays in the evidence.
 */
function ruleDescription(alert: FalcoAlert): string | undefined {
  const output = alert.message ?? alert.output;
  if (!output) return undefined;
  const body = output.replace(/^(?:\d{2}:\d{2}:\d{2}\.\d+|\d{4}-\d{2}-\d{2}T\S+):\s+\S+\s+/, '');
  const head = body.split(/\s+\||\s+\(|\s+[A-Za-z_][\w.]*=/)[0]?.trim();
  if (!head || head.length > 160 || !/^[A-Za-z][A-Za-z0-9 ,/'_.-]*$/.test(head)) return undefined;
  return head.replace(/[.\s]+$/, '');
}

/**
 * For syscall events the hostname is where it happened; for plugin sources (the Kubernetes audit log) it is only
 * the machine or pod Falco runs on, so it is named as the reporter, not the place.
 */
function where(alert: FalcoAlert): string {
  if (!alert.hostname) return ` at ${code(alert.time)}`;
  if (alert.source && alert.source !== 'syscall' && alert.source !== 'syscalls') return ` at ${code(alert.time)}, reported by Falco on ${code(alert.hostname)}`;
  return ` on host ${code(alert.hostname)} at ${code(alert.time)}`;
}

function syscallSentence(alert: FalcoAlert): string | undefined {
  const proc = text(alert, 'proc.name');
  const parent = text(alert, 'proc.pname');
  const user = text(alert, 'user.name');
  const parts: string[] = [];
  if (proc) parts.push(`The process ${code(proc)}${parent ? `, started by ${code(parent)},` : ''} ran${user ? ` as user ${code(user)}` : ''}`);
  else if (user) parts.push(`The event came from user ${code(user)}`);
  else return undefined;
  const id = containerId(alert);
  const name = text(alert, 'container.name');
  const pod = text(alert, 'k8s.pod.name');
  const ns = text(alert, 'k8s.ns.name');
  if (id) parts.push(` in container ${name && name !== id ? `${code(name)} (${code(id)})` : code(id)}`);
  else if (onHost(alert)) parts.push(' on the host itself, outside any container');
  if (pod) parts.push(` of pod ${code(pod)}${ns ? ` in namespace ${code(ns)}` : ''}`);
  const file = text(alert, 'fd.name');
  if (file && file.startsWith('/') && ruleTags(alert).tags.includes('filesystem')) parts.push(`; the file involved is ${code(file)}`);
  else if (file && file.includes('->')) parts.push(`; the connection was ${code(file)}`);
  return `${parts.join('')}.`;
}

function auditSentence(alert: FalcoAlert): string | undefined {
  const user = text(alert, 'ka.user.name');
  if (!user) return undefined;
  const verb = text(alert, 'ka.verb');
  const resource = text(alert, 'ka.target.resource');
  const sub = text(alert, 'ka.target.subresource');
  const name = text(alert, 'ka.target.name') ?? text(alert, 'ka.resp.name');
  const ns = text(alert, 'ka.target.namespace');
  const action = verb ? `sent a ${code(verb)} request` : 'sent a request';
  const target = resource ? ` on ${code(sub ? `${resource}/${sub}` : resource)}` : '';
  const object = name ? ` for object ${code(name)}` : '';
  const inNs = ns ? ` in namespace ${code(ns)}` : '';
  return `Kubernetes user ${code(user)} ${action}${target}${object}${inNs}.`;
}

/** Two to four sentences from our templates; alert values only ever appear quoted as code. */
function summaryOf(alert: FalcoAlert): string {
  const sentences = [`Falco rule ${code(alert.rule)} (priority ${alert.priority}) fired${where(alert)}.`];
  const description = ruleDescription(alert);
  if (description && description.toLowerCase() !== alert.rule.toLowerCase()) sentences.push(`The rule reports: ${description}.`);
  const detail = alert.source === 'k8s_audit' ? auditSentence(alert) : syscallSentence(alert);
  if (detail) sentences.push(detail);
  return sentences.join(' ');
}
