import type { FalcoAlert } from '../alerts/schema.js';
import { code } from './markdown.js';
import type { CommandStep } from './schema.js';
import { containerId, hasTag, onHost, shaped, shellQuote, text } from './values.js';

/**
 * A small curated playbook of read-only investigation commands, chosen by what the alert carries (container id,
 * pod, process id, file, user) and by the rule's tags. A play yields a command only when every value in it comes
 * from the alert and has the right shape; otherwise it yields nothing. There are no placeholders, ever.
 */
type Play = (alert: FalcoAlert) => CommandStep[];

const step = (purpose: string, command: string): CommandStep => ({ purpose, command });

/** The pod and namespace of a syscall event, from the container plugin's k8s fields. */
function podOf(alert: FalcoAlert): { pod: string; ns: string } | undefined {
  const pod = shaped(alert, 'k8s.pod.name', 'k8sName');
  const ns = shaped(alert, 'k8s.ns.name', 'k8sNamespace');
  return pod && ns ? { pod, ns } : undefined;
}

function podSteps(pod: string, ns: string): CommandStep[] {
  const p = shellQuote(pod);
  const n = shellQuote(ns);
  return [
    step(`Show how pod ${code(pod)} is defined: images, service account, security context, volumes and node.`, `kubectl get pod ${p} -n ${n} -o yaml`),
    step(`Read the last 200 log lines of every container of pod ${code(pod)}.`, `kubectl logs ${p} -n ${n} --all-containers --tail=200`),
    step(`List the recent Kubernetes events about pod ${code(pod)} (restarts, probes, scheduling).`, `kubectl get events -n ${n} --field-selector involvedObject.name=${p}`),
  ];
}

/** Containers: inspect, logs and file changes, on Docker; the CRI equivalents on Kubernetes nodes. */
const containerPlay: Play = (alert) => {
  const id = containerId(alert);
  if (!id) return [];
  const q = shellQuote(id);
  const pod = podOf(alert);
  if (pod) {
    return [
      step(`Show the runtime details of container ${code(id)} on this Kubernetes node: image, mounts, privileges and process.`, `crictl inspect ${q}`),
      step(`Read the last 200 lines container ${code(id)} wrote.`, `crictl logs --tail 200 ${q}`),
      ...podSteps(pod.pod, pod.ns),
    ];
  }
  const steps = [
    step(`Show how container ${code(id)} was started (image, command, mounts, privileges, network) on a Docker host.`, `docker inspect ${q}`),
    step(`Read the last 200 lines container ${code(id)} wrote, around the time of the alert.`, `docker logs --tail 200 ${q}`),
  ];
  if (hasTag(alert, 'filesystem') || hasTag(alert, 'process')) {
    steps.push(step(`List the files added, changed or deleted in container ${code(id)} since it started.`, `docker diff ${q}`));
  }
  steps.push(step(`On a containerd or CRI-O host (such as a Kubernetes node), show the same details for container ${code(id)}.`, `crictl inspect ${q}`));
  return steps;
};

/** The process itself, by its host pid, when the rule output carries it. */
const processPlay: Play = (alert) => {
  const pid = shaped(alert, 'proc.pid', 'pid');
  if (!pid) return [];
  const ppid = shaped(alert, 'proc.ppid', 'pid');
  const pids = ppid && ppid !== pid ? `${pid},${ppid}` : pid;
  return [step(`Check whether process ${code(pid)}${ppid ? ` and its parent ${code(ppid)}` : ''} still run, and as whom.`, `ps -o pid,ppid,user,lstart,args -p ${pids}`)];
};

/** Host files: paths in a container's events are inside its mount namespace, so only host events get these. */
const hostFilePlay: Play = (alert) => {
  if (!onHost(alert)) return [];
  const steps: CommandStep[] = [];
  const file = shaped(alert, 'fd.name', 'path');
  if (file && file !== '/' && hasTag(alert, 'filesystem')) {
    steps.push(step(`See the owner, permissions and access and change times of ${code(file)}.`, `stat ${shellQuote(file)}`));
  }
  const exe = shaped(alert, 'proc.exepath', 'path');
  if (exe && exe !== '/' && (hasTag(alert, 'process') || hasTag(alert, 'shell') || text(alert, 'evt.type') === 'execve')) {
    steps.push(step(`Record the SHA-256 hash of the executable that ran, ${code(exe)}, to compare with the packaged file.`, `sha256sum ${shellQuote(exe)}`));
  }
  return steps;
};

