/**
 * End-to-end tests: builds the site when `dist/` is missing or older than the data and the sources
 * it is built from, then runs the e2e suite (vitest.e2e.config.ts) against the built files.
 *
 *   node scripts/e2e.ts [--rebuild] [vitest args, e.g. tests/e2e/home.e2e.test.ts]
 *
 * ATT_DATA_DIR builds from another data folder (copied into the built site as /data/);
 * ATT_DIST_DIR builds into and serves another folder than dist/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeHashedFilesFromManifest } from '../src/pipeline/hashedFiles.ts';

const root = resolve(import.meta.dirname, '..');

// Before the first pipeline run there is no public/data: test against SYNTHETIC tables (invented
// figures, every source titled "SYNTHETIC"), and say so loudly.
if (!process.env.ATT_DATA_DIR && !existsSync(join(root, 'public/data/manifest.json'))) {
  const dir = join(root, 'test-results/synthetic-data');
  if (process.argv.includes('--rebuild') || !existsSync(join(dir, 'manifest.json'))) {
    const { writeSyntheticData } = await import('./fixtures/syntheticData.ts');
    await writeSyntheticData(dir);
  }
  process.env.ATT_DATA_DIR = dir;
  process.stderr.write(`[e2e] public/data/manifest.json not found: testing against SYNTHETIC tables in ${dir} (run npm run data for the real ones)\n`);
}
const args = process.argv.slice(2);
const force = args.includes('--rebuild');
const vitestArgs = args.filter((a) => a !== '--rebuild');

/** Newest modification time under a path (0 when it doesn't exist). */
export function newestMtime(path: string): number {
  let st: Stats;
  try {
    st = statSync(path);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

function run(cmd: string, cmdArgs: string[], nodeArgs: string[] = []): number {
  const r = spawnSync(process.execPath, [...nodeArgs, cmd, ...cmdArgs], { cwd: root, stdio: 'inherit', env: { ...process.env, TZ: 'UTC', ASTRO_TELEMETRY_DISABLED: '1' } });
  return r.status ?? 1;
}

const dist = resolve(root, process.env.ATT_DIST_DIR ?? 'dist');
const built = newestMtime(join(dist, 'index.html'));
const inputs = Math.max(
  newestMtime(join(root, 'src')),
  newestMtime(process.env.ATT_DATA_DIR ? resolve(process.env.ATT_DATA_DIR) : join(root, 'public')),
  newestMtime(join(root, 'astro.config.mjs')),
  newestMtime(join(root, 'package-lock.json')),
);

// The data folder a build used: switching folders (real ↔ synthetic) must rebuild even if nothing is newer.
const dataFolder = resolve(process.env.ATT_DATA_DIR ?? join(root, 'public/data'));
const stamp = join(dist, '.data-dir');
let builtFrom = '';
try {
  builtFrom = readFileSync(stamp, 'utf8');
} catch {
  // no stamp: an older or foreign build
}

if (force || built === 0 || built < inputs || builtFrom !== dataFolder) {
  process.stderr.write(built === 0 ? '[e2e] dist/ missing: building the site\n' : `[e2e] rebuilding ${dist} from ${dataFolder}\n`);
  const t0 = performance.now();
  // --outDir lets a second checkout of the build (ATT_DIST_DIR) coexist with dist/. The build runs
  // with every DNS lookup and outbound socket refused: a build that needs the network fails here.
  const status = run(join(root, 'node_modules/astro/bin/astro.mjs'), ['build', '--outDir', dist], ['--import', join(root, 'tests/helpers/noNetwork.ts')]);
  if (status !== 0) process.exit(status);
  process.stderr.write(`[e2e] built in ${((performance.now() - t0) / 1000).toFixed(1)}s\n`);
  // Built from another data folder (e.g. synthetic tables): serve those files, as public/data would be.
  // The folder is replaced, not merged: dist/data/v holds hard links, and a copy over a stable name
  // would change the bytes behind another build's content-named link. Its own links are remade.
  if (process.env.ATT_DATA_DIR) {
    rmSync(join(dist, 'data'), { recursive: true, force: true });
    cpSync(dataFolder, join(dist, 'data'), { recursive: true });
    if (existsSync(join(dataFolder, 'manifest.json'))) await writeHashedFilesFromManifest(join(dist, 'data'));
  }
  writeFileSync(stamp, dataFolder);
} else {
  process.stderr.write('[e2e] dist/ is up to date\n');
}

process.exit(run(join(root, 'node_modules/vitest/vitest.mjs'), ['run', '--config', 'vitest.e2e.config.ts', ...vitestArgs]));
