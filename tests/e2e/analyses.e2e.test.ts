/**
 * The Analyses pages in Chromium: each page in each language (shell, axe, content), the barometer's
 * reweighting (ranks change, URL keeps the configuration, CSV), and figures compared with the same
 * named queries run in native DuckDB on the same Parquet files.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { barometerQuery, CRITERIA, DEFAULT_WEIGHTS, rankRows, scoreOf } from '../../src/queries/barometer.ts';
import { mirrorQuery, reconciliationByReportQuery, twoChannelsByYearQuery } from '../../src/queries/divergences.ts';
import { downloadText, nativeRows, parseCsv, waitForRuns } from './queryHelpers.ts';
import { expectNoSeriousAxeViolations, expectShell, LANGS, openCleanPage } from './shell.ts';
import { e2eSession } from './session.ts';

const { baseUrl, browser } = await e2eSession();

const PAGES = ['/analyses', '/analyses/compliance', '/analyses/barometer', '/analyses/divergences'] as const;

describe.each(LANGS)('Analyses pages (%s)', (lang) => {
  it.each(PAGES)('%s renders the shell, its content and no serious axe violation', async (path) => {
    const s = await openCleanPage(browser, baseUrl, `/${lang}${path}`);
    await expectShell(s.page, lang, path);
    if (path === '/analyses') expect(await s.page.locator('.analyses-list a').count()).toBe(3);
    else {
      // Every analysis shows its SQL with an SQL-console link and a CSV download.
      expect(await s.page.locator('.sql-block pre code').count()).toBeGreaterThan(0);
      expect(await s.page.locator(`.sql-block a[href^="/${lang}/sql#q="]`).count()).toBeGreaterThan(0);
      expect(await s.page.locator('.sql-block a[download]').count()).toBeGreaterThan(0);
    }
    if (path !== '/analyses') expect(await s.page.locator('.chart-frame svg').count()).toBeGreaterThan(0);
    await expectNoSeriousAxeViolations(s.page);
    await s.close();
  });
});

describe('compliance', () => {
  it('says plainly that ATT submission status is unknown, and lists one matrix row per State with a known entry into force', async () => {
    const [{ n: attReports }] = (await nativeRows(`SELECT count(*)::INTEGER AS n FROM reports WHERE instrument = 'ATT_ANNUAL'`)) as [{ n: number }];
    const [{ n: parties }] = (await nativeRows('SELECT count(*)::INTEGER AS n FROM states WHERE att_entry_into_force IS NOT NULL')) as [{ n: number }];
    const s = await openCleanPage(browser, baseUrl, '/en/analyses/compliance');
    const note = await s.page.textContent('#att-data-status');
    const legend = await s.page.locator('#compliance-summary .chart-legend').allTextContents();
    if (attReports === 0) {
      expect(note).toContain('UNKNOWN');
      expect(await s.page.locator('.matrix td.cell-late').count()).toBe(0);
      // An instrument with no report in the data is not drawn as a line at 0, and the chart says why.
      expect(legend.join(' ')).not.toContain('ATT annual reports in the data');
      expect(await s.page.textContent('#compliance-summary')).toContain('No ATT annual report is in the data yet');
    }
    await s.page.waitForSelector('.compliance-matrix');
    expect(await s.page.locator('.matrix tbody tr').count()).toBe(parties);
    await s.close();
  });

  it('filters the matrix by region and switches it to another, labelled instrument', async () => {
    const rows = await nativeRows(`SELECT region, count(*)::INTEGER AS n FROM states WHERE att_entry_into_force IS NOT NULL AND region = 'Africa' GROUP BY region`);
    const s = await openCleanPage(browser, baseUrl, '/fr/analyses/compliance');
    // Wait for hydration (on visible): the island then reacts to its selects.
    await s.page.locator('.compliance-matrix').scrollIntoViewIfNeeded();
    await s.page.waitForSelector('.compliance-matrix[data-hydrated="true"]', { timeout: 60_000 });
    await s.page.selectOption('.compliance-matrix select[name="region"]', 'Africa');
    await s.page.waitForFunction((n) => document.querySelectorAll('.matrix tbody tr').length === n, Number(rows[0]!.n));
    await s.page.selectOption('.compliance-matrix select[name="mode"]', 'unroca');
    expect(await s.page.getAttribute('.compliance-matrix', 'data-mode')).toBe('unroca');
    expect(await s.page.textContent('.compliance-matrix')).toContain('Registre de l’ONU');
    await s.close();
  });

  it('adds the obligations timeline to a State Party’s profile', async () => {
    const s = await openCleanPage(browser, baseUrl, '/es/countries/GBR');
    expect(await s.page.locator('#compliance-heading').count()).toBe(1);
    expect(await s.page.locator('.compliance-timeline tbody tr').count()).toBeGreaterThan(5);
    await s.close();
  });
});

/** The ranking as shown: iso3 codes in order, with their ranks. */
async function shownRanking(page: Page): Promise<string[]> {
  return page.locator('.barometer-ranking tbody tr').evaluateAll((trs) => trs.map((tr) => `${tr.getAttribute('data-rank')} ${tr.getAttribute('data-iso3')}`));
}

