/**
 * A reader's own rows in the barometer and the divergences, in Chromium, on a SYNTHETIC annual-report
 * transcription (tests/fixtures/your-data/synthetic-annual-report-mirror.csv: Norway 2015, invented
 * exports to States that reported imports from Norway to the UN Register that year). Kept on the
 * Your data page, the file's State-year appears in the barometer with the score the barometer SQL
 * gives in native DuckDB on the same rows, and the divergences page pairs it with the partners'
 * reported imports, with the difference the mirror SQL gives natively; forgotten, both are gone and
 * neither page starts DuckDB. No request leaves the site's origin.
 */
import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { yourData } from '../../src/i18n/strings/yourData.ts';
import { yourRows } from '../../src/i18n/strings/yourRows.ts';
import { checkFiles } from '../../src/pipeline/fileCheck.ts';
import { loadTable } from '../../src/pipeline/publish.ts';
import { barometerQuery } from '../../src/queries/barometer.ts';
import { yourMirrorQuery } from '../../src/queries/yourMirrors.ts';
import { reports, transfers } from '../../src/schema/index.ts';
import { runFixtureQuery, type PlainRow } from '../helpers/fixtureTables.ts';
import { waitForRuns } from './queryHelpers.ts';
import { e2eSession } from './session.ts';
import { expectNoSeriousAxeViolations, LANGS, openCleanPage } from './shell.ts';

const { baseUrl, browser } = await e2eSession();
// Each page starts DuckDB and loads transfers in the browser: slow on a busy machine.
vi.setConfig({ testTimeout: 300_000 });
const FILE = resolve('tests/fixtures/your-data/synthetic-annual-report-mirror.csv');
const DATA = resolve(process.env.ATT_DIST_DIR ?? 'dist', 'data');
const SHOTS = resolve('test-results/your-rows');

let nativeScore: PlainRow;
let nativePairs: PlainRow[];

/** The published tables and the file's rows (checked by the same code as the page's worker) in native DuckDB. */
beforeAll(async () => {
  const check = await checkFiles([{ name: basename(FILE), bytes: new Uint8Array(readFileSync(FILE)) }], { now: new Date() });
  expect(check.rejects).toEqual([]);
  const conn = await (await DuckDBInstance.create(':memory:')).connect();
  await loadTable(conn, transfers, check.tables.transfers);
  await loadTable(conn, reports, check.tables.reports);
  for (const table of ['transfers', 'reports']) await conn.run(`INSERT INTO "${table}" BY NAME SELECT * FROM read_parquet('${join(DATA, `${table}.parquet`)}')`);
  await conn.run(`CREATE TABLE states AS SELECT * FROM read_parquet('${join(DATA, 'states.parquet')}')`);
  nativeScore = (await runFixtureQuery(conn, barometerQuery())).find((r) => r.iso3 === 'NOR' && r.year === 2015)!;
  nativePairs = await runFixtureQuery(conn, yourMirrorQuery('en'));
  conn.closeSync();
});

async function keepFile(page: Page, lang: string): Promise<void> {
  await page.goto(new URL(`/${lang}/your-data`, baseUrl).href);
  await page.waitForSelector('.your-data[data-hydrated="true"]');
  await page.check('input[type="checkbox"]');
  await page.setInputFiles('.drop-zone input[type="file"]', [FILE]);
  await page.waitForSelector('.your-files', { timeout: 120_000 });
}

/** Requests for the query engine or the tables: what a page that starts DuckDB asks for. */
const engineRequests = (urls: readonly string[]) => urls.filter((u) => /duckdb|\.parquet|\.wasm/.test(new URL(u).pathname));

