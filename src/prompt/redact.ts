import type { FalcoAlert, OutputFieldValue } from '../alerts/schema.js';
import { findSecrets } from './secrets.js';

/**
 * What to hide from the model. Secrets are replaced irreversibly (the model never needs them); host names, user
 * names and IP addresses are replaced reversibly with `[HOST-1]`, `[USER-1]`, `[IP-1]` so the final report can
 * show the real values again (see `restore`). The same value always gets the same token.
 */
export interface RedactOptions {
  secrets?: boolean;
  hosts?: boolean;
  users?: boolean;
  ips?: boolean;
}

/** The reversible part of a redaction: token → real value. Secrets are only counted, never kept. */
export interface RedactionMap {
  values: Record<string, string>;
  secrets: number;
}

type Kind = 'HOST' | 'USER' | 'IP';

/** Fields whose value is a host name. */
const HOST_FIELDS = /^(?:evt\.hostname|fd\.[slcr]ip\.name|hostname)$/;
/** Fields whose value is a user (or service account) name. */
const USER_FIELDS = /^(?:user\.name|user\.loginname|ka\.user\.name|ka\.impersonuser\.name)$/;

/**
 * Accounts that name a role, not a person, and that the model needs to reason (root reading /etc/shadow is not
 * the same finding as a web server user doing it): they are never replaced.
 */
const ROLE_ACCOUNTS = new Set([
  'root', 'daemon', 'bin', 'sys', 'sync', 'nobody', 'www-data', 'nginx', 'apache', 'httpd', 'postgres', 'mysql', 'redis',
  'mongodb', 'elasticsearch', 'sshd', 'syslog', 'messagebus', 'falco', 'kubernetes-admin', 'admin', '<NA>', 'N/A',
]);

function isRoleAccount(name: string): boolean {
  return ROLE_ACCOUNTS.has(name) || name.startsWith('system:') || name.startsWith('systemd-') || name.startsWith('_');
}

const IPV4 = /(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\w]|\.\d)/g;
const IPV6 = /(?<![\w:.])(?:(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}|(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,5})?|::(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,6}))(?![\w:])/gi;
/** Addresses that say how something is bound, not who: kept. */
const KEPT_IPS = new Set(['127.0.0.1', '0.0.0.0', '255.255.255.255', '::1', '::']);

const TOKEN = /\[(?:HOST|USER|IP)-\d+\]/g;

/** Keeps the tokens of one alert (and of the repair prompts that follow it) consistent. */
export class Redactor {
  private readonly options: Required<RedactOptions>;
  private readonly tokens = new Map<string, string>(); // `${kind}\0${value}` → token
  private readonly values: Record<string, string> = {};
  private readonly counters: Record<Kind, number> = { HOST: 0, USER: 0, IP: 0 };
  // Secret values are held only in memory, to give a repeated secret the same token; they are never exported.
  private readonly secretTokens = new Map<string, string>();
  /** Known host and user values, longest first, searched for inside other strings. */
  private known: Array<{ value: string; kind: Kind }> = [];

  constructor(options: RedactOptions = {}) {
    this.options = { secrets: options.secrets ?? true, hosts: options.hosts ?? false, users: options.users ?? false, ips: options.ips ?? false };
  }

  get enabled(): boolean {
    return Object.values(this.options).some(Boolean);
  }

  /** Records the host and user values an alert carries, so they are replaced wherever they appear. */
  learn(alert: FalcoAlert): void {
    const add = (value: unknown, kind: Kind) => {
      if (typeof value !== 'string' || value.trim() === '' || value === '<NA>') return;
      if (kind === 'USER' && isRoleAccount(value)) return;
      if (!this.known.some((k) => k.value === value)) this.known.push({ value, kind });
    };
    if (this.options.hosts) {
      add(alert.hostname, 'HOST');
      for (const [field, value] of Object.entries(alert.output_fields)) if (HOST_FIELDS.test(field)) add(value, 'HOST');
      // A node is a host: `Untrusted Node ... Joined` names it as the target.
      if (alert.output_fields['ka.target.resource'] === 'nodes') add(alert.output_fields['ka.target.name'], 'HOST');
    }
    if (this.options.users) {
      for (const [field, value] of Object.entries(alert.output_fields)) if (USER_FIELDS.test(field)) add(value, 'USER');
    }
    // Longer values first: a user name may contain the host name.
    this.known.sort((a, b) => b.value.length - a.value.length);
  }

