import { describe, expect, it } from 'vitest';
import type { FalcoAlert } from '../../src/alerts/schema.js';
import { Redactor, redactAlert, restore, restoreDeep } from '../../src/prompt/redact.js';
import { findSecrets } from '../../src/prompt/secrets.js';

const secrets = (text: string) => new Redactor({ secrets: true }).text(text);

describe('secret redaction', () => {
  // [what, input, expected]
  const SECRET_CASES: Array<[string, string, string]> = [
    ['long option with =', 'mysqldump --user=app --password=S3cr3t! orders', 'mysqldump --user=app --password=[REDACTED-SECRET-1] orders'],
    ['long option with a space', 'vault login --token hvs.CAESIJ8x2 -method=token', 'vault login --token [REDACTED-SECRET-1] -method=token'],
    ['compound option name', 'app --db-password=hunter22 --admin-token=abc.def', 'app --db-password=[REDACTED-SECRET-1] --admin-token=[REDACTED-SECRET-2]'],
    ['mysql attached -p', 'mysql -u root -pS3cr3t orders', 'mysql -u root -p[REDACTED-SECRET-1] orders'],
    ['mariadb by path', '/usr/bin/mariadb -h db -pT0psecret', '/usr/bin/mariadb -h db -p[REDACTED-SECRET-1]'],
    ['sshpass -p', 'sshpass -p hunter2 ssh deploy@10.0.0.8', 'sshpass -p [REDACTED-SECRET-1] ssh deploy@10.0.0.8'],
    ['redis-cli -a', 'redis-cli -h cache -a r3d1s-pass ping', 'redis-cli -h cache -a [REDACTED-SECRET-1] ping'],
    ['docker login -p', 'docker login -u ci -p glpat-abcdefghijklmnopqrst registry.example.com', 'docker login -u ci -p [REDACTED-SECRET-1] registry.example.com'],
    ['curl -u user:pass', 'curl -u admin:Passw0rd https://api.internal/x', 'curl -u admin:[REDACTED-SECRET-1] https://api.internal/x'],
    ['Authorization bearer header', 'curl -H Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.payload.sig https://k8s', 'curl -H Authorization: Bearer [REDACTED-SECRET-1] https://k8s'],
    ['Authorization basic header', 'wget --header=Authorization: Basic dXNlcjpwYXNz http://x', 'wget --header=Authorization: Basic [REDACTED-SECRET-1] http://x'],
    ['bare bearer token', 'token was Bearer abcdef0123456789xyz', 'token was Bearer [REDACTED-SECRET-1]'],
    ['API key header', 'curl -H X-Api-Key: 9f8e7d6c5b4a https://api', 'curl -H X-Api-Key: [REDACTED-SECRET-1] https://api'],
    ['AWS access key id', 'aws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLE', 'aws configure set aws_access_key_id [REDACTED-SECRET-1]'],
    ['AWS secret in env', 'AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY aws s3 ls', 'AWS_SECRET_ACCESS_KEY=[REDACTED-SECRET-1] aws s3 ls'],
    ['PASSWORD= env', 'PASSWORD=changeme ./run.sh', 'PASSWORD=[REDACTED-SECRET-1] ./run.sh'],
    ['env list (proc.env)', 'HOME=/root DB_PASSWORD=pg-s3cret PATH=/usr/bin GITHUB_TOKEN=ghp_0123456789abcdefghijklmnopqrstuvwxyz', 'HOME=/root DB_PASSWORD=[REDACTED-SECRET-1] PATH=/usr/bin GITHUB_TOKEN=[REDACTED-SECRET-2]'],
    ['URL credentials', 'psql postgres://app:pg-pass@db.internal:5432/orders', 'psql postgres://app:[REDACTED-SECRET-1]@db.internal:5432/orders'],
    ['query string token', 'curl https://hooks.example/x?token=q1w2e3r4&user=bob', 'curl https://hooks.example/x?token=q1w2e3r4&user=bob'.replace('q1w2e3r4', '[REDACTED-SECRET-1]')],
    ['JSON password', 'echo {"user":"bob","password":"pa55"} | app', 'echo {"user":"bob","password":"[REDACTED-SECRET-1]"} | app'],
    ['GitHub token alone', 'git clone https://ghp_0123456789abcdefghijklmnopqrstuvwxyz@github.com/acme/x', 'git clone https://[REDACTED-SECRET-1]@github.com/acme/x'],
    ['JWT', 'kubectl --server=https://k8s get pods eyJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.eyJpc3MiOiJrdWJlcm5ldGVzIn0.c2lnbmF0dXJlc2ln', 'kubectl --server=https://k8s get pods [REDACTED-SECRET-1]'],
    ['openssl pass:', 'openssl enc -d -aes256 -pass pass:letmein -in x', 'openssl enc -d -aes256 -pass pass:[REDACTED-SECRET-1] -in x'],
    ['private key block', 'echo -----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXk\n-----END OPENSSH PRIVATE KEY----- > k', 'echo [REDACTED-SECRET-1] > k'],
    ['a shell running mysql', 'sh -c mysql -h db -pS3cr3t orders', 'sh -c mysql -h db -p[REDACTED-SECRET-1] orders'],
    ['inside JSON text, closing quote and full stop kept', '{"s":"run app --password=abc123."}', '{"s":"run app --password=[REDACTED-SECRET-1]."}'],
    ['same secret, same token', 'a --password=x1y2 b --password=x1y2 c --token=z9', 'a --password=[REDACTED-SECRET-1] b --password=[REDACTED-SECRET-1] c --token=[REDACTED-SECRET-2]'],
  ];

  it.each(SECRET_CASES)('%s', (_, input, expected) => {
    expect(secrets(input)).toBe(expected);
  });

  // Things that look close to secrets but are not, and must reach the model intact.
  const KEPT: Array<[string, string]> = [
    ['mysql -p then a database name (asks for the password)', 'mysql -u root -p orders'],
    ['a flag that takes no value', 'psql --no-password -h db orders'],
    ['password from stdin', 'docker login --password-stdin -u ci registry.example.com'],
    ['a password file path', 'PASSWORD_FILE=/run/secrets/db app --password-file=/run/secrets/db'],
    ["Falco's k8s output names a Secret object", 'K8s Secret Get Successfully (user=bob secret=orders-db-credentials ns=orders)'],
    ['a variable reference', 'mysql --password=$DB_PASS -u app'],
    ['ordinary command line', 'cat /etc/shadow'],
    ['container id and hashes', 'docker inspect 3f9c2a7b81de sha256:9a2e6b1d4c70'],
    ['falco output key=value pairs', 'evt_type=execve user=root user_uid=0 user_loginuid=-1 process=sh'],
  ];

  it.each(KEPT)('keeps: %s', (_, input) => {
    expect(findSecrets(input)).toEqual([]);
    expect(secrets(input)).toBe(input);
  });

  it('counts secrets but never keeps them in the map', () => {
    const redactor = new Redactor({ secrets: true });
    redactor.text('app --password=topsecret1 --token=t0k3nvalue');
    const map = redactor.map();
    expect(map.secrets).toBe(2);
    expect(JSON.stringify(map)).not.toContain('topsecret1');
    expect(JSON.stringify(map)).not.toContain('t0k3nvalue');
  });

  it('is not reversible: restore leaves secret tokens alone', () => {
    const redactor = new Redactor({ secrets: true });
    const text = redactor.text('mysql -pS3cr3t');
    expect(restore(text, redactor.map())).toBe('mysql -p[REDACTED-SECRET-1]');
  });
});

