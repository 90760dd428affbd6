import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REPORT_SCHEMA_FILE, reportSchemaText } from '../../scripts/build-schemas.js';
import { modelReportJsonSchema } from '../../src/report/schema.js';

type Node = Record<string, unknown>;

/** Every object schema in a JSON Schema, with its path. */
function objectSchemas(node: unknown, path = '$'): Array<{ path: string; schema: Node }> {
  if (!node || typeof node !== 'object') return [];
  if (Array.isArray(node)) return node.flatMap((n, i) => objectSchemas(n, `${path}[${i}]`));
  const schema = node as Node;
  const own = schema.type === 'object' || (Array.isArray(schema.type) && schema.type.includes('object')) || 'properties' in schema ? [{ path, schema }] : [];
  return [...own, ...Object.entries(schema).flatMap(([k, v]) => objectSchemas(v, `${path}.${k}`))];
}

describe('schemas/report.schema.json', () => {
  it('is up to date with ModelReportSchema (run npm run schemas)', () => {
    expect(readFileSync(REPORT_SCHEMA_FILE, 'utf8')).toBe(reportSchemaText());
  });

  it('is pretty-printed JSON ending in a newline', () => {
    const text = reportSchemaText();
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "type": "object"');
  });

  it('is OpenAI strict compatible: every object closes its properties and requires all of them', () => {
    const objects = objectSchemas(modelReportJsonSchema());
    expect(objects.length).toBeGreaterThanOrEqual(4);
    for (const { path, schema } of objects) {
      expect(schema.additionalProperties, path).toBe(false);
      const keys = Object.keys((schema.properties ?? {}) as Node).sort();
      expect([...((schema.required ?? []) as string[])].sort(), path).toEqual(keys);
    }
  });

  it('keeps optional data nullable rather than optional', () => {
    const schema = modelReportJsonSchema() as { properties: Record<string, Node> };
    expect(schema.properties.false_positive?.type).toEqual(['string', 'null']);
  });

  it('the strictness check fails on a schema that is not strict', () => {
    const loose = { type: 'object', properties: { a: { type: 'string' }, b: { type: 'object', properties: { c: { type: 'string' } }, required: [] } }, required: ['a'] };
    const bad = objectSchemas(loose).filter(({ schema }) => schema.additionalProperties !== false);
    expect(bad.map((b) => b.path)).toEqual(['$', '$.properties.b']);
  });
});
