/**
 * Finds secrets in alert text (command lines, environment values, URLs, the output line). Each finder returns the
 * spans to hide; the redactor swaps them for `[REDACTED-SECRET-n]`. Only the secret itself is hidden, never the
 * option or variable that carries it, so the model still sees that a password was passed on the command line.
 */

export interface Span {
  start: number;
  end: number;
}

type Finder = (text: string) => Span[];

/** Spans of capture group `group` of every match (the regex needs the `d` flag). */
function groupSpans(regex: RegExp, group: number, keep?: (value: string, match: RegExpExecArray) => boolean): Finder {
  return (text) => {
    const spans: Span[] = [];
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      const at = m.indices?.[group];
      const value = m[group];
      if (at && value && (!keep || keep(value, m))) spans.push({ start: at[0], end: at[1] });
      if (m[0] === '') regex.lastIndex++;
    }
    return spans;
  };
}

const notPlaceholder = (value: string) => !/^(?:\[REDACTED|\$|<|\*+$|%s$|x+$)/i.test(value);

// Token formats that are secrets whatever surrounds them.
const TOKEN_FORMATS = new RegExp(
  [
    String.raw`\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[0-9A-Z]{16}\b`, // AWS access key ids
    String.raw`\bgh[pousr]_[A-Za-z0-9]{36,255}\b`, // GitHub tokens
    String.raw`\bgithub_pat_[A-Za-z0-9_]{22,255}\b`,
    String.raw`\bglpat-[A-Za-z0-9_-]{20,}`, // GitLab
    String.raw`\bxox[abposr]-[A-Za-z0-9-]{10,}`, // Slack
    String.raw`\bsk-(?:proj-|ant-)?[A-Za-z0-9_-]{20,}`, // OpenAI / Anthropic style keys
    String.raw`\b[sr]k_(?:live|test)_[A-Za-z0-9]{16,}`, // Stripe
    String.raw`\bAIza[0-9A-Za-z_-]{35}`, // Google API keys
    String.raw`\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}`, // JWTs (service account tokens)
  ].join('|'),
  'dg',
);

/** `-----BEGIN RSA PRIVATE KEY----- ... -----END RSA PRIVATE KEY-----`, or everything after an unterminated BEGIN. */
const PRIVATE_KEY = /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z0-9 ]*PRIVATE KEY-----|$)/dg;

/** `https://user:secret@host`: only the password. */
const URL_PASSWORD = /\b[a-z][a-z0-9+.-]*:\/\/[^\s:@/]+:([^\s@/]+)@/dgi;

