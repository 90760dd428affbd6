/**
 * npm run bench: prints the speed figures the project promises.
 *   - checking one report in process (median and p99 over the seeds and our fixtures), target <= 5 ms median
 *   - one `falco-report check` from the command line (cold start), target <= 400 ms
 *   - checking every upstream rules file in process, target <= 100 ms
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { parseSingleAlert } from '../src/alerts/read.js';
import type { FalcoAlert } from '../src/alerts/schema.js';
import { checkReportWith } from '../src/checks/run.js';
import { parseCondition } from '../src/falco/condition/parser.js';
import { checkRulesFiles } from '../src/falco/rules/files.js';
import { loadShellParser } from '../src/shell/parser.js';

const root = join(import.meta.dirname, '..');
const shared = join(root, '..', 'shared');

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function summary(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  return `median ${percentile(sorted, 50).toFixed(2)} ms, p99 ${percentile(sorted, 99).toFixed(2)} ms (n=${samples.length})`;
}

interface Sample {
  name: string;
  path: string;
  text: string;
  alert?: FalcoAlert;
}

function reports(): Sample[] {
  const out: Sample[] = [];
  const seeds = join(shared, 'seeds');
  if (existsSync(seeds)) {
    const expected = JSON.parse(readFileSync(join(seeds, 'expected.json'), 'utf8')).reports as Record<string, { alert: string }>;
    for (const [name, { alert }] of Object.entries(expected)) {
      const alertPath = join(seeds, alert);
      const path = join(seeds, 'reports', name);
      out.push({ name, path, text: readFileSync(path, 'utf8'), alert: parseSingleAlert(readFileSync(alertPath, 'utf8'), alertPath) });
    }
  }
  const fixtures = join(root, 'fixtures', 'reports');
  for (const name of readdirSync(fixtures).filter((n) => n.endsWith('.md'))) {
    const alertPath = join(fixtures, name.replace(/\.md$/, '.alert.json'));
    const path = join(fixtures, name);
    out.push({
      name,
      path,
      text: readFileSync(path, 'utf8'),
      ...(existsSync(alertPath) ? { alert: parseSingleAlert(readFileSync(alertPath, 'utf8'), alertPath) } : {}),
    });
  }
  return out;
}

async function benchInProcess(samples: Sample[]): Promise<void> {
  const parser = await loadShellParser();
  for (const s of samples) checkReportWith(parser, s.text, { file: s.name, ...(s.alert ? { alert: s.alert } : {}) });
  const times: number[] = [];
  for (let round = 0; round < 40; round++) {
    for (const s of samples) {
      const start = performance.now();
      checkReportWith(parser, s.text, { file: s.name, ...(s.alert ? { alert: s.alert } : {}) });
      times.push(performance.now() - start);
    }
  }
  console.log(`check one report, in process (${samples.length} reports x 40): ${summary(times)}  [target: median <= 5 ms]`);
}

function benchColdStart(sample: Sample): void {
  const bin = join(root, 'dist', 'bin.js');
  if (!existsSync(bin)) {
    console.log('cli cold start: skipped, run npm run build first');
    return;
  }
  const times: number[] = [];
  for (let i = 0; i < 10; i++) {
    const start = performance.now();
    try {
      execFileSync(process.execPath, [bin, 'check', sample.path], { stdio: 'ignore' });
    } catch {
      // exit 1 means the report has errors; only the time matters here
    }
    times.push(performance.now() - start);
  }
  console.log(`falco-report check from the command line, cold start: ${summary(times)}  [target: <= 400 ms]`);
}

/** Upstream rules files in load order: falco_rules.yaml first, the plugin rules after the ones they override. */
function upstreamRulesFiles(dir: string): string[] {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((n) => /\.ya?ml$/.test(n));
  const rank = (f: string) => (f === 'falco_rules.yaml' ? 0 : f.includes('k8saudit-gke') ? 2 : 1);
  return files.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

function benchRules(): void {
  const dir = join(shared, 'falco', 'upstream', 'rules');
  if (!existsSync(dir)) {
    console.log('upstream rules: skipped, ../shared not found');
    return;
  }
  const files = upstreamRulesFiles(dir);
  const inputs = files.map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }));
  const { stats } = checkRulesFiles(inputs, {});
  const times: number[] = [];
  for (let i = 0; i < 15; i++) {
    const start = performance.now();
    checkRulesFiles(inputs, {});
    times.push(performance.now() - start);
  }
  console.log(`check every upstream rules file (${files.length} files, ${JSON.stringify(stats)}), in process: ${summary(times)}  [target: <= 100 ms]`);

  const conditions = inputs.flatMap(({ text }) =>
    parseAllDocuments(text).flatMap((doc) => ((doc.toJS() as Array<{ condition?: unknown }> | null) ?? []).flatMap((item) => (typeof item?.condition === 'string' ? [item.condition] : []))),
  );
  const parseTimes: number[] = [];
  for (let i = 0; i < 15; i++) {
    const start = performance.now();
    for (const c of conditions) parseCondition(c);
    parseTimes.push(performance.now() - start);
  }
  console.log(`parse the ${conditions.length} upstream conditions: ${summary(parseTimes)}`);
}

const samples = reports();
await benchInProcess(samples);
benchColdStart(samples[0]!);
benchRules();
