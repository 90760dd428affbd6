import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { OutputFieldValue } from '../../src/alerts/schema.js';
import { fieldsOf, mitreIds } from '../../src/catalog/lookup.js';
import { validateRules } from '../../src/falco/rules/validate.js';
import { checkReportWith } from '../../src/checks/run.js';
import { alertFacts, checkItem } from '../../src/pipeline/item-rules.js';
import { mitreFromTags, ruleTags } from '../../src/prompt/rule-context.js';
import { offlineReport } from '../../src/report/offline.js';
import { renderItemMarkdown, renderMarkdown } from '../../src/report/render.js';
import { ModelReportSchema, type ModelReport } from '../../src/report/schema.js';
import type { ItemRef } from '../../src/report/types.js';
import { loadShellParser, type ShellParser } from '../../src/shell/parser.js';
import { finalReport, fixtures } from './helpers.js';

let parser: ShellParser;
beforeAll(async () => {
  parser = await loadShellParser();
});

const ALL = fixtures();

function items(report: ModelReport): Array<{ ref: ItemRef; item: unknown }> {
  const out: Array<{ ref: ItemRef; item: unknown }> = [{ ref: { section: 'summary', index: 0 }, item: report.summary }];
  const list = (section: ItemRef['section'], values: readonly unknown[]) => values.forEach((item, index) => out.push({ ref: { section, index }, item }));
  list('evidence', report.evidence);
  list('mitre', report.mitre);
  list('investigation', report.investigation);
  list('remediation', report.remediation);
  list('rule_changes', report.rule_changes);
  list('config_changes', report.config_changes);
  return out;
}

function valueText(value: Exclude<OutputFieldValue, null>): string {
  return Array.isArray(value) ? value.map(String).join(', ') : String(value);
}

/** Words the playbook itself writes; every other word of a command must be a value from the alert. */
const PLAYBOOK_WORDS = new Set(
  (
    'docker inspect logs --tail 200 diff crictl kubectl get pod -n -o yaml --all-containers --tail=200 events --field-selector auth can-i ' +
    '--list describe secret ps pid,ppid,user,lstart,args -p stat sha256sum ss -tnp ' +
    'pods deployments daemonsets statefulsets services configmaps secrets serviceaccounts roles rolebindings ingresses namespaces clusterroles clusterrolebindings nodes'
  ).split(' '),
);

