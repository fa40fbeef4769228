/**
 * Scale benchmark: Explore on the published data (1x) and on SYNTHETIC copies of it repeated 10×
 * and 100× (scripts/fixtures/syntheticReplica.ts, through the publish stage's own writer; under
 * test-results/bench-scale/, never published). The site is built once (dist/, as the e2e runner
 * builds it) and served with each size's folder in place of /data/. One JSON line per size:
 *
 *   size, rows               transfers rows of that size
 *   error                    null, or why the page gave no result (the other figures are then null)
 *   bytesBeforeFirstResult   response bytes the server sent before the default view's first result,
 *                            uncompressed (the test server does not compress)
 *   gzipBytesBeforeFirstResult the same responses as a compressing host sends them: bodies of
 *                            text, JSON and wasm gzipped (level 6), Parquet as is (zstd inside)
 *   firstResultMs            Explore's default view: the first moment the page shows figures that answer
 *                            it on the served data (the `att:first-result` mark, src/islands/exploreStart.ts),
 *                            from navigation start: the build-time result once checked against the served
 *                            manifest, else a first answer from a pre-aggregated table, else DuckDB's
 *   firstResultFrom          which of those three ('build', 'direct', 'duckdb')
 *   permalinkFirstResultMs   the same for a link to one reporter, a year range, grouped by partner;
 *                            its table must have the rows native DuckDB gives for that link, and DuckDB's
 *                            own result must then have the same rows (`data-first-check`)
 *   permalinkFirstResultFrom which path gave the link's first result
 *   duckdbReadyMs            the `att:duckdb-ready` mark of the default view's visit
 *   duckdbFirstResultMs      end of DuckDB's first query on that visit (what firstResultMs measured before
 *                            the build-time and direct first results were counted)
 *   queryMedianMs            median of five typical queries set through the controls (one reporter
 *                            and a year range, one partner, by ATT category, by partner region,
 *                            licences by partner), once the page has its first result
 *   peakMemoryMB             peak memory of the browser's renderer processes (the page's JS heap,
 *                            its workers and DuckDB's wasm memory) during that visit, each process
 *                            counted by its proportional set size (scripts/browser/processMemory.ts)
 *   peakMemoryRssMB          the same summed as resident set sizes (what peakMemoryMB gave until
 *                            stop 21: shared code counted once per renderer, idle renderers included)
 *   warmFirstResultMs        first result of a second visit in the same browser profile (on disk, its HTTP
 *                            cache kept: assets and tables under content-named, immutable URLs; only the
 *                            page and manifest.json are revalidated)
 *
 * Medians over --runs visits (default 1: the machine is shared).
 *
 *   npm run bench:scale [-- --sizes=1x,10x] [--runs=3] [--dist=dist (served as built)]
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, type Stats } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { FIRST_RESULT_MARK } from '../src/db/constants.ts';
import { exploreQuery } from '../src/queries/explore.ts';
import { defaultState, serializeExploreState, type ExploreState } from '../src/queries/exploreState.ts';
import type { Manifest } from '../src/schema/manifest.ts';
import { query } from '../src/site-data/db.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH, isSameOrigin, launchBrowser } from './browser/browser.ts';
import { applyState, settledQueryMs, waitForResult } from './browser/exploreDriver.ts';
import { memoryPeak } from './browser/processMemory.ts';
import { serveStatic } from './browser/staticServer.ts';
import { writeReplica } from './fixtures/syntheticReplica.ts';

const root = resolve(import.meta.dirname, '..');
const arg = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const SIZES = arg('sizes', '1x,10x,100x').split(',');
const RUNS = Math.max(1, Number(arg('runs', '1')));
const DIST = resolve(root, arg('dist', process.env.ATT_DIST_DIR ?? 'dist'));
const DATA_1X = resolve(root, process.env.ATT_DATA_DIR ?? 'public/data');
const WORK = join(root, 'test-results/bench-scale');
const FIRST_RESULT_TIMEOUT_MS = 300_000;
/** Bodies a host compresses (docs/deployment.md): text, JSON, SVG and wasm; Parquet is zstd already. */
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|wasm)|image\/svg)/;

const log = (m: string) => process.stderr.write(`[bench:scale] ${m}\n`);
const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

