import { describe, expect, it } from 'vitest';
import { isShellBlock } from '../../src/shell/blocks.js';
import { codeBlock } from './block.js';

describe('isShellBlock', () => {
  const shell: Array<[lang: string, text: string]> = [
    ['bash', 'anything at all'],
    ['sh', ''],
    ['shell', 'x'],
    ['zsh', 'x'],
    ['console', '$ ls'],
    ['shell-session', '$ ls'],
    ['terminal', '$ ls'],
    ['', 'docker inspect c61b4b13ae44\nstrings /bin/x'],
    ['', '# Check the container\nsudo systemctl restart falco'],
    ['text', '/usr/bin/falco -c /etc/falco/falco.yaml'],
    ['txt', './event-generator run syscall'],
    ['plaintext', 'falco-event-generator --noexec --stdin'],
    ['', 'FOO=1 kubectl get pods -A'],
    ['', 'docker run \\\n  -it img'],
    ['', "cat <<'EOF' > /etc/falco/rules.d/x.yaml\n- rule: x\n  desc: y\nEOF"],
    ['', 'while true; do\n  docker ps\n  sleep 5\ndone'],
    ['', '$ docker ps'],
    ['', '$ docker ps\nCONTAINER ID   IMAGE\n4f2a9c1e7b3d   wordpress'],
    ['text', 'user@host:~$ sudo falco --version\nFalco version: 0.39.2'],
  ];
  for (const [lang, text] of shell) {
    it(`shell: ${lang || '(none)'} ${JSON.stringify(text.slice(0, 40))}`, () => {
      expect(isShellBlock(codeBlock(text, lang))).toBe(true);
    });
  }

  const notShell: Array<[lang: string, text: string]> = [
    ['yaml', 'echo hi'],
    ['yml', 'rule: x'],
    ['json', '{"a": 1}'],
    ['ini', '[main]'],
    ['toml', 'a = 1'],
    ['python', 'import os'],
    ['', '- rule: Drop and execute new binary\n  desc: x'],
    ['', 'rule:\n  name: x'],
    ['', '{\n  "container_id": "c61b4b13ae44"\n}'],
    ['', '[main]\nevent_type = execve'],
    ['', 'date = 2024-01-01'],
    ['', 'The process was started from a new binary in the container.'],
    ['', 'cat the file to see what happened.'],
    ['text', 'Run the following to check'],
    ['', 'docker ps\nCONTAINER ID   IMAGE'],
    ['', '$ 5.00 total'],
    ['', 'Total: 3 items\n$ 5.00'],
    ['', '# just a comment'],
    ['', ''],
    ['', '<container_id>'],
  ];
  for (const [lang, text] of notShell) {
    it(`not shell: ${lang || '(none)'} ${JSON.stringify(text.slice(0, 40))}`, () => {
      expect(isShellBlock(codeBlock(text, lang))).toBe(false);
    });
  }
});
