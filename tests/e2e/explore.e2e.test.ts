import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exploreQuery } from '../../src/queries/explore.ts';
import { defaultState, parseExploreQuery, serializeExploreState, type ExploreState } from '../../src/queries/exploreState.ts';
import { inlineParams } from '../../src/queries/sqlText.ts';
import { asCsvCells, downloadBytes, downloadText, nativeRows, parseCsv, runsOf, waitForRuns } from './queryHelpers.ts';
import { expectNoSeriousAxeViolations, expectShell, LANGS, openCleanPage } from './shell.ts';
import { e2eSession } from './session.ts';

const { baseUrl, browser } = await e2eSession();
const RESULT = '.explore-result';
/** The reporter with the most facts that have a value: a filter with data behind it on any build. */
let reporter: string;

beforeAll(async () => {
  const [top] = await nativeRows('SELECT reporter_iso3 FROM transfers WHERE value IS NOT NULL AND reporter_iso3 IS NOT NULL GROUP BY reporter_iso3 ORDER BY count(*) DESC, reporter_iso3 LIMIT 1');
  reporter = String(top!.reporter_iso3);
});

describe.each(LANGS)('Explore page (%s)', (lang) => {
  it('renders the shell and a static summary, runs the default query, and stays clean (axe, requests, console)', async () => {
    const s = await openCleanPage(browser, baseUrl, `/${lang}/explore`);
    await expectShell(s.page, lang, '/explore');
    expect(await s.page.locator('#explore-tables-heading').count()).toBe(1);
    expect(await waitForRuns(s.page, RESULT, 1)).toBe('done');
    expect(await s.page.locator('.explore-chart svg[role="img"]').count()).toBeGreaterThan(0);
    expect((await s.page.locator('.explore-chart .chart-alt').first().textContent())?.length).toBeGreaterThan(20);
    await expectNoSeriousAxeViolations(s.page);
    expect(s.foreignRequests).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
    await s.close();
  });
});