const ALERT: FalcoAlert = {
  time: '2025-03-14T09:26:53.418205773Z',
  rule: 'Read sensitive file untrusted',
  priority: 'Warning',
  source: 'syscall',
  hostname: 'bastion-01',
  output:
    '09:26:53.418205773: Warning Sensitive file opened for reading by non-trusted program | file=/home/dana/.ssh/id_rsa user=dana process=scp command=scp -i /home/dana/.ssh/id_rsa backup@10.20.4.15:/srv/db.tar /tmp container_id=host container_name=host',
  output_fields: {
    'fd.name': '/home/dana/.ssh/id_rsa',
    'user.name': 'dana',
    'user.uid': 1001,
    'proc.name': 'scp',
    'proc.cmdline': 'scp -i /home/dana/.ssh/id_rsa backup@10.20.4.15:/srv/db.tar /tmp --password=hunter22',
    'fd.sip': '10.20.4.15',
    'fd.cip': '127.0.0.1',
    'evt.hostname': 'bastion-01',
    'container.id': 'host',
  },
  tags: ['T1555', 'filesystem'],
};

describe('host, user and IP redaction', () => {
  // [option, real value, token it becomes]
  const CASES: Array<[keyof typeof OPTIONS, string, string]> = [
    ['hosts', 'bastion-01', '[HOST-1]'],
    ['users', 'dana', '[USER-1]'],
    ['ips', '10.20.4.15', '[IP-1]'],
  ];
  const OPTIONS = { hosts: { hosts: true }, users: { users: true }, ips: { ips: true } } as const;

  it.each(CASES)('%s: %s becomes %s everywhere, and back', (option, value, token) => {
    const { alert, map } = redactAlert(ALERT, { ...OPTIONS[option], secrets: false });
    const text = JSON.stringify(alert);
    expect(text).not.toContain(value);
    expect(text).toContain(token);
    expect(map.values[token]).toBe(value);
    expect(restoreDeep(alert, map)).toEqual(ALERT);
  });

  it('leaves everything alone when nothing is asked', () => {
    const { alert, map } = redactAlert(ALERT, { secrets: false });
    expect(alert).toEqual(ALERT);
    expect(map).toEqual({ values: {}, secrets: 0 });
  });

  it('replaces a user inside paths and command lines, but not inside longer words', () => {
    const { alert } = redactAlert({ ...ALERT, output_fields: { ...ALERT.output_fields, 'proc.cwd': '/srv/danalytics' } }, { users: true, secrets: false });
    expect(alert.output_fields['fd.name']).toBe('/home/[USER-1]/.ssh/id_rsa');
    expect(alert.output_fields['proc.cwd']).toBe('/srv/danalytics');
  });

  it('gives the same value the same token across fields and calls', () => {
    const redactor = new Redactor({ hosts: true, users: true, ips: true, secrets: true });
    const alert = redactor.alert(ALERT);
    expect(alert.hostname).toBe('[HOST-1]');
    expect(alert.output_fields['evt.hostname']).toBe('[HOST-1]');
    expect(alert.output_fields['fd.sip']).toBe('[IP-1]');
    expect(alert.output_fields['proc.cmdline']).toBe('scp -i /home/[USER-1]/.ssh/id_rsa backup@[IP-1]:/srv/db.tar /tmp --password=[REDACTED-SECRET-1]');
    expect(redactor.text('later: bastion-01 talked to 10.20.4.15 as dana')).toBe('later: [HOST-1] talked to [IP-1] as [USER-1]');
    expect(Object.keys(redactor.map().values).sort()).toEqual(['[HOST-1]', '[IP-1]', '[USER-1]']);
  });

  it('keeps loopback addresses and role accounts, which name no one', () => {
    const redactor = new Redactor({ users: true, ips: true, secrets: false });
    const alert = redactor.alert({ ...ALERT, output_fields: { 'user.name': 'root', 'ka.user.name': 'system:serviceaccount:ci:deployer', 'fd.cip': '127.0.0.1', 'fd.sip': '::1' } });
    expect(alert.output_fields).toEqual({ 'user.name': 'root', 'ka.user.name': 'system:serviceaccount:ci:deployer', 'fd.cip': '127.0.0.1', 'fd.sip': '::1' });
  });

  it('redacts IPv6 addresses but not clock times', () => {
    const redactor = new Redactor({ ips: true, secrets: false });
    expect(redactor.text('09:26:53.418205773 from 2001:db8:85a3::8a2e:370:7334 and fe80::1')).toBe('09:26:53.418205773 from [IP-1] and [IP-2]');
  });

  it('restore puts back only known tokens', () => {
    const map = { values: { '[HOST-1]': 'web-01', '[IP-1]': '10.0.0.5' }, secrets: 1 };
    expect(restore('ssh [HOST-1] ([IP-1]) then [HOST-2] with [REDACTED-SECRET-1]', map)).toBe('ssh web-01 (10.0.0.5) then [HOST-2] with [REDACTED-SECRET-1]');
    expect(restoreDeep({ a: ['[HOST-1]'], b: 3, c: null }, map)).toEqual({ a: ['web-01'], b: 3, c: null });
  });
});
