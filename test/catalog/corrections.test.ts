import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog/index.js';

describe('catalog corrections over ../shared', () => {
  it('lists every correction in the catalog meta', () => {
    expect(catalog.meta().corrections).toContain('falco --list takes an optional value');
  });

  it('lets `falco --list` stand alone: cxxopts implicit value, as `falco --list` prints every field', () => {
    const list = catalog.falcoCli().falco.options.find((o) => o.long === '--list');
    expect(list?.takesValue).toBe('optional');
  });
});

describe('xargs -I', () => {
  it('takes the replace string as its value, as GNU xargs does (`xargs -I X echo got X`)', () => {
    const option = catalog.tools().xargs!.options!.find((o) => o.short === '-I');
    expect(option?.takes_value).toBe(true);
  });
});
