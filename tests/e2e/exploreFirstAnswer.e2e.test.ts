/**
 * Explore's first result before DuckDB is ready (src/islands/exploreStart.ts, exploreFirstAnswer.ts):
 * DuckDB's wasm is held back in these tests (no sleeps: a gate the test opens), so what the page
 * shows before it can only come from the build-time result or from the first answer computed from a
 * pre-aggregated table. Checked against native DuckDB on the same files, then against the page's
 * own DuckDB result once the wasm is released:
 *   - the default view's build-time result counts as the first result only when the served data is
 *     the data it was computed from; on other data it is hidden and the first answer replaces it;
 *   - a link's first answer has the rows native DuckDB gives, and DuckDB's result then agrees;
 *   - a state no aggregate can answer exactly waits for DuckDB.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { isSameOrigin } from '../../scripts/browser/browser.ts';
import { exploreQuery } from '../../src/queries/explore.ts';
import { defaultState, serializeExploreState, type ExploreState } from '../../src/queries/exploreState.ts';
import { query } from '../../src/site-data/db.ts';
import { busiestReporter, DATA_DIR, firstResultFrom, nativeRows, waitForRuns } from './queryHelpers.ts';
import { e2eSession } from './session.ts';

const { baseUrl, browser } = await e2eSession();
const RESULT = '.explore-result';

interface Held {
  page: Page;
  context: BrowserContext;
  /** Lets DuckDB's wasm through. */
  release: () => void;
  errors: string[];
}

/** Serves `data` (a changed manifest and files by name) in place of the site's, for the stale-data test. */
type Replace = { manifest: string; files: Map<string, Buffer> };

/** Opens `path` with DuckDB's wasm held until release(); other files pass (or come from `replace`). */
async function openHeld(path: string, replace?: Replace): Promise<Held> {
  const origin = new URL(baseUrl).origin;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', timezoneId: 'UTC' });
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (!isSameOrigin(url.href, origin)) return route.abort('blockedbyclient');
    if (/duckdb-eh[^/]*\.wasm$/.test(url.pathname)) await gate;
    if (replace && url.pathname.endsWith('/data/manifest.json')) return route.fulfill({ body: replace.manifest, contentType: 'application/json' });
    const name = url.pathname.split('/').pop()!.replace(/\..*$/, '');
    const body = replace && url.pathname.endsWith('.parquet') ? replace.files.get(name) : undefined;
    // Whole files, status 200: the page then reads them as from a host without ranges, checked by sha256.
    if (body) return route.fulfill({ body, contentType: 'application/vnd.apache.parquet' });
    return route.continue().catch(() => undefined);
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(new URL(path, baseUrl).href);
  return { page, context, release, errors };
}

/** The result table's cells as the page shows them (every row: the table shows them all below its limit). */
const shownRows = (page: Page) => page.locator(`${RESULT} table tbody tr`).evaluateAll((trs) => trs.filter((tr) => (tr as HTMLElement).offsetParent !== null).map((tr) => (tr as HTMLElement).innerText));

let reporter: string;
let partner: string;
let y0: number;
let y1: number;

beforeAll(async () => {
  const top = await busiestReporter();
  ({ reporter, partner, y1 } = top);
  y0 = Math.max(top.y0, y1 - 2);
});

describe('a link’s first answer, before DuckDB is ready', () => {
  const states = (): [string, ExploreState][] => {
    const d = defaultState();
    return [
      ['one reporter, a year range, by partner', { ...d, reporter: [reporter], yearFrom: y0, yearTo: y1, group: ['partner'] }],
      ['one partner, facts by year', { ...d, partner: [partner], group: ['year'], measure: 'facts' }],
      ['authorized, by year and ATT category', { ...d, basis: ['authorized'], group: ['year', 'att_category'] }],
      ['facts by partner region', { ...d, group: ['partner_region'], measure: 'facts' }],
      ['licences by partner, one reporter', { ...d, reporter: [reporter], group: ['partner'], measure: 'licences' }],
    ];
  };
  it('has the rows native DuckDB gives, and DuckDB’s own result then agrees', async () => {
    for (const [name, state] of states()) {
      const h = await openHeld(`/en/explore?${serializeExploreState(state)}`);
      try {
        await h.page.waitForSelector(`${RESULT}[data-result-from="direct"]`, { timeout: 60_000 });
        expect(await firstResultFrom(h.page), name).toBe('direct');
        // DuckDB cannot have run: its wasm has not arrived.
        expect(await h.page.getAttribute(RESULT, 'data-runs'), name).toBe('0');
        const q = exploreQuery(state);
        const native = await nativeRows(q.sql, q.params);
        expect(native.length, name).toBeGreaterThan(0);
        const first = await shownRows(h.page);
        expect(first.length, name).toBe(native.length);
        h.release();
        expect(await waitForRuns(h.page, RESULT, 1), name).toBe('done');
        expect(await h.page.getAttribute(RESULT, 'data-result-from'), name).toBe('duckdb');
        expect(await h.page.getAttribute(RESULT, 'data-first-check'), name).toBe('same');
        // The same cells, as formatted on the page, before and after.
        expect(await shownRows(h.page), name).toEqual(first);
        expect(h.errors, name).toEqual([]);
      } finally {
        await h.context.close();
      }
    }
  });

  it('a state no pre-aggregated table answers exactly (reports counted) waits for DuckDB', async () => {
    const state: ExploreState = { ...defaultState(), reporter: [reporter], measure: 'reports', group: ['year'] };
    const h = await openHeld(`/en/explore?${serializeExploreState(state)}`);
    try {
      await h.page.waitForSelector('.explore[data-hydrated="true"]');
      expect(await h.page.getAttribute(RESULT, 'data-result-from')).toBe('build');
      expect(await shownRows(h.page)).toEqual([]);
      h.release();
      expect(await firstResultFrom(h.page)).toBe('duckdb');
      expect(await waitForRuns(h.page, RESULT, 1)).toBe('done');
      expect(await h.page.getAttribute(RESULT, 'data-first-check')).toBeNull();
    } finally {
      await h.context.close();
    }
  });
});

