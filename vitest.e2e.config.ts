import { defineConfig } from 'vitest/config';

// End-to-end tests: the built site served from dist/ and driven with Debian's Chromium.
// One browser at a time (the machine is shared), generous timeouts for cold DuckDB-WASM starts.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    env: { TZ: 'UTC' },
  },
});
