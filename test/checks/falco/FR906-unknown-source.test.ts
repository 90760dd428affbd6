import { unknownSource } from '../../../src/checks/falco/unknown-source.js';
import { testCheck } from '../tester.js';
import { fence, rule } from './rules-md.js';

testCheck(unknownSource, {
  valid: [
    { name: 'syscall', md: fence(rule({ extra: '  source: syscall\n' })) },
    {
      name: 'k8s_audit rule with ka.* fields',
      md: fence('- rule: Exec into pod\n  desc: Someone ran kubectl exec\n  condition: kevt and pod_subresource and kcreate and ka.target.subresource = exec\n  output: Exec (user=%ka.user.name pod=%ka.target.name cmd=%ka.uri.param[command])\n  priority: NOTICE\n  source: k8s_audit'),
    },
    { name: 'aws_cloudtrail', md: fence('- rule: Console login without MFA\n  desc: d\n  condition: ct.name = ConsoleLogin and ct.error = ""\n  output: Login (user=%ct.user)\n  priority: WARNING\n  source: aws_cloudtrail') },
  ],
  invalid: [
    { name: 'process', md: fence(rule({ extra: '  source: process\n' })), errors: [{ line: 7, message: "'process' is not a Falco event source", suggestion: 'syscall' }] },
    { name: 'syscalls (falcosidekick default)', md: fence(rule({ extra: '  source: syscalls\n' })), errors: [{ line: 7, suggestion: 'syscall' }] },
    { name: 'kubernetes', md: fence(rule({ extra: '  source: kubernetes\n' })), errors: [{ line: 7, suggestion: 'k8s_audit' }] },
    {
      name: 'redefining a k8s_audit rule as syscall is a FR913 matter, not a source typo',
      md: fence(rule({ extra: '  source: k8saudit\n' })),
      errors: [{ line: 7, suggestion: 'k8s_audit' }],
    },
  ],
});
