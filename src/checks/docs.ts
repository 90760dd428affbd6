import { GATE_CODES } from '../pipeline/item-rules.js';
import { longestRun } from '../util/text.js';
import { ALL_CHECKS } from './registry.js';

function fenced(text: string): string {
  const fence = '`'.repeat(Math.max(3, longestRun(text, '`') + 1));
  return `${fence}markdown\n${text.trimEnd()}\n${fence}`;
}

/** docs/checks.md: one entry per check with its code, severity, summary and a bad and a good example. */
export function renderChecksDoc(): string {
  const out = [
    '# Checks',
    '',
    'Every finding of `falco-report check`, `check-rules` and `check-config` carries one of these codes.',
    'Codes are stable: a check that is retired keeps its code unused.',
    'This file is generated from the checks themselves (`npm run docs`); a test fails when it is stale.',
    '',
    '| code | name | severity | finds |',
    '| --- | --- | --- | --- |',
    ...ALL_CHECKS.map((c) => `| [${c.meta.code}](#${c.meta.code.toLowerCase()}) | ${c.meta.name} | ${c.meta.severity} | ${c.meta.summary} |`),
    '',
    '## Gate rules of `generate`',
    '',
    'Besides every check above, `generate` holds each item of the model\'s structured answer to these rules, which need',
    'the item\'s structure rather than Markdown, so `check` never reports them. A failing item is withheld.',
    '',
    '| code | name | finds |',
    '| --- | --- | --- |',
    ...Object.values(GATE_CODES).map((g) => `| ${g.code} | ${g.name} | ${g.summary} |`),
    '',
  ];
  for (const { meta } of ALL_CHECKS) {
    out.push(`## ${meta.code}`, '', `**${meta.name}** (${meta.severity}): ${meta.summary}`, '');
    if (meta.docs.alert) out.push('Checked against this alert:', '', '```json', meta.docs.alert.trim(), '```', '');
    out.push('Bad:', '', fenced(meta.docs.bad), '', 'Good:', '', fenced(meta.docs.good), '');
  }
  return out.join('\n');
}