function newestMtime(path: string): number {
  let st: Stats;
  try {
    st = statSync(path);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((n, name) => Math.max(n, newestMtime(join(path, name))), st.mtimeMs);
}

/**
 * Builds the site into DIST unless it is newer than the sources and the 1x data (the e2e runner's
 * rule). A `--dist` given on the command line is served as it is, never rebuilt.
 */
function ensureSite(): void {
  const built = newestMtime(join(DIST, 'index.html'));
  if (process.argv.some((a) => a.startsWith('--dist='))) {
    if (built === 0) throw new Error(`${DIST}: no built site (index.html missing)`);
    return;
  }
  if (built > Math.max(newestMtime(join(root, 'src')), newestMtime(DATA_1X), newestMtime(join(root, 'astro.config.mjs')))) return;
  log(`building the site into ${DIST} (once for every size)`);
  const r = spawnSync(process.execPath, ['--import', join(root, 'tests/helpers/noNetwork.ts'), join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', DIST], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ATT_DATA_DIR: DATA_1X, TZ: 'UTC', ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (r.status !== 0) throw new Error(`site build failed (exit ${r.status})`);
}

/** The data folder of a size: the published one at 1x, else a SYNTHETIC replica (rebuilt when the published data changed). */
async function dataFor(size: string): Promise<string> {
  const factor = Number(size.replace(/x$/, ''));
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`bad size '${size}': use e.g. 1x,10x,100x`);
  if (factor === 1) return DATA_1X;
  const dir = join(WORK, `data-${size}`);
  const stamp = join(dir, '.made-from');
  const from = `${(JSON.parse(await readFile(join(DATA_1X, 'manifest.json'), 'utf8')) as Manifest).tables.map((t) => t.sha256).join(',')} ×${factor}`;
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === from) return dir;
  log(`writing the SYNTHETIC ${size} replica into ${dir}`);
  await writeReplica(DATA_1X, dir, factor);
  await writeFile(stamp, from);
  return dir;
}

/** A copy of the built site (hard links: no bytes copied) whose data/ is a link to `dataDir`. */
async function siteWith(dataDir: string): Promise<string> {
  const site = join(WORK, 'site');
  await rm(site, { recursive: true, force: true });
  await mkdir(WORK, { recursive: true });
  const r = spawnSync('cp', ['-al', DIST, site]);
  if (r.status !== 0) await cp(DIST, site, { recursive: true });
  await rm(join(site, 'data'), { recursive: true, force: true });
  await symlink(dataDir, join(site, 'data'));
  return site;
}

/**
 * Chromium resolves no host name but 127.0.0.1, so nothing leaves the machine. (Not
 * `context.route`, as the e2e pages do: routing turns the browser's HTTP cache off, and the
 * second visit would then measure nothing.)
 */
const OFFLINE_ARGS = ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];

/** A fresh context; a request off the site's origin (refused by OFFLINE_ARGS) is recorded as an error of the visit. */
async function newContext(browser: Browser, base: string, foreign: string[]): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', timezoneId: 'UTC' });
  const origin = new URL(base).origin;
  context.on('request', (r) => {
    if (!isSameOrigin(r.url(), origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) foreign.push(r.url());
  });
  return context;
}

interface FirstResult {
  /** The page's first result (the `att:first-result` mark), which path gave it, and its clock time. */
  firstMs: number;
  from: string;
  atEpochMs: number;
  /** Rows the result table showed right after that mark. */
  rowsShown: number;
  /** The DuckDB-ready mark and the end of DuckDB's first query. */
  readyMs: number;
  duckdbMs: number;
  /** Whether DuckDB's first result had the rows of a first answer computed without it (undefined: there was none). */
  check: string | null;
}

