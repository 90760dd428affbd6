import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeReport } from '../../../src/checks/analysis.js';
import { fileWritesOf } from '../../../src/checks/system/file-writes.js';
import { readMarkdown } from '../../../src/markdown/document.js';
import { loadShellParser, type ShellParser } from '../../../src/shell/parser.js';

let parser: ShellParser;
beforeAll(async () => {
  parser = await loadShellParser();
});

function writes(code: string) {
  const analysis = analyzeReport(readMarkdown(`Intro\n\n\`\`\`bash\n${code}\n\`\`\`\n`), parser);
  return fileWritesOf(analysis).map((w) => ({ path: w.path.text, content: w.content, line: w.line, endLine: w.endLine, via: w.via, append: w.append }));
}

describe('fileWritesOf', () => {
  it('reads echo redirects, reading \\n as newlines', () => {
    expect(writes('echo "a\\nb" > /tmp/f')).toEqual([{ path: '/tmp/f', content: 'a\nb\n', line: 4, endLine: 4, via: 'echo', append: false }]);
    expect(writes('echo -e "x\\ty" >> /tmp/f')).toEqual([{ path: '/tmp/f', content: 'x\ty\n', line: 4, endLine: 4, via: 'echo', append: true }]);
    expect(writes('echo -n one two > /tmp/f')[0]?.content).toBe('one two');
  });

  it('reads printf', () => {
    expect(writes("printf '%s: %s\\n' a 1 b 2 > /tmp/f")[0]).toMatchObject({ content: 'a: 1\nb: 2\n', via: 'printf' });
  });

  it('reads here-documents written by cat and tee', () => {
    expect(writes("cat <<'EOF' > /etc/falco/rules.d/x.yaml\n- list: a\n  items: []\nEOF")).toEqual([
      { path: '/etc/falco/rules.d/x.yaml', content: '- list: a\n  items: []\n', line: 4, endLine: 7, via: 'heredoc', append: false },
    ]);
    expect(writes("cat <<EOF | sudo tee -a /etc/falco/falco.yaml > /dev/null\njson_output: true\nEOF")).toEqual([
      { path: '/etc/falco/falco.yaml', content: 'json_output: true\n', line: 4, endLine: 6, via: 'tee', append: true },
    ]);
    expect(writes("sudo tee /etc/falco/config.d/a.yaml <<'EOF'\nbuffered_outputs: false\nEOF")[0]).toMatchObject({ content: 'buffered_outputs: false\n', via: 'tee', endLine: 6 });
  });

  it('reads echo piped into tee, one write per file', () => {
    expect(writes('echo "priority: debug" | tee /tmp/a /tmp/b').map((w) => [w.path, w.content, w.via])).toEqual([
      ['/tmp/a', 'priority: debug\n', 'tee'],
      ['/tmp/b', 'priority: debug\n', 'tee'],
    ]);
  });

  it('ignores /dev/null, descriptors and commands whose output is not shown', () => {
    expect(writes('echo hi > /dev/null 2>&1\ncat /etc/passwd > /tmp/copy\ngrep x y > /tmp/z')).toEqual([]);
  });
});
