/**
 * The EU brokering, consultation and mission tables on the built site: the section on Germany's
 * profile (DEU brokers, consults and exports to missions in the real data) in EN/FR/ES, its figures
 * equal to sums of native DuckDB results on the same Parquet, and its links opening the rows in the SQL console.
 */
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/i18n/index.ts';
import { euRowsQuery, euYearsQuery } from '../../src/queries/euReports.ts';
import { formatYearRanges } from '../../src/specs/series.ts';
import { nativeRows, waitForRuns } from './queryHelpers.ts';
import { expectNoSeriousAxeViolations, LANGS, openCleanPage } from './shell.ts';
import { e2eSession } from './session.ts';

const { baseUrl, browser } = await e2eSession();
const ISO3 = 'DEU';
const HEADINGS_BROKERING = { en: /^Brokering/, fr: /^Courtage/, es: /^Corretaje/ };
const HEADINGS_CONSULT = { en: /^Consultations: initiated/, fr: /^Consultations : engagées/, es: /^Consultas: iniciadas/ };
const HEADINGS = { en: /EU annual reports: brokering/, fr: /Rapports annuels de l’UE : courtage/, es: /Informes anuales de la UE: corretaje/ };

describe.each(LANGS)('EU annual-report section on a country profile (%s)', (lang) => {
  it('shows DEU’s brokering, consultations and missions summed over their years, as native DuckDB computes them', async () => {
    const q = euYearsQuery(ISO3);
    const years = await nativeRows(q.sql, q.params);
    expect(years.length).toBeGreaterThan(0);
    const s = await openCleanPage(browser, baseUrl, `/${lang}/countries/${ISO3}`);
    const section = s.page.locator('section.eu-reports');
    expect(await section.locator('h2').textContent()).toMatch(HEADINGS[lang]);
    // DEU brokers, consults and exports to missions: a row for each, with the sums over the years.
    const sum = (k: string) => years.reduce((n, y) => n + Number(y[k] ?? 0), 0);
    const cells = await section.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent?.trim() ?? '')));
    expect(cells.length).toBeGreaterThanOrEqual(4);
    const brokeringYears = years.filter((y) => y.brokering_issued !== null || y.brokering_refused !== null).map((y) => Number(y.year));
    expect(cells[0]).toEqual([
      expect.stringMatching(HEADINGS_BROKERING[lang]),
      formatYearRanges(brokeringYears),
      `${formatNumber(lang, sum('brokering_issued'))} / ${sum('brokering_refused') ? formatNumber(lang, sum('brokering_refused')) : '–'}`,
    ]);
    expect(sum('brokering_issued')).toBeGreaterThan(0);
    const consultations = cells.find((c) => HEADINGS_CONSULT[lang].test(c[0]!))!;
    expect(consultations[2]).toBe(`${formatNumber(lang, sum('consult_initiated'))} / ${formatNumber(lang, sum('consult_received'))}`);
    const links = await section.locator('a[data-table]').evaluateAll((as) => as.map((a) => a.getAttribute('data-table')));
    expect(links).toEqual(['eu_brokering', 'eu_consultations', 'eu_missions']);
    await expectNoSeriousAxeViolations(s.page);
    expect(s.consoleErrors).toEqual([]);
    await s.close();
  });
});

describe.each(LANGS)('EU tables in the SQL console (%s)', (lang) => {
  it('opens the brokering rows of DEU from the profile link and shows every row native DuckDB returns', async () => {
    const s = await openCleanPage(browser, baseUrl, `/${lang}/countries/${ISO3}`);
    const href = await s.page.locator('section.eu-reports a[data-table="eu_brokering"]').getAttribute('href');
    expect(href).toMatch(new RegExp(`^/${lang}/sql[?#]q=`));
    await s.page.goto(`${baseUrl}${href}`);
    expect(await waitForRuns(s.page, '.sql-result', 1)).toBe('result');
    const q = euRowsQuery('eu_brokering', ISO3);
    const native = await nativeRows(q.sql, q.params);
    expect(native.length).toBeGreaterThan(0);
    expect(await s.page.locator('.sql-result table tbody tr').count()).toBe(Math.min(native.length, 1000));
    expect(s.foreignRequests).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
    await s.close();
  });

  it('lists the three tables with their row counts', async () => {
    const s = await openCleanPage(browser, baseUrl, `/${lang}/sql`);
    const text = await s.page.locator('main').textContent();
    for (const t of ['eu_brokering', 'eu_consultations', 'eu_missions']) expect(text).toContain(t);
    await s.close();
  });
});