/** The page's first result, then DuckDB's (the page goes on to run its query either way), all from navigation start. */
async function firstResult(page: Page): Promise<FirstResult> {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, FIRST_RESULT_MARK, { timeout: FIRST_RESULT_TIMEOUT_MS, polling: 20 });
  const first = await page.evaluate((mark) => {
    const m = performance.getEntriesByName(mark)[0] as PerformanceMark;
    return {
      firstMs: Math.round(m.startTime),
      from: String((m.detail as { from?: string } | null)?.from),
      atEpochMs: performance.timeOrigin + m.startTime,
      rowsShown: document.querySelectorAll('.explore-result table tbody tr').length,
    };
  }, FIRST_RESULT_MARK);
  await waitForResult(page, FIRST_RESULT_TIMEOUT_MS);
  const duck = await page.evaluate(() => {
    const ready = performance.getEntriesByName('att:duckdb-ready')[0];
    const q = performance.getEntriesByName('att:query')[0];
    return {
      readyMs: Math.round(ready?.startTime ?? Number.NaN),
      duckdbMs: Math.round(q ? q.startTime + q.duration : Number.NaN),
      check: document.querySelector('.explore-result')?.getAttribute('data-first-check') ?? null,
    };
  });
  if (duck.check === 'differs') throw new Error(`the first answer (${first.from}) and DuckDB's result differ`);
  return { ...first, ...duck };
}

interface Typical {
  name: string;
  state: ExploreState;
}

/** The permalink and the five typical queries, on the reporter with most valued facts and its partner with most. */
async function scenarios(dataDir: string): Promise<{ permalink: ExploreState; typical: Typical[] }> {
  const [top] = await query<{ reporter: string; partner: string; y0: number; y1: number }>(
    `SELECT reporter_iso3 AS reporter, arg_max(partner_iso3, n) AS partner, min(year) AS y0, max(year) AS y1
     FROM (SELECT reporter_iso3, partner_iso3, year, count(*) AS n FROM transfers WHERE value IS NOT NULL AND reporter_iso3 IS NOT NULL AND partner_iso3 IS NOT NULL GROUP BY ALL)
     GROUP BY reporter_iso3 ORDER BY sum(n) DESC, reporter_iso3 LIMIT 1`,
    [],
    dataDir,
  );
  if (!top) throw new Error(`${dataDir}: no transfers with a reporter, partner and value`);
  const d = defaultState();
  const yearFrom = Math.max(top.y1 - 2, top.y0);
  return {
    permalink: { ...d, reporter: [top.reporter], yearFrom, yearTo: top.y1, group: ['partner'] },
    typical: [
      { name: 'one reporter and a year range, by year and basis', state: { ...d, reporter: [top.reporter], yearFrom, yearTo: top.y1, group: ['year', 'basis'] } },
      { name: 'one partner, by year', state: { ...d, partner: [top.partner], group: ['year'] } },
      { name: 'authorized, by year and ATT category', state: { ...d, basis: ['authorized'], group: ['year', 'att_category'] } },
      { name: 'facts by partner region', state: { ...d, group: ['partner_region'], measure: 'facts' } },
      { name: 'licences by partner, one reporter', state: { ...d, reporter: [top.reporter], group: ['partner'], measure: 'licences' } },
    ],
  };
}

interface SizeResult {
  size: string;
  rows: number;
  error: string | null;
  bytesBeforeFirstResult: number | null;
  gzipBytesBeforeFirstResult: number | null;
  firstResultMs: number | null;
  firstResultFrom: string | null;
  permalinkFirstResultMs: number | null;
  permalinkFirstResultFrom: string | null;
  duckdbReadyMs: number | null;
  duckdbFirstResultMs: number | null;
  queryMedianMs: number | null;
  peakMemoryMB: number | null;
  peakMemoryRssMB: number | null;
  warmFirstResultMs: number | null;
}

type Figures = Omit<SizeResult, 'size' | 'rows' | 'error' | 'firstResultFrom' | 'permalinkFirstResultFrom'>;
type Paths = Pick<SizeResult, 'firstResultFrom' | 'permalinkFirstResultFrom'>;

/**
 * One cold visit of the default view (bytes, first result, ready, queries, memory), its warm
 * revisit, and a cold permalink visit. A step that fails leaves its figures null and its error
 * (named by the step) in `errors`; the steps after it still run where they can.
 */