describe.each(LANGS)('A reader’s file in the barometer and the divergences (%s)', (lang) => {
  it('scores its State-year as native DuckDB does, pairs it with the partners’ imports, and forgets both', async () => {
    expect(nativeScore, 'Norway 2015 scored natively').toBeDefined();
    const lva = nativePairs.find((p) => p.exporter === 'NOR' && p.importer === 'LVA' && p.att_category === 'II')!;
    // 40 items reported by the file, 50 by Latvia to the UN Register (published).
    expect(lva).toMatchObject({ partner_instrument: 'UNROCA', reported_by: 'both', exporter_items: 40, importer_items: 50, items_difference: -10, items_ratio: 0.8 });

    const s = await openCleanPage(browser, baseUrl, `/${lang}/your-data`);
    await keepFile(s.page, lang);

    // Barometer: the panel and the ranking show Norway 2015 with the native score, labelled.
    await s.page.goto(new URL(`/${lang}/analyses/barometer`, baseUrl).href);
    await s.page.waitForSelector('.barometer[data-yours="done"]', { timeout: 240_000 });
    const panel = s.page.locator('.your-barometer tr[data-iso3="NOR"][data-year="2015"]');
    expect(Number(await panel.getAttribute('data-score'))).toBe(nativeScore.score);
    expect((await s.page.locator('#your-barometer-heading').innerText()).trim()).toBe(`◆ ${t(lang, yourRows, 'yoursHeading')}`);
    await panel.locator('button').click();
    const ranked = s.page.locator('.barometer-ranking tr[data-iso3="NOR"]');
    expect(await ranked.getAttribute('data-source')).toBe('your-file');
    expect(Number(await ranked.getAttribute('data-score'))).toBe(nativeScore.score);
    expect(await ranked.locator('.your-file-mark').innerText()).toContain(t(lang, yourData, 'fromYourFile'));
    expect(await s.page.locator('.barometer-ranking tr[data-source="your-file"]').count()).toBe(1);
    await expectNoSeriousAxeViolations(s.page);
    if (lang === 'en') {
      await screenshots(s.page, 'barometer', '.your-barometer');
      await screenshots(s.page, 'barometer-ranking', '.barometer-ranking tr[data-source="your-file"]');
    }

    // Divergences: the file's pairs, with the differences the mirror SQL gives natively.
    await s.page.goto(new URL(`/${lang}/analyses/divergences`, baseUrl).href);
    // The island hydrates when the browser is idle; hidden until it knows of a file.
    await s.page.waitForSelector('.your-mirrors[data-state="done"]', { timeout: 240_000 });
    expect((await s.page.locator('#your-mirrors-heading').innerText()).trim()).toBe(`◆ ${t(lang, yourRows, 'mirrorHeading')}`);
    const shown = await s.page.locator('.your-mirror-table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => {
        const d = (tr as HTMLElement).dataset;
        return [d.exporter, d.importer, Number(d.year), d.category, d.instrument, d.difference === '' ? null : Number(d.difference)];
      }),
    );
    expect(shown).toEqual(nativePairs.map((p) => [p.exporter, p.importer, p.year, p.att_category, p.partner_instrument, p.items_difference]));
    const row = s.page.locator('.your-mirror-table tr[data-exporter="NOR"][data-importer="LVA"][data-category="II"]');
    expect(await row.getAttribute('data-difference')).toBe('-10');
    await expectNoSeriousAxeViolations(s.page);
    if (lang === 'en') {
      await screenshots(s.page, 'divergences', '.your-mirrors');
      // The console sees the file's rows too: its link gives the same pairs.
      await s.page.locator('.your-mirrors a[href*="/sql"]').click();
      expect(await waitForRuns(s.page, '.sql-result', 1)).toBe('result');
      expect(await s.page.locator('.sql-result table tbody tr').count()).toBe(nativePairs.length);
    }

    // Forget: both pages are as published again, and start no query engine.
    await s.page.goto(new URL(`/${lang}/your-data`, baseUrl).href);
    await s.page.click('.your-files button');
    await s.page.waitForSelector('.your-files', { state: 'detached' });
    const before = s.requests.length;
    await s.page.goto(new URL(`/${lang}/analyses/barometer`, baseUrl).href);
    await s.page.waitForSelector('.barometer[data-yours="none"]');
    expect(await s.page.locator('.your-barometer').count()).toBe(0);
    expect(await s.page.locator('.barometer-ranking tr[data-source="your-file"]').count()).toBe(0);
    await s.page.goto(new URL(`/${lang}/analyses/divergences`, baseUrl).href);
    await s.page.waitForSelector('.your-mirrors[data-state="none"]', { state: 'attached' });
    expect(await s.page.locator('.your-mirror-table').count()).toBe(0);
    expect(engineRequests(s.requests.slice(before)), 'query engine or tables requested without a file').toEqual([]);

    expect(s.foreignRequests).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
    await s.close();
    // Four pages, three of which start DuckDB: on a loaded 2-core machine this takes over two minutes;
    // the waits inside allow 240 s each, so the test as a whole gets as long.
  }, 300_000);
});

/** The page at 1280 and 390 px, scrolled to the reader's part. */
async function screenshots(page: Page, name: string, part: string): Promise<void> {
  for (const [width, height] of [
    [1280, 900],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.locator(part).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}
