import { defineConfig } from 'vitest/config';

// Tests run in Node; the site's DuckDB queries run through DuckDB's Node bindings on fixture files.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 30_000,
    env: { TZ: 'UTC' },
  },
});
