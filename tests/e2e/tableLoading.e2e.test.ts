/**
 * How the page loads a big table (src/db/tables.ts, tableRead.ts): by byte ranges and only the
 * columns a query names where the host serves ranges, whole where it ignores `Range` (detected,
 * not assumed), in a worker so that no long task over 200 ms holds the page while it loads; a
 * partial read that fails is an error naming the file, never a smaller result. Each answer is
 * checked against native DuckDB on the same Parquet files.
 */
import { resolve } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostHeaderRules, serveStatic } from '../../scripts/browser/staticServer.ts';
import { flowsDefaultQuery, flowsQuery } from '../../src/queries/flows.ts';
import { defaultFlowsState, serializeFlowsState, type FlowsState } from '../../src/queries/flowsState.ts';
import { columnNames, transfers } from '../../src/schema/index.ts';
import { normalizeBase } from '../../src/security/deployment.ts';
import { asCsvCells, DATA_DIR, downloadText, nativeRows, parseCsv, servedTablePath, waitForRuns } from './queryHelpers.ts';
import { e2eSession } from './session.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const { baseUrl, browser } = await e2eSession();
// Explore answers from the pre-aggregated tables (src/queries/exploreTable.ts); the line-level table
// is what the flows view, the trade register and the SQL console read. The flows' named queries
// load only the columns they name (the console, running any SQL, loads the whole table).
const RESULT = '.flows-result';
const LONG_TASK_LIMIT_MS = 200;
const transfersBytes = (JSON.parse(readFileSync(join(DATA_DIR, 'manifest.json'), 'utf8')) as { tables: { name: string; bytes: number }[] }).tables.find((t) => t.name === 'transfers')!.bytes;

let state: FlowsState;
let rangeless: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  const [top] = await nativeRows(flowsDefaultQuery().sql);
  state = { ...defaultFlowsState(String(top!.source_id), String(top!.currency)), yearFrom: 2010, yearTo: 2011 };
  // The same build on a host that ignores Range and answers 200 with the whole file.
  const base = normalizeBase(process.env.BASE_PATH);
  const dist = resolve(process.env.ATT_DIST_DIR ?? 'dist');
  const s = await serveStatic(dist, hostHeaderRules(dist), base, { ranges: false });
  rangeless = { url: `${s.url}${base.slice(0, -1)}`, close: s.close };
});
afterAll(() => rangeless?.close());

interface Load {
  table: string;
  mode: 'range' | 'whole';
  rows: number;
  totalRows: number;
  rowGroups: number[] | null;
  bytes: number;
  columns: string[] | null;
  startTime: number;
  duration: number;
}

/** The flows for `state`. */
const lineQuery = () => flowsQuery(state);

