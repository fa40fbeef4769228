import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * Files that spend most of the run waiting on a child build or a million-row parse: started first,
 * so they overlap the many short files on the other worker instead of closing the run. (Vitest's own
 * order puts the slowest first only once its cache has timings; a fresh checkout, as in CI, has none.)
 */
const SLOW_FIRST = ['tests/build/offlineBuild.test.ts', 'tests/pipeline/adapters/damage.test.ts', 'tests/pipeline/adapters/fuzz.test.ts'];

class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification) => {
      const i = SLOW_FIRST.findIndex((s) => f.moduleId.endsWith(s));
      return i < 0 ? SLOW_FIRST.length : i;
    };
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

// Tests run in Node; the site's DuckDB queries run through DuckDB's Node bindings on fixture files.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 30_000,
    env: { TZ: 'UTC' },
    sequence: { sequencer: SlowFirst },
    // No test mocks modules or globals, so a worker may run several files without re-importing
    // DuckDB, zod and the schema for each (a third of the run's time was module imports).
    isolate: false,
  },
});