const hostNetworkPlay: Play = (alert) =>
  onHost(alert) && hasTag(alert, 'network') ? [step('List the TCP connections of the host with the processes that own them.', 'ss -tnp')] : [];

/** Kubernetes resources kubectl can get by the plural name the audit log uses, and whether they are namespaced. */
const RESOURCES = new Map<string, { namespaced: boolean; kind: string }>(Object.entries({
  pods: { namespaced: true, kind: 'pod' },
  deployments: { namespaced: true, kind: 'deployment' },
  daemonsets: { namespaced: true, kind: 'daemonset' },
  statefulsets: { namespaced: true, kind: 'statefulset' },
  services: { namespaced: true, kind: 'service' },
  configmaps: { namespaced: true, kind: 'configmap' },
  secrets: { namespaced: true, kind: 'secret' },
  serviceaccounts: { namespaced: true, kind: 'serviceaccount' },
  roles: { namespaced: true, kind: 'role' },
  rolebindings: { namespaced: true, kind: 'rolebinding' },
  ingresses: { namespaced: true, kind: 'ingress' },
  namespaces: { namespaced: false, kind: 'namespace' },
  clusterroles: { namespaced: false, kind: 'clusterrole' },
  clusterrolebindings: { namespaced: false, kind: 'clusterrolebinding' },
  nodes: { namespaced: false, kind: 'node' },
}));

const POD_SUBRESOURCES = new Set(['exec', 'attach', 'portforward', 'log', 'ephemeralcontainers']);

/** Kubernetes audit events: the object acted on, and what the requesting user may do. */
const auditPlay: Play = (alert) => {
  if (alert.source !== 'k8s_audit') return [];
  const steps: CommandStep[] = [];
  const ns = shaped(alert, 'ka.target.namespace', 'k8sNamespace');
  // Rules such as port-forward print the pod subresource but not the resource.
  const sub = text(alert, 'ka.target.subresource');
  const resource = text(alert, 'ka.target.resource') ?? (sub && POD_SUBRESOURCES.has(sub) ? 'pods' : undefined);
  // A Map, not an object lookup: the resource is alert text, and `__proto__` must not find anything.
  const spec = resource ? RESOURCES.get(resource) : undefined;
  // A create rule names the new object in the response; other rules name the target.
  const name = shaped(alert, 'ka.target.name', 'k8sName') ?? shaped(alert, 'ka.resp.name', 'k8sName');
  const deleted = / deleted$/i.test(alert.rule);
  if (spec && name && !deleted && (!spec.namespaced || ns)) {
    const where = spec.namespaced && ns ? ` -n ${shellQuote(ns)}` : '';
    if (resource === 'pods' && ns) {
      steps.push(...podSteps(name, ns));
    } else if (resource === 'secrets') {
      // describe lists the keys and sizes without printing the secret's values on the terminal.
      steps.push(step(`Show the keys, type and annotations of secret ${code(name)} without printing its values.`, `kubectl describe secret ${shellQuote(name)}${where}`));
    } else {
      steps.push(step(`Show the current state of ${spec.kind} ${code(name)} as the API server has it.`, `kubectl get ${resource} ${shellQuote(name)}${where} -o yaml`));
    }
  }
  const user = shaped(alert, 'ka.user.name', 'k8sUser');
  if (user) {
    const scope = ns ? ` -n ${shellQuote(ns)}` : '';
    steps.push(step(`List what ${code(user)} is allowed to do${ns ? ` in namespace ${code(ns)}` : ''}, to judge how far this account reaches.`, `kubectl auth can-i --list${scope} --as=${shellQuote(user)}`));
  }
  return steps;
};

const PLAYS: Play[] = [containerPlay, auditPlay, processPlay, hostFilePlay, hostNetworkPlay];

/** Investigation steps for an alert, without duplicates, in play order. */
export function investigationSteps(alert: FalcoAlert): CommandStep[] {
  const seen = new Set<string>();
  const steps: CommandStep[] = [];
  for (const play of PLAYS) {
    for (const s of play(alert)) {
      if (seen.has(s.command)) continue;
      seen.add(s.command);
      steps.push(s);
    }
  }
  return steps;
}
