import { valueNotInAlert } from '../../../src/checks/grounding/value-not-in-alert.js';
import { testCheck } from '../tester.js';
import { DROP_EXEC, K8S_EXEC, OUTBOUND, READ_SHADOW } from './alerts.js';

testCheck(valueNotInAlert, {
  valid: [
    { name: 'INT64_MAX in fs.file-nr output is no time', alert: DROP_EXEC, md: 'The limit is `9223372036854775807` (no limit).' },
    {
      name: 'every id, time and address from the alert',
      alert: OUTBOUND,
      md: [
        'Container `3f9a2c7d1e8b` (`web-7c9d`) at 1739171523118204551 connected from 10.244.1.17 to 185.220.101.4:4444.',
        '',
        '```bash',
        'docker inspect 3f9a2c7d1e8b',
        'iptables -A OUTPUT -d 185.220.101.4 -j DROP',
        '```',
      ].join('\n'),
    },
    { name: 'the uuid and the ns values of the output text', alert: DROP_EXEC, md: 'Alert 6f0d3c52-8d4e-4b8e-9a55-2b8a3c1f0e11; ctime 1728152809452000000.' },
    { name: 'placeholders and illustrative values', alert: DROP_EXEC, md: '```bash\ndocker inspect <container_id>\ndocker inspect abc123def456\n```\nFor example 1234567890123456789.' },
    { name: 'addresses in code are allowlists as often as quotes', alert: OUTBOUND, md: '```yaml\n- list: allowed_ips\n  items: [10.0.0.5, 10.0.0.6]\n```' },
    { name: 'well-known addresses', alert: OUTBOUND, md: 'Block egress except to 127.0.0.1, 169.254.169.254 and 8.8.8.8; see 192.0.2.10.' },
    { name: 'CIDRs and versions', alert: OUTBOUND, md: 'Allow 10.244.0.0/16; Falco v0.38.1.2 is old.' },
    { name: 'an alert with no container id says nothing about hex ids', alert: K8S_EXEC, md: 'Commit 3f9a2c7d1e8b fixed it.' },
    { name: 'an alert with no addresses says nothing about addresses', alert: READ_SHADOW, md: 'The host is at 10.1.2.3.' },
    {
      name: 'counters that JSON.parse rounded still ground the exact digits',
      alert: { ...DROP_EXEC, output: undefined, output_fields: { ...DROP_EXEC.output_fields, 'evt.time': 1728152809455310091, 'container.start_ts': 1728152807913221470 } },
      md: 'Started 1728152807913221470, ran 1728152809455310091.',
    },
    { name: 'an alert with no output and no fields', alert: { time: '2024-10-05T18:26:49.455310091Z', rule: 'Test rule', priority: 'Debug' }, md: 'Container `8f2d41c9e7b3` at 2024-10-05T18:26:49.455310091Z.' },
    { name: 'misquotes are FR801', alert: DROP_EXEC, md: 'Container `12d6b2377179`.' },
  ],
  invalid: [
    {
      name: 'an invented container id',
      alert: DROP_EXEC,
      md: 'The container `8f2d41c9e7b3` ran it.\n\n```bash\ndocker exec -it 8f2d41c9e7b3 sh\n```',
      errors: [
        { line: 1, message: "the alert's container.id is 12d6b2377178", suggestion: '12d6b2377178' },
        { line: 4, suggestion: '12d6b2377178' },
      ],
    },
    {
      name: 'a full id made up from the short one',
      alert: DROP_EXEC,
      md: 'Full id: 12d6b23771784c1f9e0d2a7b8c3e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60.',
      errors: [{ line: 1, message: 'only its first characters are' }],
    },
    { name: 'an invented event time', alert: DROP_EXEC, md: 'The event time was 1728150000000000000.', errors: [{ line: 1, message: 'evt.time' }] },
    { name: 'an invented address in prose', alert: OUTBOUND, md: 'The process connected to 45.33.32.156.', errors: [{ line: 1, suggestion: '10.244.1.17' }] },
    { name: 'an invented uuid', alert: DROP_EXEC, md: 'Event 0b7c9a0e-55a2-4c8f-8d13-7e4f2a9d6c30.', errors: [{ line: 1, message: 'uuid' }] },
  ],
});
