import { wrongProjectHost } from '../../../src/checks/inline/wrong-project-host.js';
import { testCheck } from '../tester.js';

testCheck(wrongProjectHost, {
  valid: [
    { md: '* Falco Documentation: <https://falco.org/docs/>\n* Docker Documentation: <https://docs.docker.com/engine>' },
    { md: 'See [the rules](https://github.com/falcosecurity/rules) and https://kubernetes.io/docs/concepts/.' },
    { name: 'the Helm repository', md: '```bash\nhelm repo add falcosecurity https://falcosecurity.github.io/charts\n```' },
    { name: 'ATT&CK', md: 'See https://attack.mitre.org/techniques/T1059/004/ and https://cve.mitre.org/.' },
    { name: 'cluster-internal hosts', md: 'Falcosidekick listens on http://falco-falcosidekick.falco.svc:2801 and http://falco.falco.svc.cluster.local.' },
    { name: 'unrelated sites', md: 'See <https://en.wikipedia.org/wiki/System_monitoring> and https://k8s.io/docs.' },
    { name: 'Kubernetes orgs on GitHub', md: 'See https://github.com/kubernetes-sigs/kind and https://github.com/kubernetes/kubernetes.' },
  ],
  invalid: [
    { name: 'seed 000 line 90', md: '*   Falco Documentation: <https://falco.io/docs/>', errors: [{ line: 1, message: 'falco.org', suggestion: 'https://falco.org/docs/' }] },
    { md: 'See https://falcosecurity.io/docs/rules.', errors: [{ line: 1, suggestion: 'https://falco.org/docs/rules' }] },
    { name: 'a typo of a project label', md: 'Read https://kuberentes.io/docs/tasks/.', errors: [{ line: 1, message: 'kubernetes.io' }] },
    { name: 'wrong TLD', md: 'See https://attack.mitre.com/techniques/T1611/.', errors: [{ line: 1, suggestion: 'https://attack.mitre.org/techniques/T1611/' }] },
    { name: 'a GitHub organisation typo', md: 'Clone https://github.com/falco-security/falco.', errors: [{ line: 1, suggestion: 'https://github.com/falcosecurity/falco' }] },
    { name: 'in code', md: '```bash\ncurl -sL https://falco.io/install.sh\n```', errors: [{ line: 2 }] },
  ],
});
