import { describe, expect, it } from 'vitest';
import { toolModel } from '../../../src/checks/tools/model/models.js';
import { parseArgs } from '../../../src/checks/tools/parse/parse-args.js';
import { spanCommands } from '../../../src/checks/tools/parse/span-words.js';

/** Parses a one-line command the way the tools checks do and summarises what was read. */
function read(command: string) {
  const words = spanCommands({ text: command, line: 1, column: 1 })[0]!;
  const model = toolModel(words[0]!.text)!;
  const parsed = parseArgs(model, words.slice(1));
  return {
    node: parsed.node.path,
    operands: [...parsed.operands, ...parsed.afterDashDash].map((w) => w.text),
    options: parsed.events.filter((e) => e.kind === 'option').map((e) => (e.kind === 'option' && e.value !== undefined ? `${e.written}=${e.value}` : e.written)),
    problems: parsed.events.flatMap((e) => (e.kind === 'option' ? [] : [`${e.kind} ${e.kind === 'unknown-subcommand' ? e.word.text : e.written}`])),
    complete: parsed.complete,
  };
}

describe('parseArgs', () => {
  it('reads GNU bundles, attached values and unique long prefixes', () => {
    expect(read('grep -rnA3 --ignore falco /etc')).toMatchObject({ options: ['-r', '-n', '-A=3', '--ignore'], operands: ['falco', '/etc'], complete: true });
  });

  it('reads -NUM where the tool has it', () => {
    expect(read('tail -100 /var/log/syslog')).toMatchObject({ operands: ['/var/log/syslog'], problems: [] });
  });

  it('reads cobra subcommands, persistent flags and -o=value', () => {
    expect(read('kubectl -n falco get pods -o=json')).toMatchObject({ node: 'kubectl get', options: ['-n=falco', '-o=json'], operands: ['pods'] });
  });

  it('defers cobra options written before the subcommand to that subcommand', () => {
    expect(read("kubectl -o jsonpath='{.x}' get pods")).toMatchObject({ node: 'kubectl get', problems: [] });
  });

  it('stops at the operand of commands that run another command', () => {
    expect(read('docker exec -it web ps -ef')).toMatchObject({ node: 'docker exec', operands: ['web', 'ps', '-ef'], problems: [] });
  });

  it('keeps docker global options before the subcommand only', () => {
    expect(read('docker ps --debug').problems).toEqual(['unknown-option --debug']);
    expect(read('docker --debug ps').problems).toEqual([]);
  });

  it('reads old-style tar bundles with their values in order', () => {
    expect(read('tar czf out.tgz /etc/falco')).toMatchObject({ options: ['-c', '-z', '-f=out.tgz'], operands: ['/etc/falco'] });
  });

  it('reads falco (cxxopts) attached short values', () => {
    expect(read('falco -pc -r/etc/falco/rules.d')).toMatchObject({ options: ['-p=c', '-r=/etc/falco/rules.d'], problems: [] });
  });

  it('marks what it cannot count', () => {
    expect(read('docker logs --lines 5 web')).toMatchObject({ problems: ['unknown-option --lines'], complete: false });
  });

  it('reports an unknown subcommand only of a command that needs one', () => {
    expect(read('docker isolate web').problems).toEqual(['unknown-subcommand isolate']);
    expect(read('kubectl create -f x.yaml').problems).toEqual([]);
  });
});
