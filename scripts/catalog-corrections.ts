/**
 * Facts in ../shared that we found wrong or missing, fixed in our own catalog.
 * Each has a test in test/catalog/corrections.test.ts that shows the real behaviour.
 */
export interface Correction {
  id: string;
  apply(catalog: Record<string, Record<string, any>>): void;
}

export const CORRECTIONS: Correction[] = [
  {
    // falco-cli.json marks --list as taking a value, but Falco declares it with an implicit value:
    // `falco --list` (every source) and `falco --list=syscall` are both valid.
    id: 'falco --list takes an optional value',
    apply(catalog) {
      const list = catalog['falco-cli']!.falco.options.find((o: { long?: string }) => o.long === '--list');
      list.takesValue = 'optional';
    },
  },
  {
    // xargs.json marks -I as a flag, but GNU xargs reads a replace string after it:
    // `echo a | xargs -I X echo got X` prints "got a".
    id: 'xargs -I takes a value',
    apply(catalog) {
      const option = catalog.tools!.xargs.options.find((o: { short?: string }) => o.short === '-I');
      option.takes_value = true;
      option.value_name = 'REPLACE-STR';
    },
  },
  {
    // sysctls.json gives the harvest kernel's mode (0444) for kernel.nmi_watchdog, but kernel/watchdog.c makes it
    // 0644 whenever CONFIG_HARDLOCKUP_DETECTOR is set, as on distribution kernels; the *_next_id knobs are
    // writable with CAP_CHECKPOINT_RESTORE (ipc/ipc_sysctl.c). Writing them is real advice.
    id: 'kernel.nmi_watchdog and kernel.*_next_id are writable',
    apply(catalog) {
      for (const name of ['kernel.nmi_watchdog', 'kernel.msg_next_id', 'kernel.sem_next_id', 'kernel.shm_next_id']) {
        catalog.sysctls!.names[name].writable = true;
      }
    },
  },
  {
    // Docker's json-file log driver writes <id>-json.log; paths.json marks container.log as invented
    // without saying where the log really is.
    id: 'docker container log is <id>-json.log',
    apply(catalog) {
      const entry = catalog.paths!.entries.find((e: { path: string }) => e.path === '/var/lib/docker/containers/<id>/container.log');
      entry.realPath = '/var/lib/docker/containers/<id>/<id>-json.log';
    },
  },
];
