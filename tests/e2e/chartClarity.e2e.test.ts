/**
 * Charts that read honestly and describe themselves (issue 12, items 6 and 7): small multiples
 * share their years, a missing year is a gap, a single series is named, no text of a drawing
 * overlaps another at desktop or phone width; the subtitle states direction, basis, years,
 * reporters and partners in the reader's language; every figure can be read by pointer or
 * keyboard (a live region), in Explore, the SQL console and the build-time charts.
 * Expectations come from native DuckDB on the same Parquet files.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chartClarity } from '../../src/i18n/strings/chartClarity.ts';
import { formatNumber } from '../../src/i18n/index.ts';
import { defaultState, serializeExploreState, type ExploreState } from '../../src/queries/exploreState.ts';
import { sqlFragment } from '../../src/links/sqlFragment.ts';
import { nativeRows, waitForRuns } from './queryHelpers.ts';
import { e2eSession } from './session.ts';
import { LANGS, openCleanPage } from './shell.ts';

const { baseUrl, browser } = await e2eSession();
const RESULT = '.explore-result';

/** COARM actual exports in EUR of two Member States: one that skips a year inside its span, one that does not. */
async function pickReporters(): Promise<{ gap: string; full: string; gapYears: number[] }> {
  const rows = await nativeRows(`SELECT reporter_iso3 AS r, string_agg(DISTINCT year::VARCHAR, ',') AS ys, count(DISTINCT year)::INTEGER AS n, (max(year) - min(year) + 1)::INTEGER AS span
    FROM transfers WHERE source_id = 'eu-coarm-okfn' AND basis = 'actual' AND direction = 'export' AND currency = 'EUR' AND value IS NOT NULL
    GROUP BY reporter_iso3 ORDER BY reporter_iso3`);
  const gap = rows.find((r) => Number(r.n) < Number(r.span) && Number(r.n) >= 3);
  const full = rows.find((r) => Number(r.n) === Number(r.span) && Number(r.n) >= 3);
  expect(gap, 'a reporter with a missing year').toBeDefined();
  expect(full, 'a reporter without one').toBeDefined();
  return {
    gap: String(gap!.r),
    full: String(full!.r),
    gapYears: String(gap!.ys)
      .split(',')
      .map(Number)
      .sort((a, b) => a - b),
  };
}

const coarm = (o: Partial<ExploreState>): ExploreState => ({ ...defaultState(), source: ['eu-coarm-okfn'], basis: ['actual'], direction: 'export', currency: 'EUR', measure: 'value', ...o });

/** Pairs of text elements of one <svg> whose boxes overlap (labels, ticks, units). */
async function overlaps(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((svgs) => {
    const out: string[] = [];
    for (const svg of svgs) {
      const boxes = [...svg.querySelectorAll('text')].filter((t) => t.textContent).map((t) => ({ t: t.textContent, r: t.getBoundingClientRect() }));
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!.r;
          const b = boxes[j]!.r;
          if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) out.push(`"${boxes[i]!.t}" × "${boxes[j]!.t}"`);
        }
    }
    return out;
  });
}

async function stateName(iso3: string, lang: string): Promise<string> {
  const [r] = await nativeRows(`SELECT name_${lang} AS name FROM states WHERE iso3 = ?`, [iso3]);
  return String(r!.name);
}

describe('small multiples and axes (item 6)', () => {
  it('share the years across panels, break the line at a missing year, and no text overlaps (1280 and 390 px)', async () => {
    const { gap, full, gapYears } = await pickReporters();
    const state = coarm({ reporter: [gap, full], group: ['year', 'reporter'], chart: 'multiples' });
    for (const viewport of ['desktop', 'phone'] as const) {
      const s = await openCleanPage(browser, baseUrl, `/en/explore?${serializeExploreState(state)}`, viewport);
      expect(await waitForRuns(s.page, RESULT, 1)).toBe('done');
      const figures = s.page.locator(`${RESULT} .explore-multiples figure`);
      expect(await figures.count()).toBe(2);
      const ticks = await figures.evaluateAll((figs) => figs.map((f) => [...f.querySelectorAll('svg text')].map((t) => t.textContent ?? '').filter((t) => /^\d{4}$/.test(t))));
      expect(ticks[1], 'both panels show the same years').toEqual(ticks[0]);
      const gapName = await stateName(gap, 'en');
      const pieces = await s.page
        .locator(`${RESULT} .explore-multiples figure`, { hasText: gapName })
        .locator('g[stroke-width="2"] path')
        .evaluateAll((paths) => paths.map((p) => (p.getAttribute('d') ?? '').split('M').length - 1));
      // A year missing between the first and the last breaks the line into separate pieces.
      const missing = gapYears.slice(1).filter((y, i) => y - gapYears[i]! > 1).length;
      expect(pieces.reduce((a, b) => a + b, 0)).toBe(missing + 1);
      expect(await overlaps(s.page, `${RESULT} .chart-svg svg`), viewport).toEqual([]);
      expect(s.consoleErrors).toEqual([]);
      await s.close();
    }
  });

  it.each(['desktop', 'phone'] as const)('keeps the unit of horizontal bars clear of the ticks (%s)', async (viewport) => {
    const state = coarm({ group: ['reporter'], chart: 'bar' });
    {
      const s = await openCleanPage(browser, baseUrl, `/fr/explore?${serializeExploreState(state)}`, viewport);
      expect(await waitForRuns(s.page, RESULT, 1)).toBe('done');
      expect(await overlaps(s.page, `${RESULT} .chart-svg svg`), viewport).toEqual([]);
      // Every label stays inside its drawing.
      const outside = await s.page.locator(`${RESULT} .chart-svg svg`).evaluateAll((svgs) =>
        svgs.flatMap((svg) => {
          const b = svg.getBoundingClientRect();
          return [...svg.querySelectorAll('text')].filter((t) => t.getBoundingClientRect().left < b.left - 1).map((t) => t.textContent);
        }),
      );
      expect(outside).toEqual([]);
      await s.close();
    }
  });
});

