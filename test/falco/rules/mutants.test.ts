import { isMap, isScalar, isSeq, parseAllDocuments, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { describe, expect, it } from 'vitest';
import { allFieldNames, defaultMacroNames } from '../../../src/catalog/lookup.js';
import type { FieldRef, IdentifierExpr, CheckExpr, Expr } from '../../../src/falco/condition/ast.js';
import { parseCondition } from '../../../src/falco/condition/parser.js';
import { createKnownItems, validateRules, type KnownItems } from '../../../src/falco/rules/validate.js';
import { hasUpstream, upstreamFiles } from './upstream.js';

/**
 * Mutation testing against real rules: take upstream rules, plant one invention at a time, and
 * require an error inside the mutated rule (and nowhere else). Each kind is one a model makes.
 */

interface RuleSite {
  file: string;
  name: string;
  text: string;
  known: KnownItems;
  start: number;
  end: number;
  map: YAMLMap;
  condition: Scalar;
  output: Scalar;
  priority: Scalar;
  conditionKey: Scalar;
}

interface Mutant {
  kind: string;
  text: string;
  /** Change in the number of lines of the rule (an inserted key). */
  addedLines: number;
}

const RULES_PER_RUN = 60;
const SOURCE_FILES = ['falco_rules.yaml', 'falco-incubating_rules.yaml', 'falco-sandbox_rules.yaml'];

function pair(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => isScalar(p.key) && p.key.value === key);
}

function sites(): RuleSite[] {
  const files = upstreamFiles();
  const out: RuleSite[] = [];
  let known = createKnownItems();
  for (const name of SOURCE_FILES) {
    const file = files.find((f) => f.file === name)!;
    for (const doc of parseAllDocuments(file.text, { keepSourceTokens: true }) as ReturnType<typeof parseAllDocuments> & unknown[]) {
      if (!isSeq(doc.contents)) continue;
      for (const item of doc.contents.items) {
        if (!isMap(item) || !pair(item, 'rule') || !pair(item, 'condition') || !pair(item, 'output') || !pair(item, 'priority')) continue;
        const get = (k: string) => pair(item, k)!.value as Scalar;
        out.push({
          file: name,
          name: String(get('rule').value),
          text: file.text,
          known,
          start: item.range![0],
          end: item.range![1],
          map: item,
          condition: get('condition'),
          output: get('output'),
          priority: get('priority'),
          conditionKey: pair(item, 'condition')!.key as Scalar,
        });
      }
    }
    known = validateRules(file.text, { knownItems: known }).known;
  }
  return out.slice(0, RULES_PER_RUN);
}

function splice(text: string, at: number, length: number, insert: string): string {
  return text.slice(0, at) + insert + text.slice(at + length);
}

/** The offset of `token` as a whole word inside the scalar's source text. */
function findToken(site: RuleSite, scalar: Scalar, token: string): number | undefined {
  const [from, to] = scalar.range!;
  const escaped = token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const rx = new RegExp(`(?<![\\w.])${escaped}(?![\\w])`, 'g');
  rx.lastIndex = from;
  const m = rx.exec(site.text);
  return m && m.index < to ? m.index : undefined;
}

function walk(e: Expr, fields: FieldRef[], ids: IdentifierExpr[], checks: CheckExpr[]): void {
  if (e.kind === 'and' || e.kind === 'or') e.children.forEach((c) => walk(c, fields, ids, checks));
  else if (e.kind === 'not') walk(e.child, fields, ids, checks);
  else if (e.kind === 'identifier') ids.push(e);
  else {
    checks.push(e);
    if (e.lhs.kind === 'field') fields.push(e.lhs);
  }
}

function parts(site: RuleSite): { fields: FieldRef[]; ids: IdentifierExpr[]; checks: CheckExpr[]; value: string } {
  const value = String(site.condition.value);
  const parsed = parseCondition(value);
  const fields: FieldRef[] = [];
  const ids: IdentifierExpr[] = [];
  const checks: CheckExpr[] = [];
  if (parsed.ok) walk(parsed.ast, fields, ids, checks);
  return { fields, ids, checks, value };
}

const isField = (name: string) => allFieldNames().has(name);

/** A one-letter typo that is not a field (nor a field followed by text, which outputs accept). */
function typo(name: string, position: number): string | undefined {
  for (const letter of 'qxzjk') {
    const candidate = name.slice(0, position) + letter + name.slice(position + 1);
    if (candidate !== name && !isField(candidate) && ![...allFieldNames()].some((f) => candidate.startsWith(f))) return candidate;
  }
  return undefined;
}

