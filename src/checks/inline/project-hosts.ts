import { editDistance } from '../../util/nearest.js';

/**
 * Where well-known projects really live. Kept small and factual: a project's name as the first label of a
 * registrable domain, and the one domain that project uses. A host with that label under another TLD
 * (`falco.io`) or a one-typo spelling of it (`kuberentes.io`) is not the project's site.
 */
const PROJECTS: ReadonlyArray<{ project: string; label: string; domain: string }> = [
  { project: 'Falco', label: 'falco', domain: 'falco.org' },
  { project: 'Falco', label: 'falcosecurity', domain: 'falco.org' },
  { project: 'Kubernetes', label: 'kubernetes', domain: 'kubernetes.io' },
  { project: 'MITRE ATT&CK', label: 'mitre', domain: 'mitre.org' },
];

/** Hosts that share a label with a project but are real and the project's own (or a legitimate neighbour). */
const REAL_HOSTS = new Set(['falcosecurity.github.io', 'k8s.io', 'kubernetes.dev']);

/** GitHub organisations of those projects; a near spelling of one is an invented organisation. */
const GITHUB_ORGS = ['falcosecurity', 'kubernetes', 'kubernetes-sigs', 'mitre-attack', 'mitre'];

export interface HostProblem {
  message: string;
  suggestion: string;
}

/**
 * Public TLDs a wrong guess lands on. Cluster-internal names (`falco.falco.svc`, `*.cluster.local`) and
 * anything else outside this list are never a project's public site, so they are left alone.
 */
const PUBLIC_TLDS = new Set(['com', 'org', 'net', 'io', 'dev', 'co', 'ai', 'app', 'info', 'sh', 'cloud', 'tech', 'site', 'xyz', 'us', 'eu', 'biz']);

/** The registrable part of a host, naively: the last two labels (enough for the .org/.io/.com hosts above). */
function registrable(host: string): { label: string; domain: string } | undefined {
  const labels = host.split('.');
  if (labels.length < 2 || !PUBLIC_TLDS.has(labels.at(-1)!)) return undefined;
  return { label: labels.at(-2)!, domain: labels.slice(-2).join('.') };
}

export function checkProjectUrl(url: URL): HostProblem | undefined {
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (REAL_HOSTS.has(host)) return undefined;
  if (host === 'github.com') return checkGithubOrg(url);
  const reg = registrable(host);
  if (!reg) return undefined;
  for (const p of PROJECTS) {
    if (reg.domain === p.domain) return undefined;
  }
  for (const p of PROJECTS) {
    const sameLabel = reg.label === p.label;
    const typo = !sameLabel && p.label.length >= 8 && editDistance(reg.label, p.label, 1) === 1;
    if (!sameLabel && !typo) continue;
    const fixedHost = host.slice(0, host.length - reg.domain.length) + p.domain;
    const suggestion = url.href.replace(url.host, fixedHost);
    return { message: `${host} is not ${p.project}'s site; ${p.project} is at ${p.domain}`, suggestion };
  }
  return undefined;
}

function checkGithubOrg(url: URL): HostProblem | undefined {
  const org = url.pathname.split('/')[1]?.toLowerCase();
  if (!org || GITHUB_ORGS.includes(org)) return undefined;
  for (const real of GITHUB_ORGS) {
    if (real.length >= 8 && editDistance(org, real, 2) <= 2) {
      return { message: `github.com/${org} is not a GitHub organisation of the project; the organisation is github.com/${real}`, suggestion: url.href.replace(`/${url.pathname.split('/')[1]}`, `/${real}`) };
    }
  }
  return undefined;
}
