import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../src/markdown/document.js';
import { loadShellParser } from '../../src/shell/parser.js';

describe('readMarkdown', () => {
  it('finds fenced blocks with their language and 1-based content lines', () => {
    const doc = readMarkdown('# T\n\n```bash\ndocker ps\n```\n\ntext `span` here\n~~~\nplain\n~~~\n');
    expect(doc.blocks).toMatchObject([
      { lang: 'bash', fenceLine: 3, startLine: 4, endLine: 4, text: 'docker ps', indent: 0 },
      { lang: '', startLine: 9, endLine: 9, text: 'plain' },
    ]);
    expect(doc.spans).toEqual([{ text: 'span', line: 7, column: 7 }]);
  });

  it('reads fences inside list items and strips their indentation', () => {
    const doc = readMarkdown('1. Run:\n   ```sh\n   sysctl -w kernel.yama.ptrace_scope=1\n   ```\n');
    expect(doc.blocks[0]).toMatchObject({ lang: 'sh', startLine: 3, indent: 3, text: 'sysctl -w kernel.yama.ptrace_scope=1' });
  });

  it('keeps shell word columns right for indented fences', async () => {
    const doc = readMarkdown('- Step:\n  ```bash\n  docker logs -f web\n  ```\n');
    const script = (await loadShellParser()).parse(doc.blocks[0]!);
    const logs = script.commands[0]!.args[0]!;
    expect(doc.lines[logs.line - 1]!.slice(logs.column - 1, logs.column - 1 + logs.text.length)).toBe('logs');
  });

  it('handles double-backtick spans holding a backtick, and an unclosed fence running to the end', () => {
    const doc = readMarkdown('use `` a`b `` now\n```yaml\n- rule: x\n');
    expect(doc.spans[0]).toMatchObject({ text: 'a`b', line: 1 });
    expect(doc.blocks[0]).toMatchObject({ lang: 'yaml', startLine: 3, endLine: 3 });
  });

  it('does not close a fence with a shorter or different fence', () => {
    const doc = readMarkdown('````md\n```bash\nx\n```\n````\n');
    expect(doc.blocks).toHaveLength(1);
    expect(doc.blocks[0]!.text).toBe('```bash\nx\n```');
  });
});

describe('readMarkdown in GFM tables', () => {
  it('reads an escaped pipe inside a code span of a table cell as the pipe the reader sees', () => {
    const doc = readMarkdown('| field | value |\n| --- | --- |\n| `evt.arg.flags` | `EXE_WRITABLE\\|EXE_UPPER_LAYER` |\n');
    expect(doc.spans.map((s) => s.text)).toEqual(['evt.arg.flags', 'EXE_WRITABLE|EXE_UPPER_LAYER']);
  });

  it('leaves a backslash-pipe outside tables as written', () => {
    expect(readMarkdown('run `grep -E a\\|b`\n').spans[0]!.text).toBe('grep -E a\\|b');
  });
});