describe.each(LANGS)('self-describing charts (item 7, %s)', (lang) => {
  it('names a single series and states direction, basis, years and reporters under the title', async () => {
    const { full } = await pickReporters();
    const state = coarm({ reporter: [full], group: ['year', 'reporter'], chart: 'line' });
    const s = await openCleanPage(browser, baseUrl, `/${lang}/explore?${serializeExploreState(state)}`);
    expect(await waitForRuns(s.page, RESULT, 1)).toBe('done');
    const name = await stateName(full, lang);
    expect((await s.page.locator(`${RESULT} .chart-legend li`).allInnerTexts()).map((x) => x.trim())).toEqual([name]);
    const years = (
      await nativeRows(
        `SELECT min(year)::INTEGER AS a, max(year)::INTEGER AS b FROM transfers WHERE source_id = 'eu-coarm-okfn' AND basis = 'actual' AND direction = 'export' AND currency = 'EUR' AND value IS NOT NULL AND reporter_iso3 = ?`,
        [full],
      )
    )[0]!;
    const meta = (await s.page.locator(`${RESULT} .chart-meta`).first().textContent()) ?? '';
    expect(meta).toContain(chartClarity.subtitleYears[lang].replace('{years}', `${years.a}–${years.b}`));
    expect(meta).toContain(chartClarity.reporterList[lang].replace('{list}', name));
    expect(meta).toContain(chartClarity.allPartners[lang]);
    await s.close();
  });

  it('reads each figure by keyboard and pointer into a live region, with a tooltip', async () => {
    const { full } = await pickReporters();
    const state = coarm({ reporter: [full], group: ['year'], chart: 'line' });
    const s = await openCleanPage(browser, baseUrl, `/${lang}/explore?${serializeExploreState(state)}`);
    expect(await waitForRuns(s.page, RESULT, 1)).toBe('done');
    const native = await nativeRows(
      `SELECT year::INTEGER AS year, sum(value) AS v FROM transfers WHERE source_id = 'eu-coarm-okfn' AND basis = 'actual' AND direction = 'export' AND currency = 'EUR' AND value IS NOT NULL AND reporter_iso3 = ? GROUP BY year ORDER BY year`,
      [full],
    );
    const svg = s.page.locator(`${RESULT} .chart-svg svg`).first();
    const live = s.page.locator(`${RESULT} .chart-readout[aria-live="polite"]`).first();
    expect(await live.textContent()).toBe(chartClarity.readoutHint[lang]);
    // Keyboard: the drawing is a tab stop; the arrow keys step through the figures.
    await svg.focus();
    await s.page.keyboard.press('Home');
    const first = native[0]!;
    expect(await live.textContent()).toBe(`${first.year}: ${formatNumber(lang, Number(first.v))} EUR`);
    await s.page.keyboard.press('ArrowRight');
    expect(await live.textContent()).toContain(`${native[1]!.year}: `);
    const tip = s.page.locator(`${RESULT} .chart-tooltip`).first();
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.evaluate((el) => (el as HTMLElement).style.left)).toMatch(/px$/);
    await s.page.keyboard.press('End');
    expect(await live.textContent()).toContain(`${native.at(-1)!.year}: `);
    // Pointer: hovering the first dot reads it.
    const dot = svg.locator('circle').first();
    await dot.hover({ force: true });
    await s.page.waitForFunction(([sel, year]) => document.querySelector(sel as string)?.textContent?.startsWith(`${year}: `), [`${RESULT} .chart-readout`, first.year] as const);
    expect(s.consoleErrors).toEqual([]);
    await s.close();
  });
});

describe('readouts beyond Explore (item 7)', () => {
  it('the SQL console chart reads its figures by keyboard', async () => {
    const sql = `SELECT year, sum(value) AS value FROM transfers WHERE currency = 'EUR' GROUP BY year ORDER BY year`;
    const s = await openCleanPage(browser, baseUrl, `/es/sql${sqlFragment(sql)}`);
    expect(await waitForRuns(s.page, '.sql-result', 1)).toBe('result');
    const native = await nativeRows(sql);
    const svg = s.page.locator('.sql-result .chart-svg svg').first();
    await svg.focus();
    await s.page.keyboard.press('Home');
    expect(await s.page.locator('.sql-result .chart-readout').first().textContent()).toContain(`${native[0]!.year}: ${formatNumber('es', Number(native[0]!.value))}`);
    await s.close();
  });

  it('the build-time charts of Trends read their figures by keyboard, and state their years', async () => {
    const s = await openCleanPage(browser, baseUrl, '/fr/trends');
    const frame = s.page.locator('.chart-frame').first();
    expect(await frame.locator('.chart-meta').first().textContent()).toMatch(/Années \d{4}/);
    const svg = frame.locator('.chart-svg svg:visible').first();
    const titles = await svg.locator('circle > title').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    await svg.focus();
    await s.page.keyboard.press('Home');
    expect(await frame.locator('.chart-readout').textContent()).toBe(titles[0]);
    await s.page.keyboard.press('ArrowRight');
    expect(await frame.locator('.chart-readout').textContent()).toBe(titles[1]);
    expect(s.consoleErrors).toEqual([]);
    await s.close();
  });
});
