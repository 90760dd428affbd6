import { unknownFieldSpan } from '../../../src/checks/inline/unknown-field-span.js';
import { testCheck } from '../tester.js';

testCheck(unknownFieldSpan, {
  valid: [
    { md: 'The alert carries `proc.sname`, `evt.time`, `container.start_ts` and `proc.aname[2]`.' },
    { md: 'Use `%proc.name` and `%container.id` in the output.' },
    { name: 'dot-suffix arguments', md: 'The flags are in `evt.arg.flags`; see also `evt.type.is.open`.' },
    { name: 'bracket arguments', md: 'Match `ka.uri.param[command]` and `container.label[app]`.' },
    { name: 'a field that needs an argument, named bare', md: 'The `container.label` field reads labels.' },
    { name: 'plugin fields', md: 'The audit event has `ka.user.name`, `ct.name` and `okta.actor.name`.' },
    { name: 'output keys of the alert text', md: 'The output shows `proc_exe`, `container_id` and `proc_exe_ino_ctime_duration_proc_start`.' },
    { name: 'file names and hosts', md: 'Edit `falco.yaml`, `config.json`, `proc.yaml`; see `k8s.io` and `github.com`.' },
    { name: 'code that shares a plugin class name', md: 'Parse it with `json.loads` or `json.dumps`.' },
    { name: 'versions', md: 'Upgrade to `falco.0.38.1`.' },
    { name: 'sysctls are not fields', md: 'Set `fs.protected_symlinks` and `user.max_user_namespaces`.' },
    {
      name: "a dotted key of the alert's output text",
      md: 'The output names the pod under `k8s.pod` and the namespace under `k8s.ns`.',
      alert: {
        output: '13:44:05.478445995: Critical A shell was spawned in a container with an attached terminal (user=root k8s.ns=default k8s.pod=kubecon container=ee97d9c4186f)',
        priority: 'Critical',
        rule: 'Terminal shell in container',
        time: '2023-05-25T13:44:05.478445995Z',
        output_fields: { 'k8s.ns.name': 'default', 'k8s.pod.name': 'kubecon' },
      },
    },
    { name: 'longer deep fields', md: 'See `proc.exe_ino.ctime_duration_proc_start` and `k8s.ns.name`.' },
  ],
  invalid: [
    { md: 'The name is in `proc.nme`.', errors: [{ line: 1, message: 'proc.nme is not a Falco field', suggestion: 'proc.name' }] },
    { md: 'Filter on `container.image_name`.', errors: [{ line: 1, suggestion: 'container.image' }] },
    { name: 'no near field in a sure class', md: 'Check `proc.stdout_path`.', errors: [{ line: 1, message: 'proc.stdout_path is not a Falco field' }] },
    { name: 'without the alert, a dotted output key is judged as a field', md: 'The pod is under `k8s.pod`.', errors: [{ line: 1, suggestion: 'k8s.pod.name' }] },
    { name: 'argument to a field that takes none', md: 'The grandparent is `proc.pname[2]`.', errors: [{ line: 1, message: 'takes no [argument]' }] },
    { name: 'a user. field typo', md: 'The user is `user.nmae`.', errors: [{ line: 1, suggestion: 'user.name' }] },
    {
      name: 'several on a line',
      md: '* `evt.tim` and `container.strat_ts`: the event and start times',
      errors: [
        { line: 1, suggestion: 'evt.time' },
        { line: 1, suggestion: 'container.start_ts' },
      ],
    },
  ],
});
