/**
 * Bundle-size budget of the built site (run after `npm run build`): the JavaScript the browser runs
 * on the main thread, gzipped as a server would send it, and the DuckDB worker and wasm files. A
 * change that pulls a large library into a page's islands fails here, before a reader pays for it.
 *
 *   node scripts/bundleBudget.ts [dist]
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Asset {
  name: string;
  /** gzip-compressed bytes */
  gzip: number;
}

/**
 * Budgets in gzip bytes, about 15% above the sizes of December 2026 (main thread 424 KB, largest script
 * 184 KB, engine 9.4 MB). Stop 18 added five views (map, flows, register, compare, your data: main thread
 * 503 KB) and two workers (the table loader and the file checker, each with its own parquet-wasm: engine
 * 11.5 MB); the budgets keep about 5% above those sizes.
 */
export const BUDGETS = {
  /** Every script of every page together, except the DuckDB worker (loaded only when a query runs). */
  mainThreadJs: 540_000,
  /** The largest single script. */
  largestJs: 216_000,
  /**
   * DuckDB worker and the two wasm binaries (loaded on the first query only). 9.87 MB since the page and
   * the table loader share one parquet-wasm file (it was two copies, 11.5 MB); about 5% above that.
   */
  queryEngine: 10_600_000,
} as const;

const isWorker = (name: string) => /worker/i.test(name);

/** Each budget with its measured size; `over` when the size exceeds it. */
export function budgetReport(assets: readonly Asset[]): { name: keyof typeof BUDGETS; bytes: number; budget: number; over: boolean }[] {
  const js = assets.filter((a) => a.name.endsWith('.js') && !isWorker(a.name));
  const engine = assets.filter((a) => a.name.endsWith('.wasm') || isWorker(a.name));
  const sizes: Record<keyof typeof BUDGETS, number> = {
    mainThreadJs: js.reduce((n, a) => n + a.gzip, 0),
    largestJs: js.reduce((n, a) => Math.max(n, a.gzip), 0),
    queryEngine: engine.reduce((n, a) => n + a.gzip, 0),
  };
  return (Object.keys(BUDGETS) as (keyof typeof BUDGETS)[]).map((name) => ({ name, bytes: sizes[name], budget: BUDGETS[name], over: sizes[name] > BUDGETS[name] }));
}

/**
 * Files with the same bytes under two names (groups of names): the browser would fetch and cache the
 * same thing twice, e.g. a wasm binary imported by a page and by a worker that Vite named differently.
 */
export function duplicateAssets(assets: readonly { name: string; sha256: string }[]): string[][] {
  const byHash = new Map<string, { name: string }[]>();
  for (const a of assets) byHash.set(a.sha256, [...(byHash.get(a.sha256) ?? []), a]);
  return [...byHash.values()].filter((g) => g.length > 1).map((g) => g.map((a) => a.name).sort());
}

if (import.meta.main) {
  const dir = join(resolve(process.argv[2] ?? 'dist'), '_astro');
  const assets = readdirSync(dir)
    .filter((n) => /\.(js|wasm)$/.test(n))
    .map((name) => {
      const bytes = readFileSync(join(dir, name));
      return { name, gzip: gzipSync(bytes).length, sha256: createHash('sha256').update(bytes).digest('hex') };
    });
  const report = budgetReport(assets);
  for (const r of report) process.stderr.write(`${r.over ? 'OVER ' : 'ok   '}${r.name}: ${(r.bytes / 1024).toFixed(0)} KB gzip (budget ${(r.budget / 1024).toFixed(0)} KB)\n`);
  const duplicates = duplicateAssets(assets);
  for (const names of duplicates) process.stderr.write(`DUPLICATE same bytes under ${names.length} names: ${names.join(', ')}\n`);
  process.exit(report.some((r) => r.over) || duplicates.length > 0 ? 1 : 0);
}
