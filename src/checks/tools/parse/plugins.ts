/**
 * Subcommands that come from plugins the catalog does not cover (its README: docker's compose and
 * buildx plugins and kubectl plugins are out of scope). They are real on many hosts, so the command
 * is left unchecked rather than called unknown.
 */
const PLUGIN_SUBCOMMANDS: Readonly<Record<string, ReadonlySet<string>>> = {
  docker: new Set(['compose', 'buildx', 'scan', 'scout', 'sbom', 'init', 'debug', 'model', 'extension', 'dev', 'feedback', 'ai', 'offload', 'desktop', 'mcp']),
  kubectl: new Set([
    'alpha',
    'convert',
    'krew',
    'ctx',
    'ns',
    'neat',
    'tree',
    'sniff',
    'trace',
    'gadget',
    'view-secret',
    'whoami',
    'who-can',
    'access-matrix',
    'rbac-tool',
    'rbac-lookup',
    'df-pv',
    'node-shell',
    'images',
    'stern',
    'resource-capacity',
    'oidc-login',
    'cnpg',
    'cert-manager',
    'virt',
    'kyverno',
    'popeye',
    'np-viewer',
  ]),
};

export function isPluginSubcommand(path: string, name: string): boolean {
  return PLUGIN_SUBCOMMANDS[path]?.has(name) ?? false;
}