/** `Authorization: Bearer xyz`, `authorization=Basic xyz`, `Proxy-Authorization: xyz`. */
const AUTH_HEADER = /\bauthorization\s*[:=]\s*(?:(?:bearer|basic|token|digest|negotiate|apikey)\s+)?([^\s'"]+)/dgi;
/** `X-Api-Key: xyz`, `X-Auth-Token: xyz`, `Private-Token: xyz`. */
const KEY_HEADER = /\b(?:x-[a-z-]*(?:key|token|secret)|private-token)\s*:\s*([^\s'"]+)/dgi;
const BEARER = /\bbearer\s+([A-Za-z0-9\-._~+/]{8,}=*)/dgi;

/** Options that always take a secret as their value (`--password x`, `--token=x`). */
const SECRET_OPTIONS = new Set([
  'password', 'passwd', 'pass', 'token', 'secret', 'api-key', 'apikey', 'access-key', 'secret-key', 'secret-access-key',
  'client-secret', 'auth-token', 'bearer-token', 'access-token', 'refresh-token', 'db-password', 'http-password',
  'ftp-password', 'proxy-password', 'vault-token', 'registry-password', 'storepass', 'keypass',
]);

/** Option names whose value is a secret when given with `=` (`--admin-password=x`, `--github-token=x`). */
function isSecretName(name: string): boolean {
  const lower = name.toLowerCase().replace(/^-+/, '');
  if (/^no-/.test(lower)) return false;
  // A file, a path or a prompt switch is not the secret itself.
  if (/(?:^|[-_.])(?:file|path|dir|stdin|prompt|length|len|min|max|policy|url|uri|expiry|ttl|type|id|name|hash|env)$/.test(lower)) return false;
  if (/(?:password|passwd|secret|token|api[-_]?key|access[-_]?key|private[-_]?key|credentials?)/.test(lower)) return true;
  return /(?:^|[-_.])(?:pass|pwd|auth)$/.test(lower);
}

const OPTION_EQUALS = /(?<![^\s'"])(--?[A-Za-z][A-Za-z0-9_.-]*)=([^\s'"]+)/dg;
const OPTION_SPACE = /(?<![^\s'"])--([A-Za-z][A-Za-z0-9-]*)\s+([^\s'"-][^\s'"]*)/dg;

function optionEquals(text: string): Span[] {
  return groupSpans(OPTION_EQUALS, 2, (value, m) => isSecretName(m[1]!) && notPlaceholder(value))(text);
}

function optionSpace(text: string): Span[] {
  return groupSpans(OPTION_SPACE, 2, (value, m) => SECRET_OPTIONS.has(m[1]!.toLowerCase()) && notPlaceholder(value))(text);
}

/**
 * `DB_PASSWORD=x`, `aws_secret_access_key=x`, `?token=x&...`: assignments in environments, query strings and
 * key=value text. A bare `secret=` or `token=` counts only in a query string: Falco's own k8s outputs print
 * `secret=<object name>`.
 */
const ASSIGNMENT = /(?<![A-Za-z0-9_.-])([A-Za-z_][A-Za-z0-9_.-]*)=([^\s&;'"]+)/dg;
function assignments(text: string): Span[] {
  return groupSpans(ASSIGNMENT, 2, (value, m) => {
    const name = m[1]!;
    if (/^(?:secret|token|auth)$/i.test(name) && !/[?&]$/.test(m.input.slice(0, m.index))) return false;
    return isSecretName(name) && notPlaceholder(value);
  })(text);
}

/** `"password": "x"`, `client_secret: x` in JSON or YAML text. */
const KEY_VALUE = /(["']?)([A-Za-z0-9_.-]*(?:password|passwd|secret|token|api[_-]?key|apikey|access[_-]?key|private[_-]?key|credentials?)[A-Za-z0-9_.-]*)\1\s*:\s*(["']?)([^"'\s,}]+)\3/dgi;
function keyValues(text: string): Span[] {
  return groupSpans(KEY_VALUE, 4, (value, m) => isSecretName(m[2]!) && notPlaceholder(value))(text);
}

/** `openssl ... -pass pass:x`, `-passin pass:x`. */
const OPENSSL_PASS = /(?<![^\s'"])-pass(?:in|out)?\s+pass:(\S+)/dg;

interface Word {
  text: string;
  start: number;
  end: number;
}

function words(text: string): Word[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh', 'busybox']);
const MYSQL = new Set(['mysql', 'mysqldump', 'mysqladmin', 'mysqlimport', 'mysqlshow', 'mysqlcheck', 'mysqlpump', 'mariadb', 'mariadb-dump', 'mariadb-admin']);
const LOGIN_TOOLS = new Set(['docker', 'podman', 'buildah', 'skopeo', 'helm', 'nerdctl', 'oras']);
const SEPARATOR = /^(?:;|&&|\|\||\||&)$/;

/**
 * Short options whose meaning depends on the program: mysql's `-pSECRET` (attached only: `mysql -p db` asks for
 * the password and `db` is the database), `sshpass -p x`, `redis-cli -a x`, `docker login -p x`,
 * `curl -u user:x`, `smbclient -U user%x`.
 */
function programOptions(text: string): Span[] {
  const spans: Span[] = [];
  const list = words(text);
  let program = '';
  let args: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const word = list[i]!;
    const next = list[i + 1];
    if (SEPARATOR.test(word.text)) {
      program = '';
      args = [];
      continue;
    }
    if (program === '') {
      // Skip env assignments and sudo-like prefixes before the program.
      if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(word.text) || ['sudo', 'env', 'exec', 'nohup', 'time'].includes(word.text)) continue;
      program = word.text.slice(word.text.lastIndexOf('/') + 1);
      continue;
    }
    // `sh -c mysql -pX`: the command the shell runs is a program of its own.
    if (SHELLS.has(program) && word.text === '-c') {
      program = '';
      args = [];
      continue;
    }
    args.push(word.text);
    const take = (w: Word | undefined, from = 0) => {
      if (w && w.text.length > from && notPlaceholder(w.text.slice(from))) spans.push({ start: w.start + from, end: w.end });
    };
    if (MYSQL.has(program) && /^-p./.test(word.text)) take(word, 2);
    else if (program === 'sshpass' && word.text === '-p') take(next);
    else if (program === 'sshpass' && /^-p./.test(word.text)) take(word, 2);
    else if (program === 'redis-cli' && word.text === '-a') take(next);
    else if (LOGIN_TOOLS.has(program) && args.includes('login') && word.text === '-p') take(next);
    else if ((program === 'curl' || program === 'wget') && (word.text === '-u' || word.text === '--user') && next) {
      const colon = next.text.indexOf(':');
      if (colon > 0) take(next, colon + 1);
    } else if (program === 'curl' && /^-u[^-]/.test(word.text)) {
      const colon = word.text.indexOf(':');
      if (colon > 0) take(word, colon + 1);
    } else if (program === 'smbclient' && (word.text === '-U' || word.text === '--user') && next) {
      const pct = next.text.indexOf('%');
      if (pct > 0) take(next, pct + 1);
    }
  }
  return spans;
}

const FINDERS: Finder[] = [
  groupSpans(PRIVATE_KEY, 0),
  groupSpans(URL_PASSWORD, 1, notPlaceholder),
  groupSpans(AUTH_HEADER, 1, notPlaceholder),
  groupSpans(KEY_HEADER, 1, notPlaceholder),
  groupSpans(BEARER, 1, notPlaceholder),
  groupSpans(TOKEN_FORMATS, 0),
  groupSpans(OPENSSL_PASS, 1, notPlaceholder),
  optionEquals,
  optionSpace,
  assignments,
  keyValues,
  programOptions,
];

/**
 * A span without the quote or sentence punctuation that closes the text around it (`--password=x",` in JSON,
 * `token=x.` in prose): those belong to the text, and hiding them would break it.
 */
function trimmed(text: string, span: Span): Span {
  let end = span.end;
  while (end - 1 > span.start && /["'.,;]/.test(text[end - 1]!)) end--;
  return { start: span.start, end };
}

/** Every secret span in `text`, merged where they overlap, in order. */
export function findSecrets(text: string): Span[] {
  const spans = FINDERS.flatMap((find) => find(text))
    .map((span) => trimmed(text, span))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}