const MUTATIONS: Record<string, (site: RuleSite) => Mutant | undefined> = {
  'field typo': (site) => {
    const field = parts(site).fields.find((f) => isField(f.name) && !f.arg);
    if (!field) return undefined;
    const lastDot = field.name.lastIndexOf('.');
    const mutated = typo(field.name, lastDot + 1 + Math.floor((field.name.length - lastDot - 1) / 2));
    const at = findToken(site, site.condition, field.name);
    if (!mutated || at === undefined) return undefined;
    return { kind: 'field typo', text: splice(site.text, at, field.name.length, mutated), addedLines: 0 };
  },
  '= turned into =~': (site) => {
    const { checks, value } = parts(site);
    const check = checks.find((c) => c.operator === '=' && value.slice(c.opPos.offset, c.opPos.offset + c.opPos.length) === '=');
    if (!check) return undefined;
    const head = value.slice(check.lhs.pos.offset, check.opPos.offset + 1);
    const at = site.text.indexOf(head, site.condition.range![0]);
    if (at === -1 || at > site.condition.range![1]) return undefined;
    return { kind: '= turned into =~', text: splice(site.text, at + head.length, 0, '~'), addedLines: 0 };
  },
  'misspelt macro': (site) => {
    const id = parts(site).ids.find((i) => i.name.length > 4);
    if (!id) return undefined;
    const mutated = id.name.slice(0, 2) + id.name.slice(3);
    const at = findToken(site, site.condition, id.name);
    if (defaultMacroNames().has(mutated) || at === undefined) return undefined;
    return { kind: 'misspelt macro', text: splice(site.text, at, id.name.length, mutated), addedLines: 0 };
  },
  'unknown priority': (site) => ({ kind: 'unknown priority', text: splice(site.text, site.priority.range![0], site.priority.range![1] - site.priority.range![0], 'HIGH'), addedLines: 0 }),
  'unknown key': (site) => {
    const conditionLineStart = site.text.lastIndexOf('\n', site.conditionKey.range![0]) + 1;
    const indent = site.conditionKey.range![0] - conditionLineStart;
    return { kind: 'unknown key', text: splice(site.text, conditionLineStart, 0, `${' '.repeat(indent)}action: kill\n`), addedLines: 1 };
  },
  'condition misspelt': (site) => ({ kind: 'condition misspelt', text: splice(site.text, site.conditionKey.range![0], 'condition'.length, 'conditon'), addedLines: 0 }),
  'and turned into &&': (site) => {
    const [from, to] = site.condition.range!;
    const source = site.text.slice(from, to);
    const m = /\s(and|or)\s/.exec(source);
    if (!m) return undefined;
    const at = from + m.index + 1;
    return { kind: 'and turned into &&', text: splice(site.text, at, m[1]!.length, m[1] === 'and' ? '&&' : '||'), addedLines: 0 };
  },
  'field of another source': (site) => {
    const field = parts(site).fields.find((f) => isField(f.name) && !f.arg);
    const at = field && findToken(site, site.condition, field.name);
    if (!field || at === undefined) return undefined;
    return { kind: 'field of another source', text: splice(site.text, at, field.name.length, 'ka.verb'), addedLines: 0 };
  },
  '%field typo in output': (site) => {
    const [from, to] = site.output.range!;
    const m = /%([a-z][\w]*\.[\w.]+)/.exec(site.text.slice(from, to));
    if (!m) return undefined;
    const mutated = typo(m[1]!, 1);
    if (!mutated) return undefined;
    return { kind: '%field typo in output', text: splice(site.text, from + m.index + 1, m[1]!.length, mutated), addedLines: 0 };
  },
};

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

describe.runIf(hasUpstream)('mutants of upstream rules', () => {
  it(`kills every mutant of the first ${RULES_PER_RUN} upstream rules`, () => {
    const all = sites();
    expect(all.length).toBe(RULES_PER_RUN);
    const survivors: string[] = [];
    const perKind = new Map<string, { planted: number; killed: number }>();
    let planted = 0;
    for (const site of all) {
      const firstLine = lineOf(site.text, site.start);
      const lastLine = lineOf(site.text, site.end - 1);
      for (const [kind, mutate] of Object.entries(MUTATIONS)) {
        const mutant = mutate(site);
        if (!mutant) continue;
        planted++;
        const stats = perKind.get(kind) ?? { planted: 0, killed: 0 };
        stats.planted++;
        perKind.set(kind, stats);
        const errors = validateRules(mutant.text, { knownItems: site.known }).problems.filter((p) => p.severity === 'error');
        const inside = errors.filter((p) => p.line >= firstLine && p.line <= lastLine + mutant.addedLines);
        const outside = errors.filter((p) => !inside.includes(p));
        if (inside.length > 0 && outside.length === 0) stats.killed++;
        else survivors.push(`${site.file} '${site.name}' (${kind}): ${inside.length} errors inside, outside: ${outside.map((p) => `${p.line} ${p.code} ${p.message}`).join('; ')}`);
      }
    }
    const killed = planted - survivors.length;
    console.log(
      `mutants: ${killed}/${planted} killed (${((100 * killed) / planted).toFixed(1)}%) over ${all.length} rules; ` +
        [...perKind].map(([k, s]) => `${k} ${s.killed}/${s.planted}`).join(', '),
    );
    expect(survivors).toEqual([]);
    expect(planted).toBeGreaterThanOrEqual(all.length * 7);
  });
});
