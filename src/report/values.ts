import type { FalcoAlert } from '../alerts/schema.js';
import { ruleTags } from '../prompt/rule-context.js';

/**
 * Alert values as the offline report may use them. Every value is attacker-controlled, so a value is only used
 * when it has the exact shape of what it claims to be (a container id is 12 or 64 hex digits, a pod name is a
 * DNS name): a container name like `x; rm -rf /` or a pod name holding a URL is never put into advice at all.
 */

/** The field's value as text, or undefined when absent, null, `<NA>`, empty or not a scalar. */
export function text(alert: FalcoAlert, field: string): string | undefined {
  const value = alert.output_fields[field];
  if (value === null || value === undefined || Array.isArray(value)) return undefined;
  const s = String(value);
  return s === '' || s === '<NA>' ? undefined : s;
}

const SHAPES = {
  containerId: /^(?:[0-9a-f]{12}|[0-9a-f]{64})$/,
  /** Kubernetes object names (RFC 1123 subdomain): pods, secrets, roles, ... */
  k8sName: /^[a-z0-9](?:[-a-z0-9.]{0,251}[a-z0-9])?$/,
  /** Namespaces are RFC 1123 labels. */
  k8sNamespace: /^[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$/,
  /** Users and service accounts as the API server names them (`system:serviceaccount:ns:sa`, `alice@example.com`). */
  k8sUser: /^[A-Za-z0-9][A-Za-z0-9@._:-]{0,252}$/,
  pid: /^[1-9]\d{0,9}$/,
  /** An absolute path of ordinary characters: no spaces, quotes, `$`, `;`, `:` (so no URL), no wildcards. */
  path: /^\/(?:[A-Za-z0-9._@+,=-]+\/?)*$/,
  /** Names to key a rule exception on: image repositories, container and process names. */
  exceptionValue: /^[A-Za-z0-9][A-Za-z0-9._/:@+-]{0,252}$/,
} as const;

export type Shape = keyof typeof SHAPES;

/** The value when it has the shape, otherwise undefined. */
export function shaped(alert: FalcoAlert, field: string, shape: Shape): string | undefined {
  const value = text(alert, field);
  return value !== undefined && SHAPES[shape].test(value) ? value : undefined;
}

export function hasShape(value: string, shape: Shape): boolean {
  return SHAPES[shape].test(value);
}

/**
 * A word for a POSIX shell: bare when it holds only characters no shell treats specially, otherwise in single
 * quotes with each `'` written as `'\''`. Nothing inside single quotes is expanded, so no value can run.
 */
export function shellQuote(value: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(value)) return value;
  return `'${value.replace(/'/g, "'\\''")}'`;
}

/** The id of the container the event came from; undefined for host events and for anything not shaped like an id. */
export function containerId(alert: FalcoAlert): string | undefined {
  return shaped(alert, 'container.id', 'containerId');
}

/** True when the event happened on the host itself (the container plugin names the host container "host"). */
export function onHost(alert: FalcoAlert): boolean {
  return text(alert, 'container.id') === 'host';
}

/** Whether the rule carries a tag (the alert's tags, or the upstream rule's when Falcosidekick dropped them). */
export function hasTag(alert: FalcoAlert, tag: string): boolean {
  return ruleTags(alert).tags.includes(tag);
}