describe.each(ALL)('offline report for $file', ({ file, alert }) => {
  const report = offlineReport(alert);

  it('is ModelReportSchema-valid and deterministic', () => {
    expect(ModelReportSchema.parse(report)).toEqual(report);
    expect(offlineReport(alert)).toEqual(report);
    expect(report.summary).toContain(alert.rule);
    expect(report.config_changes).toEqual([]);
  });

  it('renders to Markdown that the checker passes with zero errors', () => {
    const markdown = renderMarkdown(finalReport(alert, report));
    const errors = checkReportWith(parser, markdown, { file, alert }).filter((f) => f.severity === 'error');
    expect(errors).toEqual([]);
  });

  it('passes the gate item by item: each item rendered alone, and the gate rules on its data', () => {
    const facts = alertFacts(alert);
    for (const { ref, item } of items(report)) {
      const snippet = renderItemMarkdown(ref, item, alert);
      const errors = checkReportWith(parser, snippet, { file, alert }).filter((f) => f.severity === 'error');
      expect(errors, `${ref.section}[${ref.index}]`).toEqual([]);
      expect(checkItem(ref, item, facts), `${ref.section}[${ref.index}]`).toEqual([]);
    }
  });

  it('quotes every evidence value exactly as the alert has it', () => {
    const present = Object.entries(alert.output_fields).filter(([, v]) => v !== null);
    expect(report.evidence.map((e) => e.field).sort()).toEqual(present.map(([f]) => f).sort());
    for (const e of report.evidence) {
      expect(e.value).toBe(valueText(alert.output_fields[e.field] as Exclude<OutputFieldValue, null>));
      expect(e.meaning.length).toBeGreaterThan(10);
    }
  });

  it('lists only MITRE ids found in the tags, each a real ATT&CK id', () => {
    const tags = ruleTags(alert).tags;
    for (const id of report.mitre) {
      expect(tags.some((t) => t === id || t.startsWith(`${id}-`))).toBe(true);
      const entry = mitreIds().get(id);
      expect(entry && !entry.revoked && !entry.deprecated).toBe(true);
    }
    expect(report.mitre).toEqual(mitreFromTags(tags).map((e) => e.id));
  });

  it('writes one-line commands built only from playbook words and alert values, never placeholders', () => {
    const values = new Set(Object.values(alert.output_fields).flatMap((v) => (v === null ? [] : Array.isArray(v) ? v.map(String) : [String(v)])));
    for (const { command } of [...report.investigation, ...report.remediation]) {
      expect(command).not.toContain('\n');
      expect(command).not.toMatch(/<[^>]*>|\$|`|;|&&|\|/);
      for (const word of command.split(' ')) {
        if (PLAYBOOK_WORDS.has(word)) continue;
        const value = word.replace(/^(?:--as=|involvedObject\.name=)/, '');
        const parts = /^\d+,\d+$/.test(value) ? value.split(',') : [value];
        for (const part of parts) expect(values.has(part), `${command}: ${part}`).toBe(true);
      }
    }
  });

  it('offers only valid Falco rule exceptions, on fields of the rule source', () => {
    for (const change of report.rule_changes) {
      // The project's own Falco rules validator (upstream rules preloaded, as Falco loads rules.d after them).
      expect(validateRules(change.yaml).problems).toEqual([]);
      const doc = parseYaml(change.yaml) as Array<Record<string, unknown>>;
      expect(Array.isArray(doc)).toBe(true);
      expect(doc).toHaveLength(1);
      const item = doc[0]!;
      expect(Object.keys(item).sort()).toEqual(['exceptions', 'override', 'rule']);
      expect(item.rule).toBe(alert.rule);
      expect(item.override).toEqual({ exceptions: 'append' });
      const [exception] = item.exceptions as Array<{ name: string; fields: string[]; comps: string[]; values: string[][] }>;
      expect(Object.keys(exception!).sort()).toEqual(['comps', 'fields', 'name', 'values']);
      const known = fieldsOf(alert.source ?? 'syscall');
      for (const field of exception!.fields) expect(known.has(field), field).toBe(true);
      expect(exception!.comps).toEqual(exception!.fields.map(() => '='));
      for (const tuple of exception!.values) {
        expect(tuple).toHaveLength(exception!.fields.length);
        tuple.forEach((v, i) => expect(v).toBe(String(alert.output_fields[exception!.fields[i]!])));
      }
    }
  });
});

describe('offline reports over the fixture set', () => {
  it('covers containers, hosts, pods and the k8s audit log with real commands', () => {
    const commands = ALL.flatMap(({ alert }) => offlineReport(alert).investigation.map((s) => s.command.split(' ').slice(0, 2).join(' ')));
    for (const expected of ['docker inspect', 'docker logs', 'docker diff', 'crictl inspect', 'crictl logs', 'kubectl get', 'kubectl logs', 'kubectl auth', 'kubectl describe', 'stat /etc/shadow', 'sha256sum /dev/shm/.x/kworker', 'ss -tnp']) {
      expect(commands.some((c) => c.startsWith(expected)), expected).toBe(true);
    }
  });

  it('never describes a secret with kubectl get (which would print its values)', () => {
    const commands = ALL.flatMap(({ alert }) => offlineReport(alert).investigation.map((s) => s.command));
    expect(commands.filter((c) => /^kubectl get secrets?\b/.test(c))).toEqual([]);
    expect(commands).toContain('kubectl describe secret orders-db-credentials -n orders');
  });

  it('skips a command when its value is missing or null instead of writing a placeholder', () => {
    const { alert } = ALL.find((f) => f.file === 'remove-bulk-data-from-disk.json')!;
    const report = offlineReport({ ...alert, output_fields: { ...alert.output_fields, 'container.id': null, 'k8s.pod.name': null } });
    expect(report.investigation).toEqual([]);
  });

  it('copes with field names that are not Falco fields, prototype keys included', () => {
    const { alert } = ALL.find((f) => f.file === 'read-sensitive-file-untrusted.json')!;
    const odd = { ...alert, output_fields: { ...alert.output_fields, constructor: 'x', 'evt.arg.constructor': 'y', 'proc.aname[0]': 'python3' } };
    const report = ModelReportSchema.parse(offlineReport(odd));
    expect(report.evidence.find((e) => e.field === 'constructor')?.meaning).toBe('A value Falco added to this alert.');
    expect(report.evidence.find((e) => e.field === 'evt.arg.constructor')?.meaning).toBe('The constructor argument of the system call.');
  });

  it('uses the process id when the output carries it', () => {
    const { alert } = ALL.find((f) => f.file === 'read-sensitive-file-untrusted.json')!;
    const report = offlineReport({ ...alert, output_fields: { ...alert.output_fields, 'proc.pid': 24817, 'proc.ppid': 24790 } });
    expect(report.investigation.map((s) => s.command)).toContain('ps -o pid,ppid,user,lstart,args -p 24817,24790');
  });
});

describe('prompt-injection fixtures', () => {
  const hostile = ALL.filter((f) => f.file.startsWith('injection-'));

  it('exist for instructions in a command line, a container name, a pod name and a fence break', () => {
    expect(hostile.map((f) => f.file)).toEqual(
      expect.arrayContaining(['injection-cmdline-instructions.json', 'injection-container-name.json', 'injection-k8s-pod-url.json', 'injection-fence-break.json']),
    );
  });

  it.each(hostile)('$file: no command, URL or instruction from the alert becomes advice', ({ alert }) => {
    const report = offlineReport(alert);
    const advice = [
      ...report.investigation.flatMap((s) => [s.purpose, s.command]),
      ...report.remediation.flatMap((s) => [s.purpose, s.command]),
      ...report.rule_changes.flatMap((c) => [c.purpose, c.yaml]),
      ...report.config_changes.flatMap((c) => [c.purpose, c.yaml]),
      report.false_positive ?? '',
    ].join('\n');
    for (const bad of ['evil.example', 'http', 'curl', 'wget', '$(', 'reboot', 'ignore previous', '<script', '<img', '](']) {
      expect(advice.includes(bad), bad).toBe(false);
    }
  });
});
