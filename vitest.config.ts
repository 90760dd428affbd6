import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // nock must be loaded before any client captures the global fetch.
    setupFiles: ['test/setup.ts'],
    testTimeout: 20_000,
    // CI also keeps a machine-readable result, from which .ci/run prints a plain "N passed, N failed" line.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: '.vitest/results.json' },
  },
});
