import { unknownSubcommand } from '../../../src/checks/tools/unknown-subcommand.js';
import { testCheck } from '../tester.js';
import { bash, REAL_COMMANDS } from './real-commands.js';

testCheck(unknownSubcommand, {
  valid: [
    ...REAL_COMMANDS.map((command) => ({ name: command, md: bash(command) })),
    { name: 'docker and kubectl plugins', md: bash('docker compose up -d', 'docker scout cves ubuntu', 'kubectl neat get pod x', 'kubectl gadget trace exec') },
    { name: 'subcommand aliases', md: bash('docker container ps', 'docker image list', 'kubectl top pods', 'kubectl create deploy x --image=nginx', 'systemctl condrestart falco') },
    { name: 'cobra help and completion', md: bash('falcoctl help artifact', 'event-generator completion bash', 'kubectl completion bash') },
    { name: 'a dynamic subcommand', md: bash('docker $CMD x', 'systemctl "$ACTION" falco') },
    { name: 'after an unknown option the next word may be its value', md: bash('docker --frobnicate value ps') },
    { name: 'a command named in prose without a subcommand', md: 'Use `docker` or `falcoctl` to investigate.\n' },
  ],
  invalid: [
    { md: bash('docker isolate 12d6b2377178'), errors: [{ line: 2, message: 'docker has no subcommand isolate' }] },
    { md: bash('docker contianer ls'), errors: [{ line: 2, suggestion: 'container' }] },
    { md: bash('kubectl isolate pod x'), errors: [{ line: 2, message: 'kubectl has no subcommand isolate' }] },
    { md: bash('kubectl config get-contxts'), errors: [{ line: 2, suggestion: 'get-contexts' }] },
    { md: bash('falcoctl install falco-rules'), errors: [{ line: 2, message: 'falcoctl has no subcommand install (it has artifact' }] },
    { md: bash('falcoctl artifact instal falco-rules'), errors: [{ line: 2, suggestion: 'install' }] },
    { md: bash('event-generator start syscall'), errors: [{ line: 2, message: 'event-generator has no subcommand start' }] },
    { md: bash('systemctl status-all'), errors: [{ line: 2, message: 'systemctl has no subcommand status-all' }] },
    { md: bash('systemctl restrat falco'), errors: [{ line: 2, suggestion: 'restart' }] },
    { md: bash('crictl kill abc'), errors: [{ line: 2, message: 'crictl has no subcommand kill' }] },
    { md: 'Run `falcoctl rules update` daily.\n', errors: [{ line: 1, message: 'falcoctl has no subcommand rules' }] },
  ],
});
