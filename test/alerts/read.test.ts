import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import {
  AlertInputError,
  formatProblem,
  parseSingleAlert,
  readAlerts,
  readAlertsFromFile,
  readSingleAlertFromFile,
} from '../../src/alerts/read.js';

const EXAMPLES = '/work/shared/falco/alert-examples';
const SEEDS = '/work/shared/seeds/alerts';
const FIXTURES = join(import.meta.dirname, '../../fixtures/alerts');

const exampleFiles = readdirSync(EXAMPLES).filter((f) => f.endsWith('.json') && f !== 'INDEX.json');
const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith('.json'));
const read = (dir: string, f: string) => readFileSync(join(dir, f), 'utf8');
const compact = (dir: string, f: string) => JSON.stringify(JSON.parse(read(dir, f)));

const minimal = { time: '2025-01-01T00:00:00.000000000Z', rule: 'Some rule', priority: 'Warning', output_fields: {} };
const line = (o: unknown) => JSON.stringify(o);

describe('readAlerts: upstream examples and seeds', () => {
  it('finds every example file', () => {
    expect(exampleFiles.length).toBeGreaterThanOrEqual(9);
    expect(seedFiles.length).toBeGreaterThanOrEqual(3);
  });

  it.each(exampleFiles)('parses example %s as exactly one alert', (f) => {
    const { alerts, problems } = readAlerts(read(EXAMPLES, f), f);
    expect(problems).toEqual([]);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ file: f, line: 1, index: 0 });
    expect(parseSingleAlert(read(EXAMPLES, f), f).rule).toBe(JSON.parse(read(EXAMPLES, f)).rule);
  });

  it.each(seedFiles)('parses seed %s (a pretty-printed Falcosidekick payload)', (f) => {
    const alert = parseSingleAlert(read(SEEDS, f), f);
    expect(alert.rule).toBe('Drop and execute new binary in container');
    expect(alert.uuid).toMatch(/^[0-9a-f-]{36}$/);
    expect(alert.tags).toContain('mitre_persistence');
  });

  it('rejects INDEX.json (JSON, but not an alert) with the missing paths', () => {
    const { alerts, problems } = readAlerts(read(EXAMPLES, 'INDEX.json'), 'INDEX.json');
    expect(alerts).toEqual([]);
    expect(problems).toEqual([
      {
        file: 'INDEX.json',
        line: 1,
        index: 0,
        kind: 'alert',
        path: '$.time',
        message: 'not a Falco alert: $.time: missing; $.rule: missing; $.priority: missing',
      },
    ]);
  });

  it('parses internal alerts (no tags, string counters, no source before 0.35)', () => {
    const drop = parseSingleAlert(read(EXAMPLES, 'falco-internal-syscall-event-drop.json'), 'drop.json');
    expect(drop).toMatchObject({ rule: 'Falco internal: syscall event drop', priority: 'Debug' });
    expect(drop.tags).toBeUndefined();
    expect(drop.source).toBeUndefined();
    expect(drop.output_fields['n_drops']).toBe('815508');
    const metrics = parseSingleAlert(read(EXAMPLES, 'falco-internal-metrics-snapshot.json'), 'm.json');
    expect(metrics).toMatchObject({ source: 'internal', priority: 'Informational' });
    expect(metrics.output_fields['falco.evts_rate_sec']).toBe(1846.4);
  });

  it('parses the Falcosidekick webhook payload (uuid, source "syscalls")', () => {
    const alert = parseSingleAlert(read(EXAMPLES, 'DERIVED-falcosidekick-webhook-payload.json'), 'w.json');
    expect(alert).toMatchObject({ uuid: '00000000-0000-4000-8000-000000000000', source: 'syscalls', rule: 'Test rule' });
    expect(alert.output_fields['proc.tty']).toBe(1234);
  });

  it('keeps nanosecond integers beyond 2^53 exact (as strings) and small integers as numbers', () => {
    const alert = parseSingleAlert(read(EXAMPLES, 'falco-syscall-read-sensitive-file-untrusted.json'), 'f');
    expect(alert.output_fields['evt.time']).toBe('1746622234502309868');
    expect(alert.output_fields['user.loginuid']).toBe(1000);
    expect(alert.output_fields['user.uid']).toBe(0);
    const rounded = parseSingleAlert(read(EXAMPLES, 'falco-syscall-read-sensitive-file-untrusted.json'), 'f', {
      largeIntegers: 'number',
    });
    expect(rounded.output_fields['evt.time']).toBe(JSON.parse('1746622234502309868'));
  });
});

