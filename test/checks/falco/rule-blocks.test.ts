import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeReport } from '../../../src/checks/analysis.js';
import { holdsRules, rulesSourcesOf } from '../../../src/checks/falco/rule-blocks.js';
import { readMarkdown, type CodeBlock } from '../../../src/markdown/document.js';
import { loadShellParser, type ShellParser } from '../../../src/shell/parser.js';
import { fence, rule } from './rules-md.js';

const block = (text: string, lang = 'yaml'): CodeBlock => ({ lang, info: lang, fenceLine: 1, startLine: 2, endLine: 1 + text.split('\n').length, indent: 0, text });

describe('holdsRules', () => {
  const rules: Array<[string, string, string?]> = [
    ['a rules list', rule()],
    ['a macro first', '- macro: my_procs\n  condition: proc.name = bash'],
    ['engine version first', '- required_engine_version: 0.57.0\n' + rule()],
    ['whatever the language tag', rule(), 'text'],
    ['a comment naming a rules file', '# falco_rules.local.yaml\nfoo: bar'],
    ['a comment naming rules.d', '# /etc/falco/rules.d/custom.yaml\nsomething: else'],
    ['a rule: mapping', 'rule:\n  name: x\n  condition: proc.name = bash'],
    ['tags then a rule: mapping', 'tags:\n  - container\nrule:\n  name: x'],
    ['a rules: container with Falco words', 'rules:\n  - name: x\n    filter: proc.name = bash'],
    ['an INI [rule] section', '[rule]\nname = x', 'ini'],
    ['an INI [main] section with Falco keys', '[main]\nevent_type = execve\ncontainer {\n}'],
    ['an HCL rule block', 'rule "x" {\n  condition = "proc.name = bash"\n}', 'hcl'],
  ];
  for (const [name, text, lang] of rules) it(`rules: ${name}`, () => expect(holdsRules(block(text, lang))).toBe(true));

  const others: Array<[string, string, string?]> = [
    ['a Kubernetes manifest', 'apiVersion: v1\nkind: ConfigMap\ndata:\n  rules.yaml: |\n    - rule: x'],
    ['a Compose file', 'services:\n  falco:\n    image: falcosecurity/falco'],
    ['falco.yaml', 'rules_files:\n  - /etc/falco/falco_rules.yaml\npriority: debug'],
    ["falco.yaml's rules selection", 'rules:\n  - disable:\n      rule: "*"'],
    ['a falco.conf comment', '# falco.conf\nevent_logger:\n  enabled: true'],
    ['Helm values', 'falco:\n  rules_files: []\ncustomRules:\n  x.yaml: |-\n    - rule: x'],
    ['a GitHub workflow', 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest'],
    ['Ansible', '- hosts: all\n  tasks:\n    - name: x\n      apt: {name: falco}'],
    ['Prometheus rules', 'groups:\n  - name: falco\n    rules:\n      - alert: FalcoAlert\n        expr: rate(falco_events[5m]) > 0'],
    ['Semgrep rules', 'rules:\n  - id: x\n    pattern: eval(...)\n    message: m'],
    ['a shell block writing rules (read through file writes)', "cat <<'EOF' > /etc/falco/rules.d/x.yaml\n- rule: x\nEOF", 'bash'],
    ['yum.conf', '[main]\ngpgcheck=1', 'ini'],
    ['JSON output', '{"rule": "Terminal shell in container", "priority": "Notice"}', 'json'],
  ];
  for (const [name, text, lang] of others) it(`not rules: ${name}`, () => expect(holdsRules(block(text, lang))).toBe(false));
});

describe('rulesSourcesOf', () => {
  let parser: ShellParser;
  beforeAll(async () => {
    parser = await loadShellParser();
  });
  const sources = (md: string) => {
    const doc = readMarkdown(md);
    return { doc, sources: rulesSourcesOf(doc, analyzeReport(doc, parser)) };
  };

  it('maps a fenced block line by line, indentation included', () => {
    const { sources: [s] } = sources(`1. Add this rule:\n\n   ${fence(rule()).split('\n').join('\n   ')}`);
    expect(s!.origin).toBe('fence');
    expect(s!.mdLine(1)).toBe(4);
    expect(s!.indent(4)).toBe(3);
  });

  it('maps a here-document body onto its lines', () => {
    const md = fence(`sudo tee /etc/falco/rules.d/custom.yaml <<'EOF'\n${rule()}EOF\nsudo systemctl restart falco`, 'bash');
    const { sources: [s] } = sources(md);
    expect(s).toMatchObject({ origin: 'file-write', path: '/etc/falco/rules.d/custom.yaml', startLine: 3 });
    expect(s!.mdLine(3)).toBe(5);
  });

  it('keeps echo text on its command line', () => {
    const md = fence('echo "- rule: x\\n  desc: y" > /etc/falco/falco_rules.local.yaml', 'bash');
    const { sources: [s] } = sources(md);
    expect(s!.mdLine(2)).toBe(2);
  });

  it('reads the rules files of Helm customRules, mapped to their lines and columns', () => {
    const md = fence(`falco:\n  json_output: true\ncustomRules:\n  shell.yaml: |-\n    ${rule().trimEnd().split('\n').join('\n    ')}\n  notes.txt: just text`);
    const { sources: [s, ...rest] } = sources(md);
    expect(rest).toEqual([]);
    expect(s).toMatchObject({ origin: 'embedded', path: 'customRules: shell.yaml', startLine: 6, firstLine: 6, lastLine: 10 });
    expect(s!.text.split('\n')[0]).toBe('- rule: Shell in container');
    expect(s!.mdLine(3)).toBe(8);
    expect(s!.indent(8)).toBe(4);
  });

  it('reads the rules files of a ConfigMap, in a fence inside a list item', () => {
    const body = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: falco-rules\ndata:\n  custom.yaml: |\n    ${rule().trimEnd().split('\n').join('\n    ')}`;
    const { sources: [s] } = sources(`1. Apply:\n\n   ${fence(body).split('\n').join('\n   ')}`);
    expect(s).toMatchObject({ origin: 'embedded', path: 'ConfigMap data: custom.yaml', startLine: 10 });
    expect(s!.indent(10)).toBe(7);
  });

  it('leaves other block scalars of Helm values and manifests alone', () => {
    expect(sources(fence('customRules:\n  readme.yaml: |\n    rules go here\n')).sources).toEqual([]);
    expect(sources(fence('apiVersion: v1\nkind: ConfigMap\ndata:\n  falco.yaml: |\n    json_output: true\n')).sources).toEqual([]);
    expect(sources(fence('apiVersion: v1\nkind: Secret\ndata:\n  rules.yaml: |\n    - rule: x\n')).sources).toEqual([]);
    expect(sources(fence('falcosidekick:\n  config:\n    customfields: |\n      - rule: x\n')).sources).toEqual([]);
  });

  it('leaves INI writes and non-rules files to other checks', () => {
    expect(sources(fence('echo "[rule]\\nname = x" > /etc/falco/rules.d/x.yaml', 'bash')).sources).toEqual([]);
    expect(sources(fence('echo "json_output: true" > /etc/falco/falco.yaml', 'bash')).sources).toEqual([]);
    expect(sources(fence('cp cert.pem /etc/falco/certs/\necho "-----BEGIN CERT-----" > /etc/falco/certs/ca.pem', 'bash')).sources).toEqual([]);
  });
});
