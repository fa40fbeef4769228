/**
 * Site benchmark: serves the built site (dist/, nothing is built here) with the e2e static server
 * and measures in headless Chromium, each a median over RUNS fresh browser contexts:
 *   - bytes transferred before the home page's first chart is visible, and the time to that chart;
 *   - on Explore, the time until DuckDB-WASM is ready and until the first result is shown;
 *   - the latency of five typical Explore queries over the full data, once DuckDB is ready: the
 *     controls are set as a reader would, and the `att:query` User Timing measure around the
 *     resulting query is read (target < 150 ms).
 *
 *   npm run bench:site [-- --runs 7] [-- --dist path/to/dist]
 */
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { query } from '../src/site-data/db.ts';
import { defaultState, type ExploreState } from '../src/queries/exploreState.ts';
import { applyState, settledQueryMs, waitForResult } from './browser/exploreDriver.ts';
import { serveStatic } from './browser/staticServer.ts';
import { launchBrowser, openPage } from './browser/browser.ts';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const RUNS = Math.max(5, Number(opt('runs', '5')));
const DIST = resolve(opt('dist', process.env.ATT_DIST_DIR ?? 'dist'));
const TARGET_QUERY_MS = 150;

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Five views a reader typically asks for, on whichever data the site was built with. */
async function typicalStates(): Promise<{ name: string; state: ExploreState }[]> {
  const [top] = await query('SELECT reporter_iso3 FROM transfers WHERE value IS NOT NULL AND reporter_iso3 IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1', [], resolve(DIST, 'data'));
  const reporter = top ? [String(top.reporter_iso3)] : [];
  const d = defaultState();
  return [
    { name: 'value by year and currency', state: d },
    { name: 'value by year and basis, one reporter', state: { ...d, reporter, group: ['year', 'basis'] } },
    { name: 'facts by partner region', state: { ...d, group: ['partner_region'], measure: 'facts' } },
    { name: 'value by year and ATT category, authorized', state: { ...d, basis: ['authorized'], group: ['year', 'att_category'] } },
    { name: 'licences by partner, one reporter', state: { ...d, reporter, group: ['partner'], measure: 'licences' } },
  ];
}

async function homeRun(browser: Browser, base: string): Promise<{ bytes: number; ms: number }> {
  const s = await openPage(browser, base, '/en/', { waitUntil: 'load' });
  try {
    return await s.page.evaluate(
      () =>
        new Promise<{ bytes: number; ms: number }>((done) => {
          const check = () => {
            const svg = document.querySelector('.chart-frame svg');
            if (svg && svg.getBoundingClientRect().height > 0) {
              const ms = performance.now();
              const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
              const res = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
              const bytes = (nav?.transferSize ?? 0) + res.filter((r) => r.responseEnd <= ms).reduce((n, r) => n + r.transferSize, 0);
              done({ bytes, ms: Math.round(ms) });
            } else requestAnimationFrame(check);
          };
          check();
        }),
    );
  } finally {
    await s.close();
  }
}

interface ExploreRun {
  readyMs: number;
  firstResultMs: number;
  queryMs: number[];
}

/** One page load: DuckDB start and first result, then the typical queries on the warm page. */
async function exploreRun(browser: Browser, base: string, states: readonly { state: ExploreState }[]): Promise<ExploreRun> {
  const s = await openPage(browser, base, '/en/explore', { waitUntil: 'load' });
  try {
    await waitForResult(s.page);
    const t = await s.page.evaluate(() => {
      const ready = performance.getEntriesByName('att:duckdb-ready')[0];
      const q = performance.getEntriesByName('att:query')[0];
      return { ready: ready?.startTime ?? Number.NaN, first: q ? q.startTime + q.duration : Number.NaN };
    });
    const queryMs: number[] = [];
    for (const { state } of states) {
      await applyState(s.page, state);
      queryMs.push(await settledQueryMs(s.page, state));
    }
    if (s.foreignRequests.length) throw new Error(`requests left the origin: ${s.foreignRequests.join(', ')}`);
    return { readyMs: Math.round(t.ready), firstResultMs: Math.round(t.first), queryMs };
  } finally {
    await s.close();
  }
}

const { url, close } = await serveStatic(DIST);
const browser = await launchBrowser();
try {
  const states = await typicalStates();
  const home: { bytes: number; ms: number }[] = [];
  for (let i = 0; i < RUNS; i++) home.push(await homeRun(browser, url));
  // The default view goes last: the page opens on it, so it only re-runs after another view.
  const order = [...states.slice(1), states[0]!];
  const ready: number[] = [];
  const first: number[] = [];
  const perQuery = new Map<string, number[]>();
  for (let i = 0; i < RUNS; i++) {
    const r = await exploreRun(browser, url, order);
    ready.push(r.readyMs);
    first.push(r.firstResultMs);
    order.forEach((q, j) => perQuery.set(q.name, [...(perQuery.get(q.name) ?? []), r.queryMs[j]!]));
  }
  const out = {
    runs: RUNS,
    dist: DIST,
    homeBytesBeforeFirstChart: median(home.map((h) => h.bytes)),
    homeTimeToFirstChartMs: median(home.map((h) => h.ms)),
    exploreDuckdbReadyMs: median(ready),
    exploreFirstResultMs: median(first),
    exploreQueryMs: Object.fromEntries([...perQuery].map(([k, v]) => [k, Math.round(median(v) * 10) / 10])),
  };
  const lines = [
    `runs per measure: ${RUNS} (medians), site: ${DIST}`,
    `home: ${(out.homeBytesBeforeFirstChart / 1024).toFixed(1)} KiB transferred before the first chart, first chart at ${out.homeTimeToFirstChartMs} ms`,
    `explore: DuckDB ready at ${out.exploreDuckdbReadyMs} ms, first result at ${out.exploreFirstResultMs} ms`,
    ...Object.entries(out.exploreQueryMs).map(([k, v]) => `query "${k}": ${v} ms ${v < TARGET_QUERY_MS ? '(within' : '(OVER'} the ${TARGET_QUERY_MS} ms target)`),
  ];
  process.stdout.write(`${lines.join('\n')}\n${JSON.stringify(out)}\n`);
} finally {
  await browser.close();
  await close();
}
