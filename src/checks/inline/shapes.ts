/**
 * Last segments that make a dotted word a file name or a host name rather than a sysctl or a Falco field:
 * `falco.yaml`, `config.json`, `kernel.org`, `k8s.io`. Only consulted once the catalog does not know the word,
 * because real names end in some of them too (`proc.pid`, `dev.cdrom.info`, `container.cni.json`).
 */
const NOT_A_NAME_ENDING = new Set([
  // file types
  'yaml', 'yml', 'json', 'jsonl', 'conf', 'cfg', 'ini', 'toml', 'xml', 'log', 'txt', 'md', 'sh', 'py', 'go', 'js', 'ts', 'rb', 'lua',
  'so', 'service', 'socket', 'timer', 'rules', 'd', 'local', 'sock', 'pid', 'lock', 'gz', 'tgz', 'tar', 'zip', 'bak', 'old', 'tmp',
  'pem', 'crt', 'key', 'csv', 'html', 'deb', 'rpm', 'img', 'ko', 'o', 'c', 'h',
  // top-level domains
  'com', 'org', 'net', 'io', 'dev', 'to', 'ai', 'co', 'me', 'app', 'cloud', 'info', 'edu', 'gov', 'uk', 'de', 'fr', 'us', 'eu', 'sh',
]);

/** True when the word reads as a file or host name (`falco.yaml`, `docs.docker.com`) or a version (`0.38.1`). */
export function looksLikeFileOrHost(word: string): boolean {
  const segments = word.split('.');
  const last = segments.at(-1)?.toLowerCase() ?? '';
  return NOT_A_NAME_ENDING.has(last) || segments.some((s) => /^\d+$/.test(s) && s !== '0');
}

/** Sysctl top-level directories that reports name; others (`sunrpc.`, `s390dbf.`) are too rare to guess at. */
const SYSCTL_ROOTS = /^(?:kernel|net|vm|fs|dev|user|abi)\./;

/**
 * The sysctl a span names, when it is written as one: dotted lowercase under a known top-level directory,
 * alone or as `name=value` / `name = value`.
 */
export function sysctlOfSpan(span: string): string | undefined {
  const m = /^([a-z][a-z0-9_.\-]*[a-z0-9_])(?:\s*=\s*\S.*)?$/.exec(span.trim());
  const name = m?.[1];
  if (!name || !SYSCTL_ROOTS.test(name) || !name.includes('.') || name.includes('..')) return undefined;
  return name;
}
