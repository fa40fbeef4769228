/**
 * Benchmark of the full data build: runs the pipeline CLI N times (a fresh process each time, as a user
 * would) and prints wall time and rows/s, with the median. Usage:
 *
 *   ATT_SOURCES_DIR=../shared/data/raw npm run bench:pipeline [-- --runs 5]
 */
import { spawnSync } from 'node:child_process';
import { readFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Number(values.runs);
const root = resolve(import.meta.dirname, '..');
const out = await mkdtemp(join(tmpdir(), 'bench-pipeline-'));
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const walls: number[] = [];
let rows = 0;
for (let i = 1; i <= runs; i++) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(root, 'scripts/pipeline.ts'), '--out', out, '--quiet'], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const wall = performance.now() - t0;
  if (r.status !== 0) {
    process.stderr.write(r.stderr);
    process.exit(1);
  }
  const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as { sources: { rowsRead: number }[] };
  rows = manifest.sources.reduce((n, s) => n + s.rowsRead, 0);
  walls.push(wall);
  console.log(`run ${i}: ${(wall / 1000).toFixed(2)} s wall, ${rows.toLocaleString('en')} rows, ${Math.round(rows / (wall / 1000)).toLocaleString('en')} rows/s`);
}
const m = median(walls);
console.log(`median of ${runs}: ${(m / 1000).toFixed(2)} s wall, ${Math.round(rows / (m / 1000)).toLocaleString('en')} rows/s (process start to manifest written, ${rows.toLocaleString('en')} source rows)`);
