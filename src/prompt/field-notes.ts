import { fieldsOf, sourcesOfField } from '../catalog/lookup.js';

/**
 * Short meanings of the Falco fields alerts carry most often, in our own words. The model is told these so it
 * reads a value for what it is (proc.aname[2] is the grandparent, user.loginuid -1 means no login session),
 * and the offline report uses them as the evidence's "what it shows". Fields not listed here get only their
 * catalog type: a guessed meaning would be worse than none.
 */
const NOTES: Record<string, string> = {
  // Process
  'proc.name': 'Name of the process that triggered the rule (the kernel keeps only its first 15 characters).',
  'proc.exe': 'First argument of the process (argv[0]), usually the path or name it was started with.',
  'proc.exepath': 'Full path of the executable file the process runs.',
  'proc.cmdline': 'Full command line of the process: its name followed by its arguments.',
  'proc.args': 'Arguments of the process, without the program name.',
  'proc.pid': 'Process id on the host.',
  'proc.vpid': 'Process id as seen inside its own PID namespace (inside the container).',
  'proc.ppid': 'Process id of the parent on the host.',
  'proc.pname': 'Name of the parent process.',
  'proc.pcmdline': 'Command line of the parent process.',
  'proc.pexe': 'First argument (argv[0]) of the parent process.',
  'proc.pexepath': 'Full path of the parent process executable.',
  'proc.sname': 'Name of the session leader of the process (often the login shell or the container entrypoint).',
  'proc.cwd': 'Working directory of the process when the event happened.',
  'proc.tty': 'Terminal the process is attached to; 0 means no terminal, any other number means an interactive terminal.',
  'proc.exe_ino.ctime': 'Time (nanoseconds since the epoch) the executable file’s inode last changed.',
  'proc.exe_ino.mtime': 'Time (nanoseconds since the epoch) the executable file’s content was last modified.',
  'proc.exe_ino.ctime_duration_proc_start': 'Nanoseconds between the executable file’s last inode change and the start of the process; small values mean the file was written just before it ran.',
  'proc.is_exe_upper_layer': 'True when the executable lives in the container’s writable upper layer, i.e. it was not part of the image.',
  'thread.cap_effective': 'Linux capabilities the thread could actually use when the event happened.',
  // Event
  'evt.time': 'Time of the event in nanoseconds since the epoch (UTC).',
  'evt.type': 'System call or event type that matched (openat, execve, connect, ...).',
  'evt.res': 'Result of the system call: SUCCESS or an error name such as EACCES.',
  'evt.rawres': 'Numeric return value of the system call.',
  'evt.args': 'All arguments of the system call as Falco printed them.',
  'evt.dir': 'Whether this is the enter (>) or exit (<) half of the system call.',
  'evt.hostname': 'Host name of the machine Falco runs on.',
  'evt.source': 'Event source the alert came from (syscall, k8s_audit, ...).',
  // File descriptors
  'fd.name': 'Name of the file descriptor involved: a file path, or for network sockets the connection as client->server addresses.',
  'fd.nameraw': 'The file name exactly as the process passed it to the system call, before Falco resolved it.',
  'fd.directory': 'Directory of the file involved.',
  'fd.filename': 'File name without its directory.',
  'fd.type': 'Kind of file descriptor: file, directory, ipv4, ipv6, unix, pipe, ...',
  'fd.typechar': 'One-letter kind of the file descriptor.',
  'fd.num': 'Number of the file descriptor in the process.',
  'fd.l4proto': 'Transport protocol of the socket (tcp, udp, ...).',
  'fd.sip': 'Server IP address of the connection.',
  'fd.cip': 'Client IP address of the connection.',
  'fd.rip': 'Remote IP address of the connection, seen from this host.',
  'fd.lip': 'Local IP address of the connection.',
  'fd.sport': 'Server port of the connection.',
  'fd.cport': 'Client port of the connection.',
  'fd.lport': 'Local port of the connection.',
  'fd.rport': 'Remote port of the connection.',
  // Users and groups
  'user.name': 'User the process runs as.',
  'user.uid': 'Numeric id of the user the process runs as; 0 is root.',
  'user.loginuid': 'Id of the user who logged in and started the session; -1 means no login session (typical for services and containers).',
  'user.loginname': 'Name of the user who logged in and started the session.',
  'group.gid': 'Numeric id of the group the process runs as.',
  'group.name': 'Group the process runs as.',
  // Containers
  'container.id': 'Short id of the container the event came from; "host" means it happened on the host, outside any container.',
  'container.name': 'Name of the container; "host" means the host itself.',
  'container.image': 'Image the container was started from (repository and tag).',
  'container.image.repository': 'Repository of the container image, without the tag.',
  'container.image.tag': 'Tag of the container image.',
  'container.image.digest': 'Digest of the container image.',
  'container.privileged': 'True when the container runs privileged, with almost full access to the host.',
  'container.start_ts': 'Time (nanoseconds since the epoch) the container started.',
  // Kubernetes metadata of a syscall event
  'k8s.pod.name': 'Kubernetes pod the container belongs to.',
  'k8s.ns.name': 'Kubernetes namespace of the pod.',
  'k8s.pod.uid': 'Unique id of the Kubernetes pod.',
  // Kubernetes audit events
  'ka.user.name': 'Kubernetes user or service account that made the API request.',
  'ka.user.groups': 'Groups of the user that made the API request.',
  'ka.impersonuser.name': 'User the requester impersonated, if any.',
  'ka.verb': 'API action requested: get, list, create, update, patch, delete, ...',
  'ka.uri': 'Path of the API request on the Kubernetes API server.',
  'ka.uri.param': 'A query parameter of the API request; for exec, [command] holds the command run in the pod.',
  'ka.target.name': 'Name of the Kubernetes object the request acted on.',
  'ka.target.namespace': 'Namespace of the Kubernetes object the request acted on.',
  'ka.target.resource': 'Kind of Kubernetes resource the request acted on (pods, secrets, clusterroles, ...).',
  'ka.target.subresource': 'Subresource of the request, such as exec, attach or portforward for pods.',
  'ka.response.code': 'HTTP status code the API server answered with.',
  'ka.response.reason': 'Reason the API server gave with its response.',
  'ka.auth.decision': 'Authorization decision for the request: allow or forbid.',
  'ka.auth.reason': 'Why the authorizer allowed or refused the request.',
  'ka.resp.name': 'Name of the object in the API server’s response (for a create, the new object).',
  'ka.req.pod.containers.image': 'Images of the containers in the pod the request creates or changes.',
  'ka.req.pod.initContainers.image': 'Images of the init containers in the pod the request creates or changes.',
  'ka.req.pod.ephemeralContainers.image': 'Images of the ephemeral (debug) containers in the pod the request creates or changes.',
  'ka.req.pod.containers.privileged': 'Whether each container of the requested pod runs privileged.',
  'ka.req.binding.subjects': 'Users, groups or service accounts a role binding in the request grants the role to.',
  'ka.req.binding.role': 'Role or ClusterRole a role binding in the request refers to.',
  'ka.req.role.rules': 'Permission rules of the Role or ClusterRole in the request.',
  'ka.req.service.ports': 'Ports of the Service in the request.',
  'ka.req.configmap.name': 'Name of the ConfigMap in the request.',
  'ka.sourceips': 'IP addresses the API request came from.',
  'ka.useragent': 'User agent of the client that sent the API request.',
  'jevt.value': 'A value read from the raw audit event at the JSON pointer in brackets.',
  'jevt.obj': 'The whole raw audit event as JSON.',
};