describe('the default view’s build-time result', () => {
  it('is the first result when the served data is the data it was built from', async () => {
    const h = await openHeld('/en/explore');
    try {
      expect(await firstResultFrom(h.page)).toBe('build');
      expect(await h.page.getAttribute(RESULT, 'data-result-from')).toBe('build');
      const q = exploreQuery(defaultState());
      expect((await shownRows(h.page)).length).toBe((await nativeRows(q.sql, q.params)).length);
      h.release();
      expect(await waitForRuns(h.page, RESULT, 1)).toBe('done');
    } finally {
      await h.context.close();
    }
  });

  describe('on data republished since the build', () => {
    let replace: Replace;
    let changedDir: string;
    beforeAll(async () => {
      // SYNTHETIC: the published transfer_totals without its latest year with values, as if the data had been
      // republished without rebuilding the pages. Served through the manifest under its own checksum.
      changedDir = await mkdtemp(join(tmpdir(), 'att-first-answer-'));
      for (const f of await readdir(DATA_DIR)) if (f.endsWith('.parquet') && f !== 'transfer_totals.parquet') await symlink(join(DATA_DIR, f), join(changedDir, f));
      const out = join(changedDir, 'transfer_totals.parquet');
      const [last] = await nativeRows('SELECT max(year) AS y FROM transfer_totals WHERE value IS NOT NULL');
      // Written through the published data's connection: the changed folder's is opened (and its
      // tables listed) only once the file is there.
      await nativeRows(`COPY (SELECT * FROM read_parquet('${join(DATA_DIR, 'transfer_totals.parquet')}') WHERE year <> ${Number(last!.y)}) TO '${out}' (FORMAT parquet, COMPRESSION zstd)`);
      const bytes = await readFile(out);
      const n = Number((await nativeRows(`SELECT count(*)::INTEGER AS n FROM read_parquet('${out}')`))[0]?.n);
      const manifest = JSON.parse(await readFile(join(DATA_DIR, 'manifest.json'), 'utf8')) as { tables: { name: string; sha256: string; bytes: number; rows: number; rowGroups?: unknown }[] };
      const entry = manifest.tables.find((t) => t.name === 'transfer_totals')!;
      entry.sha256 = createHash('sha256').update(bytes).digest('hex');
      entry.bytes = bytes.byteLength;
      entry.rows = n;
      delete entry.rowGroups;
      replace = { manifest: JSON.stringify(manifest), files: new Map([['transfer_totals', bytes]]) };
    });

    it('is hidden, and the first answer on the served data takes its place', async () => {
      const h = await openHeld('/en/explore', replace);
      try {
        await h.page.waitForSelector(`${RESULT}[data-result-from="direct"]`, { timeout: 60_000 });
        expect(await firstResultFrom(h.page)).toBe('direct');
        const q = exploreQuery(defaultState());
        const changed = await query(q.sql, q.params, changedDir);
        const built = await nativeRows(q.sql, q.params);
        expect(changed.length).toBeLessThan(built.length);
        expect((await shownRows(h.page)).length).toBe(changed.length);
        h.release();
        expect(await waitForRuns(h.page, RESULT, 1)).toBe('done');
        expect(await h.page.getAttribute(RESULT, 'data-first-check')).toBe('same');
        expect((await shownRows(h.page)).length).toBe(changed.length);
        expect(h.errors).toEqual([]);
      } finally {
        await h.context.close();
      }
    });

    it('is never shown once the page knows it is stale, even while no first answer can be had', async () => {
      // The changed manifest, but the old transfer_totals (its checksum is not the manifest's): no
      // first answer can be had, and DuckDB is held, so the page has no figure to show at all.
      const h = await openHeld('/en/explore', { ...replace, files: new Map() });
      try {
        await h.page.waitForSelector('.explore[data-hydrated="true"]');
        await h.page.waitForFunction(() => document.querySelector('[data-explore-host]')?.classList.contains('link-pending'));
        expect(await shownRows(h.page)).toEqual([]);
        expect(await h.page.locator(`${RESULT} .explore-pending-note`).isVisible()).toBe(true);
      } finally {
        await h.context.close();
      }
    });
  });
});