async function visit(base: string, dataDir: string, bytesUntil: (epochMs: number) => { raw: number; gzip: number }): Promise<{ figures: Figures; paths: Paths; errors: string[] }> {
  const errors: string[] = [];
  const attempt = async <T>(name: string, f: () => Promise<T>): Promise<T | null> => {
    try {
      return await f();
    } catch (e) {
      errors.push(`${name}: ${e instanceof Error ? e.message : String(e)}`);
      return null;
    }
  };
  const tag = `--bench-scale-${randomUUID()}`;
  const foreign: string[] = [];
  const memory = memoryPeak(tag);
  // A browser profile on disk, like a reader's: an in-memory (incognito) cache keeps no entry as
  // large as DuckDB's wasm, and the second visit would fetch it again.
  const profile = await mkdtemp(join(tmpdir(), 'att-bench-profile-'));
  let browser: Browser | undefined;
  try {
    const { permalink, typical } = await scenarios(dataDir);
    // The tag finds this browser's processes for the memory figure.
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS, tag, ...OFFLINE_ARGS],
      headless: true,
      viewport: { width: 1280, height: 900 },
      locale: 'en-GB',
      timezoneId: 'UTC',
    });
    const origin = new URL(base).origin;
    context.on('request', (r) => {
      if (!isSameOrigin(r.url(), origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) foreign.push(r.url());
    });
    // The tab the browser opened with: a new one would leave that blank tab's renderer running
    // beside the page, counted in the memory figure though the page never uses it.
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${base}/en/explore`);
    const cold = await attempt('default view', () => firstResult(page));
    const queryMs: number[] = [];
    if (cold)
      await attempt('typical queries', async () => {
        for (const { name, state } of typical) {
          await applyState(page, state);
          queryMs.push(await settledQueryMs(page, state).catch((e: unknown) => Promise.reject(new Error(`"${name}": ${e instanceof Error ? e.message : String(e)}`))));
        }
      });
    const peakMemory = memory.peak();
    await page.close();
    // The second visit: same context, so whatever the first visit left in its caches is there.
    const again = await context.newPage();
    await again.goto(`${base}/en/explore`);
    const warm = await attempt('second visit', () => firstResult(again));
    await context.close();

    browser = await launchBrowser([tag, ...OFFLINE_ARGS]);
    const linkContext = await newContext(browser, base, foreign);
    const link = await linkContext.newPage();
    const address = `${base}/en/explore?${serializeExploreState(permalink)}`;
    await link.goto(address);
    const linked = await attempt('permalink', async () => {
      const r = await firstResult(link);
      // The figures must be the link's own: its first query is the link's, and the table has the link's rows, first and after DuckDB's query.
      const runs = Number(await link.getAttribute('.explore-result', 'data-runs'));
      const q = exploreQuery(permalink);
      const native = await query(q.sql, q.params, dataDir);
      const shown = await link.locator('.explore-result table tbody tr').count();
      if (runs !== 1 || shown !== native.length || r.rowsShown !== native.length || link.url() !== address)
        throw new Error(`showed ${r.rowsShown} rows first (${r.from}), ${shown} after ${runs} queries; native DuckDB gives ${native.length} for it`);
      return r;
    });
    await linkContext.close();
    if (foreign.length) errors.push(`requests off the site's origin: ${[...new Set(foreign)].slice(0, 3).join(', ')}`);
    return {
      errors,
      paths: { firstResultFrom: cold?.from ?? null, permalinkFirstResultFrom: linked?.from ?? null },
      figures: {
        bytesBeforeFirstResult: cold ? bytesUntil(cold.atEpochMs).raw : null,
        gzipBytesBeforeFirstResult: cold ? bytesUntil(cold.atEpochMs).gzip : null,
        firstResultMs: cold?.firstMs ?? null,
        permalinkFirstResultMs: linked?.firstMs ?? null,
        duckdbReadyMs: cold?.readyMs ?? null,
        duckdbFirstResultMs: cold?.duckdbMs ?? null,
        queryMedianMs: queryMs.length === typical.length ? Math.round(median(queryMs) * 10) / 10 : null,
        peakMemoryMB: Math.round(peakMemory.pss / 2 ** 20),
        peakMemoryRssMB: Math.round(peakMemory.rss / 2 ** 20),
        warmFirstResultMs: warm?.firstMs ?? null,
      },
    };
  } finally {
    memory.stop();
    await browser?.close();
    await rm(profile, { recursive: true, force: true });
  }
}

