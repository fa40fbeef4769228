/**
 * Explore offers only choices that can return data, says why a result is empty when the measure is
 * the cause (and offers the measure that has figures, one click away), and "Number of reports"
 * counts every report — also those that list no transfers — unless a filter only facts carry is set.
 * Expectations come from native DuckDB on the same Parquet files, so they hold on any build.
 */
import { describe, expect, it } from 'vitest';
import { explore } from '../../src/i18n/strings/explore.ts';
import { defaultState, MEASURES, serializeExploreState, type Measure } from '../../src/queries/exploreState.ts';
import { DIRECTIONS } from '../../src/schema/index.ts';
import { nativeRows, waitForRuns } from './queryHelpers.ts';
import { LANGS, openCleanPage } from './shell.ts';
import { e2eSession } from './session.ts';

const { baseUrl, browser } = await e2eSession();
const RESULT = '.explore-result';

const FIGURE: Partial<Record<Measure, string>> = { value: 'value', items: 'items', licences: 'licences' };

describe.each(LANGS)('Explore offers what has data (%s)', (lang) => {
  it('disables and annotates the measures and directions no fact carries', async () => {
    const [counts] = await nativeRows(`SELECT CAST(count(value) AS INTEGER) AS value, CAST(count(items) AS INTEGER) AS items, CAST(count(licences) AS INTEGER) AS licences FROM transfers`);
    const directions = (await nativeRows('SELECT DISTINCT direction FROM transfers')).map((r) => r.direction);
    const s = await openCleanPage(browser, baseUrl, `/${lang}/explore`);
    await waitForRuns(s.page, RESULT, 1);
    for (const m of MEASURES) {
      const option = s.page.locator(`.explore-main-controls select >> nth=0 >> option[value="${m}"]`);
      const none = FIGURE[m] !== undefined && Number(counts![FIGURE[m]!]) === 0;
      expect(await option.isDisabled(), m).toBe(none);
      expect(await option.textContent(), m).toBe(`${explore[`measure_${m}`][lang]}${none ? explore.optionNoData[lang] : ''}`);
    }
    for (const d of DIRECTIONS) {
      const option = s.page.locator(`.explore-filter-row select option[value="${d}"]`);
      expect(await option.isDisabled(), d).toBe(!directions.includes(d));
      expect((await option.textContent())?.endsWith(explore.optionNoData[lang]), d).toBe(!directions.includes(d));
    }
    await s.close();
  });

  it('says when a result is empty because of the measure, and switches to one with figures in one click', async () => {
    // A source and basis whose facts have licence counts but no value (on the real data: UK refusals).
    const [pick] = await nativeRows(`SELECT source_id, basis FROM transfers GROUP BY source_id, basis HAVING count(value) = 0 AND count(licences) > 0 ORDER BY source_id, basis LIMIT 1`);
    expect(pick, 'a source and basis with licences but no values').toBeDefined();
    const state = { ...defaultState(), source: [String(pick!.source_id)], basis: [String(pick!.basis)] as never };
    const s = await openCleanPage(browser, baseUrl, `/${lang}/explore?${serializeExploreState(state)}`);
    expect(await waitForRuns(s.page, RESULT, 1)).toBe('done');
    const empty = s.page.locator(`${RESULT} .explore-empty-measure`);
    expect(await empty.isVisible()).toBe(true);
    expect(await empty.textContent()).toContain(explore.measure_value[lang]);
    expect(await empty.textContent()).toContain(explore.measure_licences[lang]);
    await empty.locator('button[data-use-measure="licences"]').click();
    expect(await waitForRuns(s.page, RESULT, 2)).toBe('done');
    expect(new URL(s.page.url()).searchParams.get('measure')).toBe('licences');
    expect(await s.page.locator(`${RESULT} table tbody tr`).count()).toBeGreaterThan(0);
    await s.close();
  });

  it('"Number of reports" counts every report of the sources, with or without transfers, and says which are counted', async () => {
    const native = await nativeRows('SELECT source_id, CAST(count(DISTINCT report_id) AS INTEGER) AS reports FROM reports GROUP BY source_id ORDER BY source_id');
    const s = await openCleanPage(browser, baseUrl, `/${lang}/explore?${serializeExploreState({ ...defaultState(), group: ['source'], measure: 'reports', chart: 'bar' })}`);
    expect(await waitForRuns(s.page, RESULT, 1)).toBe('done');
    const cells = await s.page.locator(`${RESULT} table tbody tr`).evaluateAll((trs) => trs.map((tr) => ([...tr.querySelectorAll('td.num')].at(-1)?.textContent ?? '').replace(/\D/g, '')));
    expect(cells.map(Number)).toEqual(native.map((r) => Number(r.reports)));
    expect((await s.page.locator(`${RESULT} .explore-reports-note`).textContent())?.trim()).toBe(explore.reportsAllCounted[lang]);
    await s.close();
  });
});
