/**
 * Two pipeline builds of SYNTHETIC initial reports (tests/fixtures/att-initial-site), run through the
 * pipeline's own build() with a history folder: "before" (every fixture but Norway's update) and
 * "after" (all of them), so the two snapshots differ by exactly one amended report. The output folder
 * is a complete data folder (tables, manifest, changes.json, snapshots) that the site can be built
 * from with ATT_DATA_DIR. Only the reference tables (States, categories) are real; every report is
 * invented, and the source title says SYNTHETIC.
 *
 *   npm exec -- node tests/lib/syntheticInitialBuild.ts test-results/synthetic-initial
 */
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ADAPTERS } from '../../src/pipeline/adapters/index.ts';
import { build, type BuildResult } from '../../src/pipeline/build.ts';
import { REFERENCE } from '../../src/pipeline/reference.ts';
import { writeInitialTemplate } from '../../scripts/writeInitialTemplate.ts';

export const FIXTURE_DIR = resolve(import.meta.dirname, '../fixtures/att-initial-site');
/** The one file the "after" set adds: an update (version 2) of Norway's initial report. */
export const AMENDED_FILE = 'norway-initial-v2.csv';
export const BEFORE_AT = new Date('2099-10-01T08:00:00Z');
export const AFTER_AT = new Date('2099-10-08T08:00:00Z');
export const SYNTHETIC_SOURCE_ID = 'att-initial-synthetic';

const SOURCES = {
  $comment: 'SYNTHETIC: a test source of invented initial reports (tests/fixtures/att-initial-site).',
  sources: [
    {
      id: SYNTHETIC_SOURCE_ID,
      title: 'SYNTHETIC initial reports (invented for tests, not real reports)',
      publisher: 'Test fixture',
      adapter: 'att-initial',
      instrument: 'ATT_INITIAL',
      homepage: 'https://example.org/synthetic-initial-reports',
      licence: 'CC0-1.0',
      caveats: 'Invented answers for tests only: no State made these reports.',
      folder: 'transcriptions',
    },
  ],
};

export interface FixtureBuilds {
  before: BuildResult;
  after: BuildResult;
  outDir: string;
  historyDir: string;
}

/** Runs both builds into `outDir` (the "after" tables win), with the history in `historyDir`. */
export async function buildFixtureSnapshots(outDir: string, historyDir = join(outDir, '..', 'synthetic-initial-history')): Promise<FixtureBuilds> {
  const root = await mkdtemp(join(tmpdir(), 'att-initial-build-'));
  try {
    await rm(historyDir, { recursive: true, force: true });
    await rm(outDir, { recursive: true, force: true });
    await writeFile(join(root, 'sources.json'), JSON.stringify(SOURCES, null, 2));
    const files = (await readdir(FIXTURE_DIR)).filter((f) => f.endsWith('.csv'));
    const run = async (names: string[], now: Date) => {
      const folder = join(root, 'transcriptions');
      await rm(folder, { recursive: true, force: true });
      await mkdir(folder, { recursive: true });
      for (const n of names) await cp(join(FIXTURE_DIR, n), join(folder, n));
      return build({
        root,
        sourcesFile: join(root, 'sources.json'),
        outDir,
        historyDir,
        adapters: ADAPTERS,
        reference: REFERENCE,
        now,
        versions: { portal: 'synthetic-test' },
      });
    };
    const before = await run(files.filter((f) => f !== AMENDED_FILE), BEFORE_AT);
    const after = await run(files, AFTER_AT);
    // As the CLI does: the blank transcription templates go with the tables.
    await writeInitialTemplate(join(outDir, 'templates'));
    return { before, after, outDir, historyDir };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const out = resolve(process.argv[2] ?? 'test-results/synthetic-initial');
  const { after } = await buildFixtureSnapshots(out);
  process.stderr.write(`SYNTHETIC initial-report data (invented) written to ${out}; changes: ${after.changes.amended.map((r) => r.report_id).join(', ')} amended\n`);
}
