import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../scripts/catalog-builder.js';
import { catalog } from '../../src/catalog/index.js';
import { fieldsOf, pathEntry, toolByBinary } from '../../src/catalog/lookup.js';
import { lookupSysctl } from '../../src/checks/system/sysctl-names.js';

const SHARED = join(import.meta.dirname, '..', '..', '..', 'shared');

describe('catalog', () => {
  it('records the Falco release its facts come from', () => {
    expect(catalog.meta()).toMatchObject({ falco: '0.44.1', libs: '0.25.4', rules: 'falco-rules-5.1.0' });
  });

  it('knows fields per source with types and argument forms', () => {
    expect(fieldsOf('syscall').get('proc.aname')).toMatchObject({ type: 'CHARBUF', arg: 'optional', argForms: ['bracket'] });
    expect(fieldsOf('syscall').get('container.start_ts')?.type).toBe('ABSTIME');
    expect(fieldsOf('k8s_audit').has('ka.user.name')).toBe(true);
    expect(fieldsOf('syscall').has('ka.user.name')).toBe(false);
  });

  it('knows sysctls by name and by per-interface template', () => {
    expect(lookupSysctl('fs.binfmt_misc.status').status).toBe('known');
    expect(lookupSysctl('net.ipv4.conf.eth0.rp_filter').status).toBe('known');
    expect(lookupSysctl('fs.binfmt.mode').status).toBe('unknown');
  });

  it('maps paths that do not exist to where the thing really is', () => {
    expect(pathEntry('/etc/falco/falco.conf')).toMatchObject({ exists: false, realPath: '/etc/falco/falco.yaml' });
    expect(pathEntry('/etc/falco/rules.d')?.exists).toBe(true);
  });

  it('finds tool specs by the binary name, with or without a directory', () => {
    expect(toolByBinary('/usr/bin/docker')?.tool).toBe('docker');
    expect(toolByBinary('sha256sum')).toBeDefined();
    expect(toolByBinary('falco-event-generator')).toBeUndefined();
  });

  it('keeps no upstream prose', () => {
    const tools = JSON.stringify(catalog.tools());
    expect(tools).not.toMatch(/"(notes|note|why|summary|description)":/);
  });
});

describe.runIf(existsSync(SHARED))('catalog/ is what scripts/build-catalog.ts makes of ../shared', () => {
  it('is up to date (run npm run catalog)', () => {
    const built = buildCatalog(SHARED);
    for (const [name, data] of Object.entries(built)) {
      const committed = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'catalog', `${name}.json`), 'utf8'));
      expect(committed, name).toEqual(JSON.parse(JSON.stringify(data)));
    }
  });
});