async function measure(size: string): Promise<SizeResult> {
  const dataDir = await dataFor(size);
  const manifest = JSON.parse(await readFile(join(dataDir, 'manifest.json'), 'utf8')) as Manifest;
  const rows = manifest.tables.find((t) => t.name === 'transfers')?.rows ?? 0;
  const site = await siteWith(dataDir);
  const { url, close, server } = await serveStatic(site);
  // Bytes as the server sends them, whoever asked (page, worker or cache): every body chunk, timed;
  // and per response, what gzip would make of a compressible body (a host compresses those).
  const sent: { at: number; bytes: number }[] = [];
  const gzipped: { at: number; bytes: number }[] = [];
  server.on('request', (_req, res) => {
    const chunks: Buffer[] = [];
    for (const method of ['write', 'end'] as const) {
      const original = res[method].bind(res) as (...a: unknown[]) => unknown;
      (res as unknown as Record<string, unknown>)[method] = (chunk: unknown, ...rest: unknown[]) => {
        if (chunk && typeof chunk !== 'function') {
          const b = Buffer.from(chunk as string | Uint8Array);
          sent.push({ at: Date.now(), bytes: b.byteLength });
          chunks.push(b);
        }
        return original(chunk, ...rest);
      };
    }
    res.on('finish', () => {
      const body = Buffer.concat(chunks);
      const compressible = COMPRESSIBLE.test(String(res.getHeader('Content-Type') ?? ''));
      gzipped.push({ at: Date.now(), bytes: compressible && body.byteLength > 0 ? gzipSync(body, { level: 6 }).byteLength : body.byteLength });
    });
  });
  try {
    const runs: { figures: Figures; paths: Paths; errors: string[] }[] = [];
    for (let i = 0; i < RUNS; i++) {
      sent.length = 0;
      gzipped.length = 0;
      const until = (xs: { at: number; bytes: number }[], t: number) => xs.filter((s) => s.at <= t).reduce((n, s) => n + s.bytes, 0);
      runs.push(await visit(url, dataDir, (t) => ({ raw: until(sent, t), gzip: until(gzipped, t) })));
    }
    // Medians over the runs that have the figure; null when none has it.
    const med = (k: keyof Figures) => {
      const xs = runs.map((r) => r.figures[k]).filter((x): x is number => x !== null && !Number.isNaN(x));
      return xs.length ? median(xs) : null;
    };
    // The paths the runs' first results came from, e.g. 'direct' or 'direct,duckdb' when runs differ.
    const paths = (k: keyof Paths) => [...new Set(runs.map((r) => r.paths[k]).filter((x) => x !== null))].join(',') || null;
    const errors = [...new Set(runs.flatMap((r) => r.errors))];
    return {
      size,
      rows,
      error: errors.length
        ? errors
            .join(' | ')
            .replace(/\s*\n\s*/g, ' / ')
            .slice(0, 600)
        : null,
      bytesBeforeFirstResult: med('bytesBeforeFirstResult'),
      gzipBytesBeforeFirstResult: med('gzipBytesBeforeFirstResult'),
      firstResultMs: med('firstResultMs'),
      firstResultFrom: paths('firstResultFrom'),
      permalinkFirstResultMs: med('permalinkFirstResultMs'),
      permalinkFirstResultFrom: paths('permalinkFirstResultFrom'),
      duckdbReadyMs: med('duckdbReadyMs'),
      duckdbFirstResultMs: med('duckdbFirstResultMs'),
      queryMedianMs: med('queryMedianMs'),
      peakMemoryMB: med('peakMemoryMB'),
      peakMemoryRssMB: med('peakMemoryRssMB'),
      warmFirstResultMs: med('warmFirstResultMs'),
    };
  } catch (e) {
    // The visit itself could not run (browser, page load): no figures, only the reason.
    const none = {
      bytesBeforeFirstResult: null,
      gzipBytesBeforeFirstResult: null,
      firstResultMs: null,
      firstResultFrom: null,
      permalinkFirstResultMs: null,
      permalinkFirstResultFrom: null,
      duckdbReadyMs: null,
      duckdbFirstResultMs: null,
      queryMedianMs: null,
      peakMemoryMB: null,
      peakMemoryRssMB: null,
      warmFirstResultMs: null,
    };
    return { size, rows, error: (e instanceof Error ? e.message : String(e)).replace(/\s*\n\s*/g, ' / ').slice(0, 600), ...none };
  } finally {
    await close();
  }
}

ensureSite();
for (const size of SIZES) process.stdout.write(`${JSON.stringify(await measure(size))}\n`);
await rm(join(WORK, 'site'), { recursive: true, force: true });