describe('barometer', () => {
  it('ranks like the barometer SQL in native DuckDB, and re-ranks when a weight changes (kept in the URL)', async () => {
    const native = await nativeRows(barometerQuery().sql);
    const s = await openCleanPage(browser, baseUrl, '/en/analyses/barometer');
    await s.page.waitForSelector('.barometer[data-ready="true"]');
    const year = Number(await s.page.inputValue('.barometer select[name="year"]'));
    const ofYear = native.filter((r) => r.year === year);
    const expected = (w: Record<string, number>) => rankRows(ofYear.map((r) => ({ iso3: String(r.iso3), score: scoreOf(r, w) }))).map((r) => `${r.rank} ${r.iso3}`);
    const before = await shownRanking(s.page);
    expect(before).toEqual(expected(DEFAULT_WEIGHTS));

    // Put all weight on one criterion whose ranking differs from the default one.
    const changed = CRITERIA.map((c) => ({ ...DEFAULT_WEIGHTS, [c.id]: 100 })).find((w) => expected(w).join() !== before.join());
    expect(changed, 'some criterion reorders the ranking').toBeDefined();
    const id = CRITERIA.find((c) => changed![c.id] === 100)!.id;
    await s.page.fill(`#w-${id}`, '100');
    await s.page.waitForFunction((b) => [...document.querySelectorAll('.barometer-ranking tbody tr')].map((tr) => `${tr.getAttribute('data-rank')} ${tr.getAttribute('data-iso3')}`).join() !== b, before.join());
    expect(await shownRanking(s.page)).toEqual(expected(changed!));
    expect(new URL(s.page.url()).searchParams.get('w')).toBe(`${id}:100`);

    // Switching a criterion off (checkbox) sets its weight to 0.
    await s.page.uncheck(`#on-${id}`);
    expect(await s.page.inputValue(`#w-${id}`)).toBe('0');
    await s.page.waitForFunction(() => new URL(location.href).searchParams.get('w') !== null);
    expect(await shownRanking(s.page)).toEqual(expected({ ...DEFAULT_WEIGHTS, [id]: 0 }));

    // The CSV holds every scored State-year with the weights in force.
    const csv = await downloadText(s.page, '.barometer-controls button');
    const [header, ...rows] = parseCsv(csv.text);
    expect(header!.slice(0, 2)).toEqual(['iso3', 'year']);
    expect(rows).toHaveLength(native.length);
    expect(rows.every((r) => r[header!.indexOf(`${id}_weight`)] === '0')).toBe(true);
    await s.close();
  });

  it('opens its full SQL in the SQL console, which scores as many State-years as native DuckDB', async () => {
    const native = await nativeRows(barometerQuery().sql);
    const s = await openCleanPage(browser, baseUrl, '/fr/analyses/barometer');
    const href = await s.page.locator('#methodology ~ .sql-block a[data-open-sql]').first().getAttribute('href');
    await s.page.goto(new URL(href!, baseUrl).href);
    expect(await waitForRuns(s.page, '.sql-result', 1)).toBe('result');
    expect(await s.page.locator('.sql-result table tbody tr').count()).toBe(native.length);
    await s.close();
  });

  it('in French: site-styled buttons, one score format in chart and ranking, weights with a decimal comma', async () => {
    const s = await openCleanPage(browser, baseUrl, '/fr/analyses/barometer');
    await s.page.waitForSelector('.barometer[data-ready="true"]');
    // Every button of the island wears the site's secondary style, not the browser's grey.
    const buttons = await s.page.locator('.barometer button').evaluateAll((bs) => bs.map((b) => b.className));
    expect(buttons.length).toBeGreaterThan(0);
    expect(buttons.every((c) => c.split(' ').includes('button-secondary'))).toBe(true);
    const [styled, plain] = await s.page.evaluate(() => {
      const b = document.querySelector('.barometer button')!;
      const bare = document.body.appendChild(document.createElement('button'));
      const out = [getComputedStyle(b).borderRadius + getComputedStyle(b).backgroundColor, getComputedStyle(bare).borderRadius + getComputedStyle(bare).backgroundColor];
      bare.remove();
      return out;
    });
    expect(styled).not.toBe(plain);

    // The top-score chart's table and the ranking print the same State's score alike: "15,1".
    const [chartState, chartScore] = (await s.page.locator('#barometer-top-table tbody tr').first().locator('th,td').allTextContents()).map((x) => x.trim());
    const rankingScore = await s.page.locator('.barometer-ranking tbody tr').evaluateAll(
      (trs, name) =>
        trs
          .find((tr) => tr.querySelector('th')?.textContent?.trim() === name)
          ?.querySelectorAll('td')[1]
          ?.textContent?.trim(),
      chartState,
    );
    expect(rankingScore).toMatch(/^\d+,\d$/);
    expect(rankingScore).toBe(chartScore);

    // A weight of 1.5 points reads "1,5", and "2,5" typed in French is taken as 2.5.
    const half = CRITERIA.find((c) => !Number.isInteger(c.points))!;
    expect(await s.page.inputValue(`#w-${half.id}`)).toBe(String(half.points).replace('.', ','));
    await s.page.fill(`#w-${half.id}`, '2,5');
    await s.page.waitForFunction((id) => (new URL(location.href).searchParams.get('w') ?? '').includes(`${id}:2.5`), half.id);
    await s.page.locator(`#w-${half.id}`).blur();
    expect(await s.page.inputValue(`#w-${half.id}`)).toBe('2,5');
    await s.close();
  });

  it('restores weights and year from the URL', async () => {
    const s = await openCleanPage(browser, baseUrl, '/es/analyses/barometer?year=2012&w=deliveries:0,value:7');
    await s.page.waitForSelector('.barometer[data-ready="true"]');
    expect(await s.page.inputValue('#w-deliveries')).toBe('0');
    expect(await s.page.inputValue('#w-value')).toBe('7');
    expect(await s.page.inputValue('.barometer select[name="year"]')).toBe('2012');
    await s.close();
  });
});

