import { fabricatedOutput } from '../../../src/checks/system/fabricated-output.js';
import { testCheck } from '../tester.js';

const bash = (code: string) => `Check:\n\n\`\`\`bash\n${code}\n\`\`\`\n`;

testCheck(fabricatedOutput, {
  valid: [
    { md: bash('# Check container configuration\ndocker inspect c61b4b13ae44') },
    { md: bash('while true; do\n  sleep 60\ndone & # Run in background') },
    { name: 'comments about output options', md: bash('# Output format: JSON\nfalco -o json_output=true\n# Send output to a file\nfalco > /tmp/falco.log') },
    { name: 'an instruction mentioning success', md: bash('# Make sure the rules are loaded successfully\nsudo systemctl restart falco') },
    { name: 'trailing comment on a command', md: bash('docker ps  # Output: one line per container') },
    { name: 'a header with nothing under it', md: bash('# Output:\n\ndocker ps') },
    { name: 'a one-line description of the output', md: bash('# Output: one line per running container\ndocker ps --format "{{.ID}} {{.Names}}"') },
  ],
  invalid: [
    {
      name: 'seed 002 lines 62-65',
      md: bash('# Example command to validate executable paths\necho "Validating executable paths in container..."\n\n# Output:\n# Container validated successfully with no issues found.'),
      errors: [{ line: 7, message: 'output nobody ran' }],
    },
    { md: bash('sysctl kernel.yama.ptrace_scope\n# Expected output: kernel.yama.ptrace_scope = 1'), errors: [{ line: 5 }] },
    { md: bash('echo "Scanning image..."\n# Image scanned successfully, no vulnerabilities found'), errors: [{ line: 5, message: 'echo only prints its arguments' }] },
    { md: bash('falco --validate /etc/falco/rules.d/shell.yaml\n# => ok'), errors: [{ line: 5 }] },
    {
      md: bash('docker exec c61b4b13ae44 ls /tmp\n# Sample output:\n# payload.bin\n# dropper'),
      errors: [{ line: 5 }],
    },
  ],
});