  /** Redacts one string: secrets, then IP addresses, then the learned host and user values. */
  text(input: string): string {
    let text = input;
    if (this.options.secrets) text = this.replaceSecrets(text);
    if (this.options.ips) text = text.replace(IPV4, (ip) => this.ip(ip)).replace(IPV6, (ip) => this.ip(ip));
    for (const { value, kind } of this.known) text = replaceWhole(text, value, () => this.token(kind, value));
    return text;
  }

  /** A copy of the alert with every string redacted; numbers and booleans are kept. */
  alert(alert: FalcoAlert): FalcoAlert {
    this.learn(alert);
    const value = (v: OutputFieldValue): OutputFieldValue => {
      if (typeof v === 'string') return this.text(v);
      if (Array.isArray(v)) return v.map((item) => (typeof item === 'string' ? this.text(item) : item));
      return v;
    };
    const fields: FalcoAlert['output_fields'] = {};
    for (const [field, v] of Object.entries(alert.output_fields)) fields[field] = value(v);
    return {
      ...alert,
      ...(alert.hostname !== undefined ? { hostname: this.text(alert.hostname) } : {}),
      ...(alert.output !== undefined ? { output: this.text(alert.output) } : {}),
      ...(alert.message !== undefined ? { message: this.text(alert.message) } : {}),
      output_fields: fields,
    };
  }

  /** Everything needed to put the real values back; no secret is in it. */
  map(): RedactionMap {
    return { values: { ...this.values }, secrets: this.secretTokens.size };
  }

  private replaceSecrets(text: string): string {
    const spans = findSecrets(text);
    let out = '';
    let at = 0;
    for (const span of spans) {
      const secret = text.slice(span.start, span.end);
      let token = this.secretTokens.get(secret);
      if (!token) this.secretTokens.set(secret, (token = `[REDACTED-SECRET-${this.secretTokens.size + 1}]`));
      out += text.slice(at, span.start) + token;
      at = span.end;
    }
    return out + text.slice(at);
  }

  private ip(ip: string): string {
    return KEPT_IPS.has(ip.toLowerCase()) ? ip : this.token('IP', ip);
  }

  private token(kind: Kind, value: string): string {
    const key = `${kind}\u0000${value}`;
    let token = this.tokens.get(key);
    if (!token) {
      token = `[${kind}-${++this.counters[kind]}]`;
      this.tokens.set(key, token);
      this.values[token] = value;
    }
    return token;
  }
}

/** Replaces `value` where it stands as a whole name (not inside a longer word or an existing token). */
function replaceWhole(text: string, value: string, token: () => string): string {
  if (!text.includes(value)) return text;
  const edge = /[A-Za-z0-9_-]/;
  let out = '';
  let at = 0;
  for (let i = text.indexOf(value); i !== -1; i = text.indexOf(value, i + value.length)) {
    const before = text[i - 1];
    const after = text[i + value.length];
    const whole = (before === undefined || !edge.test(before) || !edge.test(value[0]!)) && (after === undefined || !edge.test(after) || !edge.test(value.at(-1)!));
    const insideToken = before === '[' && after === ']';
    if (!whole || insideToken) continue;
    out += text.slice(at, i) + token();
    at = i + value.length;
  }
  return out + text.slice(at);
}

/** Redacts an alert with a fresh redactor; `redactor` keeps going for later text (repair prompts). */
export function redactAlert(alert: FalcoAlert, options: RedactOptions = {}): { alert: FalcoAlert; map: RedactionMap; redactor: Redactor } {
  const redactor = new Redactor(options);
  const redacted = redactor.alert(alert);
  return { alert: redacted, map: redactor.map(), redactor };
}

/** Puts the real host, user and IP values back; secrets stay redacted. */
export function restore(text: string, map: RedactionMap): string {
  return text.replace(TOKEN, (token) => map.values[token] ?? token);
}

/** `restore` over every string of a JSON-like value (a model report). */
export function restoreDeep<T>(value: T, map: RedactionMap): T {
  if (typeof value === 'string') return restore(value, map) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => restoreDeep(v, map)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, restoreDeep(v, map)])) as T;
  }
  return value;
}