/** Opens the flows view at `state`, recording long tasks from the start; `fault` intercepts transfers.parquet. */
async function openFlows(site: string, fault?: (route: Route) => Promise<void> | void): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: { start: number; duration: number }[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    // Every text the database status line shows, to see the load's progress go by.
    const seen: string[] = [];
    (window as unknown as { statusTexts: string[] }).statusTexts = seen;
    new MutationObserver(() => {
      const text = document.querySelector('.flows-result .db-status')?.textContent ?? '';
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  if (fault) await page.route(`**/${servedTablePath('transfers')}`, fault);
  await page.goto(`${site}/en/flows?${serializeFlowsState(state)}`);
  return page;
}

async function transfersLoad(page: Page): Promise<Load> {
  const loads = await page.evaluate(() => performance.getEntriesByName('att:table-load').map((m) => ({ ...(m as PerformanceMeasure).detail, startTime: m.startTime, duration: m.duration })));
  const load = (loads as Load[]).find((l) => l.table === 'transfers');
  expect(load, 'a load of transfers').toBeDefined();
  return load!;
}

/** The result's CSV equals native DuckDB's rows for the same query. */
async function expectNativeRows(page: Page): Promise<void> {
  const q = lineQuery();
  const native = await nativeRows(q.sql, q.params);
  expect(native.length).toBeGreaterThan(0);
  const [, ...rows] = parseCsv((await downloadText(page, `${RESULT} [data-download="csv"]`)).text);
  // The flows CSV's columns: exporter, importer, the figure (named with its currency), facts, first and last year.
  expect(rows).toEqual(asCsvCells(native, ['exporter', 'importer', 'amount', 'facts', 'year_min', 'year_max']));
}

describe('loading the transfers table', () => {
  it('reads only the named columns and the row groups of its years by byte range, with no long task over 200 ms while it loads, and gives native DuckDB’s rows', async () => {
    const page = await openFlows(baseUrl);
    expect(await waitForRuns(page, RESULT, 1)).toBe('done');
    const load = await transfersLoad(page);
    expect(load.mode).toBe('range');
    // The flows' years (2010–2011) lie in a few of the file's row groups (the manifest's index): only those are read.
    expect(load.rowGroups).not.toBeNull();
    expect(load.rowGroups!.length).toBeGreaterThan(0);
    expect(load.rows).toBeLessThan(load.totalRows);
    expect(load.columns).toEqual(expect.arrayContaining(['reporter_iso3', 'year', 'partner_iso3', 'value']));
    expect(load.columns).not.toContain('comments');
    expect(load.columns!.length).toBeLessThan(columnNames(transfers).length);
    expect(load.bytes).toBeLessThan(transfersBytes);
    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks);
    const during = longTasks.filter((t) => t.start + t.duration >= load.startTime && t.start <= load.startTime + load.duration);
    expect(
      during.filter((t) => t.duration > LONG_TASK_LIMIT_MS),
      JSON.stringify(during),
    ).toEqual([]);
    // The status line counted the rows as they arrived.
    const texts = await page.evaluate(() => (window as unknown as { statusTexts: string[] }).statusTexts);
    expect(
      texts.some((t) => /Loading table transfers… [\d,]+ of [\d,]+ rows \(.+ read\)/.test(t)),
      texts.join(' | '),
    ).toBe(true);
    await expectNativeRows(page);
    await page.context().close();
  });

  it('loads the whole file, checked against its sha256, from a host that ignores Range, with the same rows', async () => {
    const page = await openFlows(rangeless.url);
    expect(await waitForRuns(page, RESULT, 1)).toBe('done');
    const load = await transfersLoad(page);
    expect(load.mode).toBe('whole');
    expect(load.bytes).toBe(transfersBytes);
    expect(load.columns).toBeNull();
    await expectNativeRows(page);
    await page.context().close();
  });

  it('a range read the host fails is an error naming the file, not a result', async () => {
    const page = await openFlows(baseUrl, (route) => {
      const range = route.request().headers().range;
      // The probe for range support passes; reads of the file's data fail.
      if (range && range !== 'bytes=0-3') return route.fulfill({ status: 500, body: 'broken' });
      return route.continue();
    });
    expect(await waitForRuns(page, RESULT, 1)).toBe('error');
    expect(await page.locator(`${RESULT} .error-box`).innerText()).toMatch(/transfers\.parquet: /);
    await page.context().close();
  });

  it('a range answered with fewer bytes than asked is an error naming the file, not a smaller result', async () => {
    const file = readFileSync(join(DATA_DIR, 'transfers.parquet'));
    const page = await openFlows(baseUrl, (route) => {
      const m = /^bytes=(\d+)-(\d+)$/.exec(route.request().headers().range ?? '');
      if (!m || m[1] === '0') return route.continue();
      // A chunk cut short: the first half of the asked bytes, labelled as the whole range.
      const [start, end] = [Number(m[1]), Number(m[2])];
      return route.fulfill({
        status: 206,
        headers: { 'Content-Range': `bytes ${start}-${end}/${file.length}`, 'Content-Type': 'application/octet-stream' },
        body: file.subarray(start, start + Math.floor((end - start + 1) / 2)),
      });
    });
    expect(await waitForRuns(page, RESULT, 1)).toBe('error');
    expect(await page.locator(`${RESULT} .error-box`).innerText()).toMatch(/transfers\.parquet: /);
    await page.context().close();
  });
});