/** A record lookup that ignores inherited keys: field names come from the alert, and `constructor` is not a note. */
function own(record: Record<string, string>, key: string): string | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

const ORDINALS = ['', 'parent', 'grandparent', 'great-grandparent'];

/** Notes for fields whose meaning depends on their [argument]. */
function argumentNote(name: string, arg: string): string | undefined {
  const level = /^\d+$/.test(arg) ? Number(arg) : undefined;
  const ancestor = level === undefined ? undefined : (ORDINALS[level] ?? `ancestor ${level} levels up`);
  switch (name) {
    case 'proc.aname':
      return ancestor ? `Name of the process’s ${ancestor}.` : undefined;
    case 'proc.aexepath':
      return ancestor ? `Executable path of the process’s ${ancestor}.` : undefined;
    case 'proc.apid':
      return ancestor ? `Host process id of the process’s ${ancestor}.` : undefined;
    case 'proc.acmdline':
      return ancestor ? `Command line of the process’s ${ancestor}.` : undefined;
    case 'evt.arg':
      return own(argNotes, arg) ?? `The ${arg} argument of the system call.`;
    case 'ka.uri.param':
      return arg === 'command' ? 'The command run in the pod through exec.' : `The ${arg} query parameter of the API request.`;
    case 'jevt.value':
      return `The value at ${arg} in the raw audit event.`;
    default:
      return undefined;
  }
}

const argNotes: Record<string, string> = {
  flags: 'Flags of the system call; for execve, `EXE_WRITABLE`, `EXE_UPPER_LAYER`, `EXE_LOWER_LAYER` and `EXE_FROM_MEMFD` tell where the executable came from.',
  target: 'Target of the link: the existing file the new link points to.',
  linkpath: 'Path of the new link.',
  oldpath: 'Existing file the new hard link points to.',
  newpath: 'Path of the new hard link.',
  request: 'Request code of the system call (for ptrace, PTRACE_ATTACH, PTRACE_TRACEME, ...).',
};

/** Fields that take their argument as a dot suffix (`evt.arg.flags`), as libsinsp reads them. */
const DOT_SUFFIX = ['evt.arg', 'evt.rawarg', 'evt.abspath', 'thread.cgroup'];

/** Splits `proc.aname[2]` and `evt.arg.flags` into the field name and its argument. */
export function splitField(field: string): { name: string; arg?: string } {
  const m = /^([^[\]]+)\[(.*)\]$/.exec(field);
  if (m) return { name: m[1]!, arg: m[2]! };
  const prefix = DOT_SUFFIX.find((p) => field.startsWith(`${p}.`) && field.length > p.length + 1);
  return prefix ? { name: prefix, arg: field.slice(prefix.length + 1) } : { name: field };
}

/** Our short meaning of a field, or undefined when we have none. */
export function fieldNote(field: string): string | undefined {
  const { name, arg } = splitField(field);
  if (arg !== undefined) return argumentNote(name, arg) ?? own(NOTES, name);
  return own(NOTES, name);
}

/** The catalog type of a field (`CHARBUF`, `INT64`, ...), looked up in the alert's source first. */
export function fieldType(field: string, source?: string): string | undefined {
  const { name } = splitField(field);
  const own = source ? fieldsOf(source).get(name) : undefined;
  if (own) return own.type;
  const other = sourcesOfField(name)[0];
  return other ? fieldsOf(other).get(name)?.type : undefined;
}

/** A note when we have one; otherwise only what the catalog knows (its type), or nothing. */
export function describeField(field: string, source?: string): string | undefined {
  const note = fieldNote(field);
  if (note) return note;
  const type = fieldType(field, source);
  return type ? `Falco field of type ${type}.` : undefined;
}
