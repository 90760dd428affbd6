/**
 * The alert the grounding checks' docs examples are checked against: a real-shaped Falcosidekick payload of the
 * "Drop and execute new binary in container" rule. Large nanosecond counters are strings here, as readAlerts keeps
 * them, because JSON.parse would round them.
 */
export const DOCS_ALERT = JSON.stringify({
  output:
    '18:26:49.455310091: Critical Executing binary not part of base image | proc_exe=/bin/falco-event-generator-syscall-DropAndExecuteNewBinaryInContainer-iSBERh proc_sname=event-generator gparent=containerd-shim container_start_ts=1728152807913221470 user=root process=falco-event-gen parent=event-generator container_id=12d6b2377178 container_name=romantic_jemison',
  priority: 'Critical',
  rule: 'Drop and execute new binary in container',
  time: '2024-10-05T18:26:49.455310091Z',
  output_fields: {
    'container.id': '12d6b2377178',
    'container.name': 'romantic_jemison',
    'container.start_ts': '1728152807913221470',
    'evt.time': '1728152809455310091',
    'proc.aname[2]': 'containerd-shim',
    'proc.exe': '/bin/falco-event-generator-syscall-DropAndExecuteNewBinaryInContainer-iSBERh',
    'proc.name': 'falco-event-gen',
    'proc.pname': 'event-generator',
    'proc.sname': 'event-generator',
    'user.name': 'root',
  },
  source: 'syscall',
  tags: ['PCI_DSS_11.5.1', 'TA0003', 'container', 'maturity_stable', 'mitre_persistence', 'process'],
  hostname: 'mini-debian-lab',
});