describe('Explore queries against native DuckDB on the same Parquet files', () => {
  it('gives the same rows as native DuckDB, in the table and in the CSV download', async () => {
    const state: ExploreState = { ...defaultState(), reporter: [reporter], group: ['year', 'basis'], measure: 'value' };
    const s = await openCleanPage(browser, baseUrl, `/en/explore?${serializeExploreState(state)}`);
    expect(await waitForRuns(s.page, RESULT, 1)).toBe('done');
    const q = exploreQuery(state);
    const native = await nativeRows(q.sql, q.params);
    expect(native.length).toBeGreaterThan(0);
    expect(await s.page.locator(`${RESULT} table tbody tr`).count()).toBe(native.length);
    const csv = await downloadText(s.page, `${RESULT} [data-download="csv"]`);
    expect(csv.name).toBe('att-explore-value-by-year-basis.csv');
    const [header, ...rows] = parseCsv(csv.text);
    expect(header).toEqual(['year', 'basis', 'direction', 'currency', 'value']);
    expect(rows).toEqual(asCsvCells(native, header!));
    const sqlFile = await downloadText(s.page, `${RESULT} [data-download="sql"]`);
    expect(sqlFile.text).toContain(inlineParams(q));
    // The Parquet download, read back by native DuckDB, holds the same rows.
    const parquet = await downloadBytes(s.page, `${RESULT} [data-download="parquet"]`);
    const dir = await mkdtemp(join(tmpdir(), 'att-explore-'));
    try {
      const file = join(dir, parquet.name);
      await writeFile(file, parquet.bytes);
      expect(await nativeRows(`SELECT * FROM read_parquet('${file.replaceAll("'", "''")}')`)).toEqual(native);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    expect(s.foreignRequests).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
    await s.close();
  });

  it('round-trips a permalink: controls changed by keyboard and mouse give a URL that restores the same view', async () => {
    const s = await openCleanPage(browser, baseUrl, '/en/explore');
    await waitForRuns(s.page, RESULT, 1);
    let runs = await runsOf(s.page, RESULT);
    await s.page.getByRole('combobox', { name: /^Measure/ }).selectOption('facts');
    await waitForRuns(s.page, RESULT, ++runs);
    await s.page.getByRole('combobox', { name: /^Group by \(2\)/ }).selectOption('basis');
    await waitForRuns(s.page, RESULT, ++runs);
    // Keyboard: focus the checkbox and toggle it with the space bar.
    await s.page.getByRole('checkbox', { name: 'authorized' }).focus();
    await s.page.keyboard.press('Space');
    await waitForRuns(s.page, RESULT, ++runs);
    await s.page.getByRole('button', { name: /^Facts/ }).click(); // sort by the measure (no new query)

    const url = new URL(s.page.url());
    const expected: ExploreState = { ...defaultState(), basis: ['authorized'], group: ['year', 'basis'], measure: 'facts', sort: { column: 'facts', desc: true } };
    expect(url.search.slice(1)).toBe(serializeExploreState(expected));
    expect(parseExploreQuery(url.search).state).toEqual(expected);
    const table = await s.page.locator(`${RESULT} table`).innerText();

    const again = await openCleanPage(browser, baseUrl, `${url.pathname}${url.search}`);
    await waitForRuns(again.page, RESULT, 1);
    expect(await again.page.getByRole('combobox', { name: /^Measure/ }).inputValue()).toBe('facts');
    expect(await again.page.getByRole('combobox', { name: /^Group by \(2\)/ }).inputValue()).toBe('basis');
    expect(await again.page.getByRole('checkbox', { name: 'authorized' }).isChecked()).toBe(true);
    expect(await again.page.locator(`${RESULT} table`).innerText()).toBe(table);
    expect(new URL(again.page.url()).search).toBe(url.search);
    for (const x of [s, again]) expect(x.consoleErrors).toEqual([]);
    await s.close();
    await again.close();
  });

  it('replaces bad URL parameters by defaults and says so', async () => {
    const s = await openCleanPage(browser, baseUrl, '/fr/explore?measure=weight&group=year&reporter=xx');
    await waitForRuns(s.page, RESULT, 1);
    const notice = await s.page.locator('.explore .note[role="alert"]').textContent();
    expect(notice).toContain('measure=weight');
    expect(notice).toContain('reporter=xx');
    expect(new URL(s.page.url()).search).toBe('?group=year&measure=value');
    await s.close();
  });

  it('hands its SQL to the console, which gets the same rows', async () => {
    const state: ExploreState = { ...defaultState(), reporter: [reporter], group: ['partner_region'], measure: 'facts' };
    const s = await openCleanPage(browser, baseUrl, `/en/explore?${serializeExploreState(state)}`);
    await waitForRuns(s.page, RESULT, 1);
    // The console's own state says when it is ready (data-runs); the page's load event is not waited for.
    await Promise.all([s.page.waitForURL(/\/en\/sql\?q=/, { waitUntil: 'commit' }), s.page.getByRole('link', { name: 'Open in the SQL console' }).click()]);
    const outcome = await waitForRuns(s.page, '.sql-result', 1);
    // On failure, say what the console showed instead of a result.
    expect({ outcome, shown: outcome === 'result' ? '' : await s.page.locator('.sql-result').innerText() }).toEqual({ outcome: 'result', shown: '' });
    const csv = await downloadText(s.page, '.sql-result [data-download="csv"]');
    const [header, ...rows] = parseCsv(csv.text);
    const q = exploreQuery(state);
    expect(rows).toEqual(asCsvCells(await nativeRows(q.sql, q.params), header!));
    expect(s.consoleErrors).toEqual([]);
    await s.close();
  });

  it('draws every chart kind for typical groupings without an error', async () => {
    const s = await openCleanPage(browser, baseUrl, '/en/explore');
    await waitForRuns(s.page, RESULT, 1);
    for (const [g1, g2] of [
      ['year', ''],
      ['year', 'basis'],
      ['partner_region', ''],
      ['att_category', 'basis'],
    ] as const) {
      await s.page.getByRole('combobox', { name: /^Group by \(1\)/ }).selectOption(g1);
      if (await s.page.getByRole('combobox', { name: /^Group by \(2\)/ }).count()) await s.page.getByRole('combobox', { name: /^Group by \(2\)/ }).selectOption(g2);
      const group = g2 ? `${g1},${g2}` : g1;
      await s.page.waitForFunction((g) => new URLSearchParams(window.location.search).get('group') === g, group);
      // Until the result on screen is this grouping's own (no longer stale) and finished: past the
      // island's debounce without guessing its length.
      await s.page.waitForSelector(`${RESULT}[data-stale="no"]:not([data-result-state="pending"])`);
      expect(await s.page.getAttribute(RESULT, 'data-result-state')).toBe('done');
      for (const kind of ['line', 'bar', 'stacked', 'multiples']) {
        await s.page.getByRole('combobox', { name: /^Chart/ }).selectOption(kind);
        await s.page.waitForSelector('.explore-chart svg[role="img"]');
        expect(s.consoleErrors, `${g1},${g2} ${kind}`).toEqual([]);
      }
    }
    await s.close();
  });

  it('looks right on a phone and on a desktop (screenshots in test-results/)', async () => {
    for (const viewport of ['phone', 'desktop'] as const) {
      const s = await openCleanPage(browser, baseUrl, `/en/explore?group=year,basis&measure=value&chart=bar`, viewport);
      await waitForRuns(s.page, RESULT, 1);
      const overflow = await s.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'horizontal page overflow').toBeLessThanOrEqual(0);
      await s.page.screenshot({ path: `test-results/explore-${viewport}.png`, fullPage: true });
      await s.close();
    }
  });
});
