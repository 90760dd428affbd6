import { wrongArgumentCount } from '../../../src/checks/tools/wrong-argument-count.js';
import { testCheck } from '../tester.js';
import { bash, REAL_COMMANDS } from './real-commands.js';

testCheck(wrongArgumentCount, {
  valid: [
    ...REAL_COMMANDS.map((command) => ({ name: command, md: bash(command) })),
    { name: 'prose names commands without operands', md: 'Run `docker inspect` to gather more information, or `docker logs -f`.\n' },
    { name: 'xargs supplies the operands', md: bash('docker ps -q | xargs docker logs --tail 5', 'docker ps -aq | xargs docker rm') },
    { name: 'a word that may expand to several', md: bash('pstree -p $(pidof falco)', 'uname $FLAGS') },
    { name: 'placeholders count as operands', md: bash('docker logs <container_id>', 'docker cp <container_id>:/bin/x <dest>') },
    { name: 'options that stand in for an operand', md: bash('grep -e falco', 'killall -l', 'crictl inspect --latest', 'kubectl auth can-i --list', 'setcap -r /bin/ping') },
    { name: 'after an unknown option nothing is counted', md: bash('docker logs --lines 5') },
    { name: 'tools whose extra operands are ignored', md: bash('netstat -tulpn 80', 'uptime now') },
    { name: 'kubectl counts the catalog does not curate', md: bash('kubectl config get-contexts', 'kubectl set image deployment/nginx nginx=nginx:1.25') },
    { name: 'operands after --', md: bash('grep -- -v file', 'kubectl logs -- falco-abc') },
    { name: 'a bare parent command', md: bash('docker', 'systemctl', 'kubectl config') },
  ],
  invalid: [
    {
      name: 'seed 000: docker logs -f without a container',
      md: bash('while true; do', '    docker logs -f | grep "falco-event-gen"', '    sleep 60', 'done &'),
      errors: [{ line: 3, message: 'docker logs takes exactly 1 argument, but none is given' }],
    },
    { md: bash('docker exec -it 12d6b2377178'), errors: [{ line: 2, message: 'docker exec takes at least 2 arguments, but 1 is given' }] },
    { md: bash('docker logs web db'), errors: [{ line: 2, message: 'but 2 are given' }] },
    { md: bash('docker cp 12d6b2377178:/bin/x'), errors: [{ line: 2, message: 'docker cp takes exactly 2 arguments' }] },
    { md: bash('uname -a extra'), errors: [{ line: 2, message: 'uname takes exactly 0 arguments' }] },
    { md: bash('date +%F %T'), errors: [{ line: 2, message: 'date takes 0 to 1 arguments' }] },
    { md: bash('crictl logs'), errors: [{ line: 2, message: 'crictl logs takes exactly 1 argument (CONTAINER-ID)' }] },
    { md: bash('systemctl restart'), errors: [{ line: 2, message: 'systemctl restart takes at least 1 argument' }] },
    { md: bash('kubectl logs pod-a pod-b pod-c'), errors: [{ line: 2, message: 'kubectl logs takes 0 to 2 arguments' }] },
    { md: bash('grep'), errors: [{ line: 2, message: 'grep takes at least 1 argument' }] },
    { md: bash('pgrep falco event-generator'), errors: [{ line: 2, message: 'pgrep takes 0 to 1 arguments' }] },
  ],
});