describe('readAlerts: input shapes', () => {
  const syscall = compact(EXAMPLES, 'falco-syscall-terminal-shell-in-container.json');
  const k8s = compact(EXAMPLES, 'falco-k8saudit-attach-exec-pod.json');
  const internal = compact(EXAMPLES, 'falco-internal-metrics-snapshot.json');

  const cases: Array<{ name: string; text: string; rules: string[]; lines: number[] }> = [
    { name: 'one compact object', text: syscall, rules: ['Terminal shell in container'], lines: [1] },
    { name: 'one object after blank lines', text: `\n\n  ${syscall}\n`, rules: ['Terminal shell in container'], lines: [3] },
    { name: 'JSON array on one line', text: `[${syscall},${k8s}]`, rules: ['Terminal shell in container', 'Attach/Exec Pod'], lines: [1, 1] },
    {
      name: 'pretty JSON array (element lines)',
      text: `[\n  ${syscall},\n\n  ${k8s}\n]\n`,
      rules: ['Terminal shell in container', 'Attach/Exec Pod'],
      lines: [2, 4],
    },
    {
      name: 'JSON lines with blank lines',
      text: `${syscall}\n\n${k8s}\n   \n${internal}\n`,
      rules: ['Terminal shell in container', 'Attach/Exec Pod', 'Falco internal: metrics snapshot'],
      lines: [1, 3, 5],
    },
    { name: 'JSON lines with CRLF', text: `${syscall}\r\n${k8s}\r\n`, rules: ['Terminal shell in container', 'Attach/Exec Pod'], lines: [1, 2] },
    {
      name: 'concatenated pretty-printed objects',
      text: `${JSON.stringify(minimal, null, 2)}\n${JSON.stringify({ ...minimal, rule: 'Second' }, null, 2)}`,
      rules: ['Some rule', 'Second'],
      lines: [1, 7],
    },
    { name: 'UTF-8 BOM', text: `\uFEFF${syscall}`, rules: ['Terminal shell in container'], lines: [1] },
    { name: 'empty input', text: '', rules: [], lines: [] },
    { name: 'only whitespace', text: ' \n\t\n', rules: [], lines: [] },
    { name: 'empty array', text: '[]', rules: [], lines: [] },
  ];

  it.each(cases)('$name', ({ text, rules, lines }) => {
    const { alerts, problems } = readAlerts(text, 'in.json');
    expect(problems).toEqual([]);
    expect(alerts.map((a) => a.alert.rule)).toEqual(rules);
    expect(alerts.map((a) => a.line)).toEqual(lines);
    expect(alerts.map((a) => a.index)).toEqual(rules.map((_, i) => i));
  });

  const normalized: Array<{ name: string; input: Record<string, unknown>; check: Record<string, unknown> }> = [
    { name: 'priority "info" (Falcosidekick accepts it)', input: { ...minimal, priority: 'info' }, check: { priority: 'Informational' } },
    { name: 'priority in upper case', input: { ...minimal, priority: 'WARNING' }, check: { priority: 'Warning' } },
    { name: 'output_fields absent (json_include_output_fields_property: false)', input: { time: 't', rule: 'r', priority: 'Notice' }, check: { output_fields: {} } },
    { name: 'output_fields null (Falcosidekick nil map)', input: { ...minimal, output_fields: null }, check: { output_fields: {} } },
    { name: 'message property (0.39+)', input: { ...minimal, message: 'hello' }, check: { message: 'hello' } },
    { name: 'list, bool and null field values', input: { ...minimal, output_fields: { 'fd.types': ['ipv4', null], 'container.privileged': true, 'k8s.pod.name': null } }, check: { output_fields: { 'fd.types': ['ipv4', null], 'container.privileged': true, 'k8s.pod.name': null } } },
    { name: 'unknown keys are dropped', input: { ...minimal, extra: 1 }, check: { rule: 'Some rule' } },
  ];

  it.each(normalized)('accepts $name', ({ input, check }) => {
    const alert = parseSingleAlert(JSON.stringify(input), 'in.json');
    expect(alert).toMatchObject(check);
    expect(alert).not.toHaveProperty('extra');
  });
});

