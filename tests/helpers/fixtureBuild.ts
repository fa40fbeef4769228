/**
 * The whole pipeline on SYNTHETIC fixture files: a temporary root holding the given sources.json,
 * files read from `mirror`, the registered adapters and the real reference tables, at a fixed
 * build time so that outputs are the same from run to run.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ADAPTERS } from '../../src/pipeline/adapters/index.ts';
import { build, type BuildResult } from '../../src/pipeline/build.ts';
import { REFERENCE } from '../../src/pipeline/reference.ts';

/** Builds into `<tmp>/data` (history in `<tmp>/history`) from `sources`, a sources.json object. */
export async function buildFixture(tmp: string, sources: unknown, mirror: string): Promise<BuildResult & { out: string }> {
  await writeFile(join(tmp, 'sources.json'), JSON.stringify(sources));
  const out = join(tmp, 'data');
  const result = await build({
    root: tmp,
    sourcesFile: join(tmp, 'sources.json'),
    outDir: out,
    historyDir: join(tmp, 'history'),
    mirror,
    adapters: ADAPTERS,
    reference: REFERENCE,
    now: new Date('2099-01-01T00:00:00Z'),
    versions: {},
  });
  return { ...result, out };
}
