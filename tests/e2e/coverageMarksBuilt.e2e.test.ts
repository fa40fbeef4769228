/**
 * Coverage is visible on the charts drawn at build time too (issue 12, item 11): Trends, the home
 * page, a country profile and the compliance summary hatch the years a source does not cover — a
 * dated source's part year (UK SIEL's last year, January–March), the years after an instrument's
 * last report in the data (the UN Register's index ends in 2022) — name them under the chart and
 * key them in the legend, in three languages. Expected years come from native DuckDB.
 */
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chartClarity } from '../../src/i18n/strings/chartClarity.ts';
import { nativeRows } from './queryHelpers.ts';
import { e2eSession } from './session.ts';
import { LANGS, openCleanPage } from './shell.ts';

const { baseUrl, browser } = await e2eSession();
const month = (lang: string, m: number) => new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, m - 1, 1)));
const marked = async (frame: Locator) => ((await frame.locator('.chart-coverage').getAttribute('data-not-covered')) ?? '').split(',').filter(Boolean).map(Number);
const range = (a: number, b: number) => Array.from({ length: Math.max(0, b - a + 1) }, (_, i) => a + i);

/** A dated source whose last year covers only some months, with those months. */
async function partialEnd() {
  const [end] = await nativeRows(`SELECT source_id, year::INTEGER AS year, month(min(decision_date))::INTEGER AS a, month(max(decision_date))::INTEGER AS b FROM transfers
    WHERE decision_date IS NOT NULL AND direction = 'export' AND year = (SELECT max(year) FROM transfers t2 WHERE t2.source_id = transfers.source_id) GROUP BY ALL HAVING a > 1 OR b < 12 ORDER BY source_id LIMIT 1`);
  expect(end, 'a dated source whose last year is partial').toBeDefined();
  return { source: String(end!.source_id), year: Number(end!.year), from: Number(end!.a), to: Number(end!.b) };
}

async function expectMarked(frame: Locator, lang: (typeof LANGS)[number], years: readonly number[]) {
  const got = await marked(frame);
  for (const y of years) expect(got).toContain(y);
  expect(await frame.locator('.chart-coverage').textContent()).toContain(chartClarity.notCoveredNote[lang].split('{sources}')[0]!.trim());
  expect((await frame.locator('.chart-legend .legend-not-covered').textContent())?.trim()).toBe(chartClarity.notCovered[lang]);
  expect(await frame.locator('.chart-svg svg [fill^="url(#not-covered"]').count()).toBeGreaterThan(0);
}

describe.each(LANGS)('coverage marks on build-time charts (%s)', (lang) => {
  it('Trends: the charts of a source whose last year is partial hatch that year and name its months', async () => {
    const end = await partialEnd();
    const s = await openCleanPage(browser, baseUrl, `/${lang}/trends`);
    const frames = s.page.locator('.chart-frame').filter({ has: s.page.locator(`.chart-coverage[data-not-covered*="${end.year}"]`) });
    expect(await frames.count()).toBeGreaterThan(0);
    const first = frames.first();
    await expectMarked(first, lang, [end.year]);
    const note = (await first.locator('.chart-coverage').textContent()) ?? '';
    expect(note).toContain(month(lang, end.from));
    expect(note).toContain(month(lang, end.to));
    await s.close();
  });

  it('home: reporting States per year hatch the years after an instrument’s last report, never as zero States', async () => {
    const last = await nativeRows(`SELECT instrument, max(year)::INTEGER AS last FROM reports WHERE year IS NOT NULL AND reporter_iso3 IS NOT NULL GROUP BY 1`);
    const top = Math.max(...last.map((r) => Number(r.last)));
    const ended = last.filter((r) => Number(r.last) < top);
    expect(ended.length, 'an instrument whose reports end before the others').toBeGreaterThan(0);
    const s = await openCleanPage(browser, baseUrl, `/${lang}/`);
    await expectMarked(s.page.locator('#home-reporting'), lang, range(Math.min(...ended.map((r) => Number(r.last))) + 1, top));
    await s.close();
  });

  it('a country profile: the flow of a source with a partial last year hatches it', async () => {
    const end = await partialEnd();
    const [who] = await nativeRows(`SELECT reporter_iso3 AS iso3 FROM transfers WHERE source_id = ? AND direction = 'export' AND reporter_iso3 IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`, [end.source]);
    const s = await openCleanPage(browser, baseUrl, `/${lang}/countries/${who!.iso3}`);
    const frame = s.page
      .locator('.chart-frame')
      .filter({ has: s.page.locator(`.chart-coverage[data-not-covered*="${end.year}"]`) })
      .first();
    await expectMarked(frame, lang, [end.year]);
    await s.close();
  });

  it('compliance: the UN Register series hatches the years after the Register’s last report in the data', async () => {
    const [un] = await nativeRows(`SELECT max(year)::INTEGER AS last FROM reports WHERE instrument = 'UNROCA' AND reporter_iso3 IS NOT NULL`);
    const s = await openCleanPage(browser, baseUrl, `/${lang}/analyses/compliance`);
    const frame = s.page.locator('#compliance-summary');
    const years = (await frame.locator(`#compliance-summary-table tbody tr > :first-child`).allTextContents()).map(Number);
    const after = range(Number(un!.last) + 1, Math.max(...years));
    expect(after.length, 'the summary runs past the Register’s last year').toBeGreaterThan(0);
    await expectMarked(frame, lang, after);
    await s.close();
  });
});
