/**
 * Coverage is visible (issue 12, item 11): years a chart's source does not cover — derived from
 * the data, e.g. UK SIEL's last year covering only some months, a source with no imports — are
 * hatched and named under the chart, never drawn as zero; the barometer opens on its latest year,
 * downloads one year or all years with State names, and says which URL settings it did not understand.
 */
import { describe, expect, it } from 'vitest';
import { chartClarity } from '../../src/i18n/strings/chartClarity.ts';
import { explore } from '../../src/i18n/strings/explore.ts';
import { barometerQuery } from '../../src/queries/barometer.ts';
import { defaultState, serializeExploreState } from '../../src/queries/exploreState.ts';
import { downloadText, nativeRows, parseCsv, waitForRuns } from './queryHelpers.ts';
import { e2eSession } from './session.ts';
import { LANGS, openCleanPage } from './shell.ts';

const { baseUrl, browser } = await e2eSession();
const RESULT = '.explore-result';
const month = (lang: string, m: number) => new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, m - 1, 1)));

describe.each(LANGS)('coverage marks in Explore (%s)', (lang) => {
  it('hatches and names a last year that a dated source covers only in part', async () => {
    // The source's last year and the months its decisions span, from the data.
    const [end] = await nativeRows(`SELECT source_id, year::INTEGER AS year, month(min(decision_date))::INTEGER AS a, month(max(decision_date))::INTEGER AS b FROM transfers
      WHERE decision_date IS NOT NULL AND year = (SELECT max(year) FROM transfers t2 WHERE t2.source_id = transfers.source_id) GROUP BY ALL HAVING a > 1 OR b < 12 ORDER BY source_id LIMIT 1`);
    expect(end, 'a dated source whose last year is partial').toBeDefined();
    const state = { ...defaultState(), source: [String(end!.source_id)], group: ['year'] as never, measure: 'licences' as const, direction: 'export' as const };
    const s = await openCleanPage(browser, baseUrl, `/${lang}/explore?${serializeExploreState(state)}`);
    expect(await waitForRuns(s.page, RESULT, 1)).toBe('done');
    const note = s.page.locator(`${RESULT} .chart-coverage`).first();
    expect((await note.getAttribute('data-not-covered'))?.split(',')).toContain(String(end!.year));
    const text = (await note.textContent()) ?? '';
    expect(text).toContain(month(lang, Number(end!.a)));
    expect(text).toContain(month(lang, Number(end!.b)));
    // The drawing follows the note (it waits for the chart's width): wait for its hatched band.
    await s.page.waitForSelector(`${RESULT} .chart-svg svg [fill^="url(#not-covered"]`, { state: 'attached' });
    await s.close();
  });

  it('marks every year of a source that has no facts in the direction chosen (no imports is not zero imports)', async () => {
    const sources = await nativeRows(`SELECT source_id, bool_or(direction = 'import') AS imports FROM transfers GROUP BY source_id ORDER BY source_id`);
    const none = sources.find((r) => !r.imports);
    const some = sources.find((r) => r.imports);
    expect(none && some, 'one source with imports and one without').toBeTruthy();
    const state = { ...defaultState(), source: [String(none!.source_id), String(some!.source_id)], direction: 'import' as const, group: ['year'] as never, measure: 'facts' as const };
    const [span] = await nativeRows(`SELECT min(year)::INTEGER AS a, max(year)::INTEGER AS b FROM transfers WHERE source_id = ? AND direction = 'import'`, [String(some!.source_id)]);
    const s = await openCleanPage(browser, baseUrl, `/${lang}/explore?${serializeExploreState(state)}`);
    expect(await waitForRuns(s.page, RESULT, 1)).toBe('done');
    const years = ((await s.page.locator(`${RESULT} .chart-coverage`).first().getAttribute('data-not-covered')) ?? '').split(',').map(Number);
    for (let y = Number(span!.a); y <= Number(span!.b); y++) expect(years).toContain(y);
    expect(await s.page.locator(`${RESULT} .chart-coverage`).first().textContent()).toContain(chartClarity.notCoveredNote[lang].split('{sources}')[0]!.trim());
    await s.close();
  });
});

describe.each(LANGS)('barometer (%s)', (lang) => {
  it('opens on the latest year with scores and downloads that year alone, with State names', async () => {
    const native = await nativeRows(barometerQuery().sql);
    const latest = Math.max(...native.map((r) => Number(r.year)));
    const s = await openCleanPage(browser, baseUrl, `/${lang}/analyses/barometer`);
    await s.page.waitForSelector('.barometer[data-ready="true"]');
    expect(Number(await s.page.inputValue('.barometer select[name="year"]'))).toBe(latest);
    const csv = await downloadText(s.page, `.barometer-controls button[data-csv-year="${latest}"]`);
    const [header, ...rows] = parseCsv(csv.text);
    expect(header!.slice(0, 3)).toEqual(['iso3', 'year', 'state']);
    expect(rows).toHaveLength(native.filter((r) => Number(r.year) === latest).length);
    expect(rows.every((r) => r[1] === String(latest) && r[2] !== '' && r[2] !== r[0])).toBe(true);
    await s.close();
  });

  it('says which URL weights it did not understand, like Explore', async () => {
    const s = await openCleanPage(browser, baseUrl, `/${lang}/analyses/barometer?w=nope:3,value:900`);
    await s.page.waitForSelector('.barometer[data-ready="true"]');
    const notice = s.page.locator('.barometer [data-param-problems]');
    expect(await notice.getAttribute('data-param-problems')).toBe('2');
    expect(await notice.textContent()).toContain(explore.badParams[lang].split('{params}')[0]!.trim());
    expect(await notice.textContent()).toContain('w=nope:3');
    await s.close();
  });
});