describe('divergences', () => {
  const num = (text: string) => Number(text.replace(/[^\d.-]/g, ''));

  it('shows the UK’s two instruments per year as native DuckDB computes them', async () => {
    const q = twoChannelsByYearQuery('EU_COARM', 'UK_SIEL', 'GBR');
    const rows = await nativeRows(q.sql, q.params);
    expect(rows.length).toBeGreaterThan(0);
    const s = await openCleanPage(browser, baseUrl, '/en/analyses/divergences');
    const cells = await s.page.locator('#two-years tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th,td')].map((c) => c.textContent ?? '')));
    expect(cells.map((c) => [num(c[0]!), num(c[2]!), num(c[3]!), num(c[4]!)])).toEqual(rows.map((r) => [r.year, r.a_licences, r.b_licences, r.licences_difference]));
    await s.close();
  });

  it('reports the number of mirror pairs and the reconciliation counts that native DuckDB finds', async () => {
    const q = mirrorQuery(200);
    const pairs = await nativeRows(q.sql, q.params);
    const recon = await nativeRows(reconciliationByReportQuery().sql);
    const s = await openCleanPage(browser, baseUrl, '/en/analyses/divergences');
    expect(Number(await s.page.getAttribute('#mirror-status', 'data-pairs'))).toBe(pairs.length);
    if (pairs.length === 0) expect(await s.page.textContent('#mirror-status')).toContain('No mirror pairs exist');
    const sum = (k: string) => recon.reduce((n, r) => n + Number(r[k]), 0);
    const summary = (await s.page.textContent('#recon-summary'))!;
    const figures = (summary.match(/\d[\d,]*/g) ?? []).map((x) => Number(x.replaceAll(',', '')));
    expect(figures).toEqual([new Set(recon.map((r) => r.report_id)).size, sum('totals'), sum('matched'), sum('mismatched'), sum('no_lines')]);
    await s.close();
  });

  it('opens a comparison in the SQL console, which returns the same rows as native DuckDB', async () => {
    const q = twoChannelsByYearQuery('EU_COARM', 'UK_SIEL', 'GBR');
    const rows = await nativeRows(q.sql, q.params);
    const s = await openCleanPage(browser, baseUrl, '/en/analyses/divergences');
    const href = await s.page.locator('#two-heading ~ .sql-block a[data-open-sql]').first().getAttribute('href');
    await s.page.goto(new URL(href!, baseUrl).href);
    expect(await waitForRuns(s.page, '.sql-result', 1)).toBe('result');
    expect(await s.page.locator('.sql-result table tbody tr').count()).toBe(rows.length);
    await s.close();
  });
});