describe('readAlerts: invalid records become problems and reading goes on', () => {
  const cases: Array<{ name: string; text: string; alerts: number; problems: Array<Partial<Record<string, unknown>>> }> = [
    {
      name: 'not JSON at all',
      text: 'hello world',
      alerts: 0,
      problems: [{ line: 1, column: 1, kind: 'json', message: "not JSON: unexpected character 'h'" }],
    },
    {
      name: 'a bad line among JSON lines',
      text: `${line(minimal)}\nnot json here\n${line(minimal)}`,
      alerts: 2,
      problems: [{ line: 2, column: 1, index: 1, kind: 'json', message: "not JSON: unexpected character 'n'" }],
    },
    {
      name: 'a truncated last line',
      text: `${line(minimal)}\n{"time":"t","rule":"r","prio`,
      alerts: 1,
      problems: [{ line: 2, column: 24, index: 1, kind: 'json', message: 'not JSON: unterminated string' }],
    },
    {
      name: 'missing rule',
      text: line({ time: 't', priority: 'Error' }),
      alerts: 0,
      problems: [{ line: 1, index: 0, kind: 'alert', path: '$.rule', message: 'not a Falco alert: $.rule: missing' }],
    },
    {
      name: 'output_fields not an object',
      text: line({ ...minimal, output_fields: 'proc.name=cat' }),
      alerts: 0,
      problems: [
        {
          kind: 'alert',
          path: '$.output_fields',
          message: 'not a Falco alert: $.output_fields: expected an object, got a string ("proc.name=cat")',
        },
      ],
    },
    {
      name: 'unknown priority',
      text: line({ ...minimal, priority: 'Severe' }),
      alerts: 0,
      problems: [
        {
          path: '$.priority',
          message:
            'not a Falco alert: $.priority: expected one of Emergency, Alert, Critical, Error, Warning, Notice, Informational, Debug, got a string ("Severe")',
        },
      ],
    },
    {
      name: 'mistyped rule and tags',
      text: line({ ...minimal, rule: 42, tags: 'container' }),
      alerts: 0,
      problems: [
        {
          path: '$.rule',
          message: 'not a Falco alert: $.rule: expected a string, got a number (42); $.tags: expected an array, got a string ("container")',
        },
      ],
    },
    {
      name: 'empty rule',
      text: line({ ...minimal, rule: '' }),
      alerts: 0,
      problems: [{ path: '$.rule', message: 'not a Falco alert: $.rule: must not be empty' }],
    },
    {
      name: 'nested object as a field value (key with dots and brackets)',
      text: line({ ...minimal, output_fields: { 'proc.aname[2]': { x: 1 } } }),
      alerts: 0,
      problems: [
        {
          path: '$.output_fields["proc.aname[2]"]',
          message:
            'not a Falco alert: $.output_fields["proc.aname[2]"]: expected a string, number, boolean, null or an array of those, got an object',
        },
      ],
    },
    {
      name: 'object inside a list field',
      text: line({ ...minimal, output_fields: { 'fd.types': ['ipv4', {}] } }),
      alerts: 0,
      problems: [{ path: '$.output_fields["fd.types"][1]', message: expect.stringContaining('got an object') }],
    },
    {
      name: 'array elements that are not alerts',
      text: `[${line(minimal)}, 3, "x", ${line({ rule: 'r' })}]`,
      alerts: 1,
      problems: [
        { index: 1, path: '$', message: 'not a Falco alert: $: expected an alert object, got a number (3)' },
        { index: 2, path: '$', message: 'not a Falco alert: $: expected an alert object, got a string ("x")' },
        { index: 3, path: '$.time', message: 'not a Falco alert: $.time: missing; $.priority: missing' },
      ],
    },
    {
      name: 'a top-level scalar',
      text: 'null',
      alerts: 0,
      problems: [{ message: 'not a Falco alert: $: expected an alert object, got null' }],
    },
    {
      name: 'a pretty-printed object with a syntax error is one problem at the error',
      text: '{\n  "time": "t",\n  "rule": "r"\n  "priority": "Error"\n}\n',
      alerts: 0,
      problems: [{ line: 4, column: 3, kind: 'json', message: "not JSON: expected ',' or '}' after a property value, found '\"'" }],
    },
    {
      name: 'a truncated pretty-printed array',
      text: `[\n  ${line(minimal)},\n  ${line(minimal)}`,
      alerts: 0,
      problems: [{ line: 3, kind: 'json', message: "not JSON: unexpected end of input (expected ',' or ']' after an array element)" }],
    },
    {
      name: 'trailing comma in an object',
      text: '{"time":"t","rule":"r","priority":"Error",}',
      alerts: 0,
      problems: [{ line: 1, column: 43, message: "not JSON: expected a double-quoted property name, found '}'" }],
    },
  ];

  it.each(cases)('$name', ({ text, alerts, problems }) => {
    const result = readAlerts(text, 'in.jsonl');
    expect(result.alerts).toHaveLength(alerts);
    expect(result.problems).toHaveLength(problems.length);
    problems.forEach((p, i) => expect(result.problems[i]).toMatchObject({ file: 'in.jsonl', ...p }));
  });

  it('reads the mixed fixture: good records kept, each bad one reported with its line', () => {
    const text = readFileSync(join(FIXTURES, 'mixed-with-problems.jsonl'), 'utf8');
    const { alerts, problems } = readAlerts(text, 'mixed.jsonl');
    expect(alerts.map((a) => [a.line, a.index, a.alert.rule])).toEqual([
      [1, 0, 'Terminal shell in container'],
      [6, 4, 'K8s Serviceaccount Created'],
    ]);
    expect(problems.map((p) => formatProblem(p))).toEqual([
      "mixed.jsonl:2:1: not JSON: unexpected character 'T'",
      'mixed.jsonl:4: not a Falco alert: $.rule: missing',
      'mixed.jsonl:5: not a Falco alert: $.output_fields: expected an object, got a string ("proc.name=cat")',
      'mixed.jsonl:7:119: not JSON: unexpected end of input (expected \',\' or \'}\' after a property value)',
    ]);
  });

  it('reads the file_output fixture', async () => {
    const { alerts, problems } = await readAlertsFromFile(join(FIXTURES, 'file-output.jsonl'));
    expect(problems).toEqual([]);
    expect(alerts.map((a) => a.alert.source)).toEqual(['syscall', 'k8s_audit', 'internal']);
  });
});

