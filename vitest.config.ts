import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.ts'],
    // The server tests and the browser tests serve the built web app.
    globalSetup: ['test/support/build-web-app.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
  resolve: {
    alias: { '@contract': new URL('./src/http', import.meta.url).pathname },
  },
});
