/** Top-level system directories and the state directories of the runtimes a Falco host runs. */
const SYSTEM_DIRS = new Set([
  '/',
  '/bin', '/boot', '/dev', '/etc', '/home', '/lib', '/lib32', '/lib64', '/opt', '/proc', '/root', '/run', '/sbin', '/srv', '/sys', '/usr', '/var',
  '/usr/bin', '/usr/sbin', '/usr/lib', '/usr/lib64', '/usr/local', '/usr/share', '/usr/include',
  '/var/lib', '/var/log', '/var/cache', '/var/spool', '/var/run',
  '/var/lib/docker', '/var/lib/containerd', '/var/lib/containers', '/var/lib/kubelet', '/var/lib/etcd',
  '/etc/kubernetes', '/etc/systemd', '/etc/ssh', '/etc/pam.d', '/etc/sudoers.d', '/etc/audit', '/etc/selinux', '/etc/apparmor.d',
]);

/** Trees whose files must not be writable by everyone: a world-writable file there is a root shell waiting. */
const PROTECTED_TREES = ['/etc', '/usr', '/bin', '/sbin', '/lib', '/lib32', '/lib64', '/boot', '/root', '/var/lib', '/var/log', '/var/run', '/run', '/proc', '/sys', '/dev'];

/** True for `/etc`, `/etc/*`, `/` and `/*`: the directory itself or everything in it. */
export function isSystemDir(path: string): boolean {
  return SYSTEM_DIRS.has(path) || (path.endsWith('/*') && SYSTEM_DIRS.has(path.slice(0, -2) || '/'));
}

export function isUnderProtectedTree(path: string): boolean {
  if (path === '/' || path === '/*') return true;
  // Sticky, shared scratch space is meant to be writable by all, and so are the character devices below (mode 0666).
  if (/^\/(tmp|var\/tmp|dev\/shm|run\/shm)(\/|$)/.test(path)) return false;
  if (/^\/dev\/(null|zero|full|random|urandom|tty|ptmx|fuse|net\/tun)$/.test(path)) return false;
  return PROTECTED_TREES.some((t) => path === t || path.startsWith(`${t}/`));
}