describe('parseSingleAlert', () => {
  const cases: Array<{ name: string; text: string; error: string | RegExp }> = [
    { name: 'empty file', text: '\n', error: 'a.json: no alert found (the input is empty)' },
    { name: 'not JSON', text: '{"rule": oops}', error: "a.json:1:10: not JSON: unexpected character 'o'" },
    { name: 'not an alert', text: '{"rule":"r"}', error: 'a.json:1: not a Falco alert: $.time: missing; $.priority: missing' },
    {
      name: 'two alerts',
      text: `${line(minimal)}\n${line(minimal)}\n`,
      error: 'a.json: holds 2 alerts (at lines 1, 2); expected exactly one',
    },
    {
      name: 'one good and one bad line',
      text: `${line(minimal)}\n{"rule":1}\n{"x":1}`,
      error: /^a\.json:2: not a Falco alert: \$\.time: missing.* \(and 1 more problem\)$/,
    },
  ];

  it.each(cases)('throws AlertInputError for $name', ({ text, error }) => {
    let thrown: unknown;
    try {
      parseSingleAlert(text, 'a.json');
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(AlertInputError);
    expect((thrown as AlertInputError).file).toBe('a.json');
    if (typeof error === 'string') expect((thrown as Error).message).toBe(error);
    else expect((thrown as Error).message).toMatch(error);
  });

  it.each([
    ['an array with one alert', `[${line(minimal)}]`],
    ['JSON lines with one alert', `\n${line(minimal)}\n\n`],
    ['a pretty-printed alert', JSON.stringify(minimal, null, 4)],
  ])('accepts %s', (_name, text) => {
    expect(parseSingleAlert(text, 'a.json').rule).toBe('Some rule');
  });

  it('the AlertInputError carries the location of the problem', () => {
    try {
      parseSingleAlert(line({ ...minimal, output_fields: [] }), 'a.json');
      expect.unreachable();
    } catch (e) {
      expect((e as AlertInputError).location).toMatchObject({ line: 1, path: '$.output_fields' });
    }
  });
});

describe('readAlertsFromFile / readSingleAlertFromFile', () => {
  it('reads a file', async () => {
    const alert = await readSingleAlertFromFile(join(SEEDS, seedFiles[0] as string));
    expect(alert.hostname).toBe('mini-debian-lab');
  });

  it('says when the file does not exist', async () => {
    await expect(readAlertsFromFile('/nonexistent/alerts.json')).rejects.toThrow(
      new AlertInputError('cannot read alerts from /nonexistent/alerts.json: file not found', '/nonexistent/alerts.json'),
    );
  });

  it('says when the path is a directory', async () => {
    await expect(readAlertsFromFile(EXAMPLES)).rejects.toThrow(`cannot read alerts from ${EXAMPLES}: is a directory, not a file`);
  });

  it('reads stdin for "-" and names it <stdin>', async () => {
    const stdin = Readable.from([Buffer.from(`${line(minimal)}\n`), Buffer.from(`${line(minimal)}\nbroken\n`)]);
    const { alerts, problems } = await readAlertsFromFile('-', { stdin });
    expect(alerts.map((a) => [a.file, a.line])).toEqual([
      ['<stdin>', 1],
      ['<stdin>', 2],
    ]);
    expect(problems.map(formatProblem)).toEqual(["<stdin>:3:1: not JSON: unexpected character 'b'"]);
  });

  it('keeps multi-byte characters split across stdin chunks intact', async () => {
    const bytes = Buffer.from(line({ ...minimal, rule: 'Règle été' }));
    const cut = bytes.indexOf(0xc3) + 1; // split inside the 2-byte "è"
    const stdin = Readable.from([bytes.subarray(0, cut), bytes.subarray(cut)]);
    expect((await readSingleAlertFromFile('-', { stdin })).rule).toBe('Règle été');
  });

  it('refuses to wait on an interactive terminal', async () => {
    const stdin = Object.assign(Readable.from([]), { isTTY: true });
    await expect(readAlertsFromFile('-', { stdin })).rejects.toThrow(/stdin: it is a terminal/);
  });
});
