import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // nock must be loaded before any client captures the global fetch.
    setupFiles: ['test/setup.ts'],
    testTimeout: 20_000,
  },
});
