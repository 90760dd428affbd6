import { pipeToShell } from '../../../src/checks/system/pipe-to-shell.js';
import { testCheck } from '../tester.js';

const bash = (code: string) => `Install:\n\n\`\`\`bash\n${code}\n\`\`\`\n`;

testCheck(pipeToShell, {
  valid: [
    { name: 'download, inspect, run', md: bash('curl -fsSLo install.sh https://falco.org/script/install\nless install.sh\nsudo bash install.sh') },
    { md: bash('curl -s https://download.falco.org/packages/falco-x86_64.tar.gz | tar xz') },
    { md: bash('curl -s http://localhost:2801/healthz | jq .') },
    { md: bash('wget -qO- https://falco.org/repo/falcosecurity-packages.asc | sudo gpg --dearmor -o /usr/share/keyrings/falco-archive-keyring.gpg') },
    { name: 'sh -c with its own script', md: bash('curl -s https://example.com/list.txt | sh -c "wc -l"') },
    { name: 'command substitution that is not the script', md: bash('bash -c "echo $(curl -s ifconfig.me)"') },
    { md: bash('echo "ls" | bash') },
  ],
  invalid: [
    { md: bash('curl -fsSL https://falco.org/script/install | sudo bash'), errors: [{ line: 4, message: 'curl straight into bash' }] },
    { md: bash('wget -qO- https://example.com/setup.sh | sh -s -- --yes'), errors: [{ line: 4 }] },
    { md: bash('curl -s https://example.com/x.sh | tee /tmp/x.sh | sudo -E bash -'), errors: [{ line: 4 }] },
    { md: bash('bash <(curl -s https://example.com/x.sh)'), errors: [{ line: 4, message: 'fetched from the network' }] },
    { md: bash('sh -c "$(curl -fsSL https://example.com/x.sh)"'), errors: [{ line: 4 }] },
    { md: bash('source <(wget -qO- https://example.com/env.sh)'), errors: [{ line: 4 }] },
    { md: bash('curl -s https://example.com/x.py | python3 -'), errors: [{ line: 4 }] },
  ],
});
