/**
 * The world map: Explore's map view coloured with the figures of native DuckDB on the same Parquet
 * files, in every language; the Trends map and a country profile's map drawn at build time; hover and
 * keyboard focus name the State and its figure; nothing leaves the origin; axe passes.
 */
import { describe, expect, it } from 'vitest';
import { mapModel } from '../../src/charts/mapModel.ts';
import { formatNumber, t } from '../../src/i18n/index.ts';
import { map } from '../../src/i18n/strings/map.ts';
import { exploreQuery } from '../../src/queries/explore.ts';
import { defaultState, serializeExploreState, type ExploreState } from '../../src/queries/exploreState.ts';
import { nativeRows, waitForRuns } from './queryHelpers.ts';
import { e2eSession } from './session.ts';
import { expectNoSeriousAxeViolations, LANGS, openCleanPage } from './shell.ts';

const { baseUrl, browser } = await e2eSession();
const RESULT = '.explore-result';

/** "Licences by partner, UK, 2014": the UK SIEL source, licence counts, grouped by partner. */
const ukLicences: ExploreState = { ...defaultState(), source: ['uk-siel-caat'], yearFrom: 2014, yearTo: 2014, group: ['partner'], measure: 'licences', view: 'map' };

/** The colour each State should have on one map (the model's colours do not depend on labels). */
function expectedFills(rows: { partner_iso3: unknown; licences: unknown }[]): Map<string, string> {
  const model = mapModel(
    rows.filter((r) => typeof r.partner_iso3 === 'string').map((r) => ({ iso3: String(r.partner_iso3), value: r.licences === null ? null : Number(r.licences) })),
    { unit: '', format: String, zeroLabel: '', noDataLabel: '' },
  );
  return new Map(model.fills.filter((f) => f.value !== null).map((f) => [f.iso3, f.color]));
}

describe.each(LANGS)('Explore map of UK licences by partner, 2014 (%s)', (lang) => {
  it('colours the States native DuckDB finds, with their figures, one map per basis', async () => {
    const q = exploreQuery(ukLicences);
    const native = await nativeRows(q.sql, q.params);
    expect(native.length).toBeGreaterThan(100);
    const bases = [...new Set(native.map((r) => String(r.basis)))];
    const expected = new Map(bases.map((b) => [b, expectedFills(native.filter((r) => r.basis === b) as never)]));

    const s = await openCleanPage(browser, baseUrl, `/${lang}/explore?${serializeExploreState(ukLicences)}`);
    expect(await waitForRuns(s.page, RESULT, 1)).toBe('done');
    await s.page.waitForSelector('.explore-map[data-map-ready="true"] svg a.map-state');
    expect(await s.page.locator('.explore-view-switch [data-view="map"][aria-pressed="true"]').count()).toBe(1);
    const maps = s.page.locator('.explore-map');
    expect(await maps.count()).toBe(bases.length);
    const matched = new Set<string>();
    for (let i = 0; i < bases.length; i++) {
      const shapes = await maps
        .nth(i)
        .locator('a.map-state')
        .evaluateAll((as) => as.map((a) => [a.getAttribute('data-iso3')!, a.querySelector('path,circle')!.getAttribute('fill')!, a.getAttribute('aria-label')!] as const));
      const drawn = new Map(shapes.map(([iso3, fill]) => [iso3, fill]));
      const basis = bases.find((b) => [...expected.get(b)!.keys()].sort().join() === [...drawn.keys()].sort().join());
      expect(basis, `map ${i} shows the States of one basis`).toBeDefined();
      matched.add(basis!);
      expect(drawn).toEqual(expected.get(basis!));
      // Each State's label carries its figure as the page formats it.
      const figures = new Map(native.filter((r) => r.basis === basis).map((r) => [String(r.partner_iso3), Number(r.licences)]));
      for (const [iso3, , label] of shapes) expect(label).toContain(formatNumber(lang, figures.get(iso3)!));
    }
    expect(matched.size).toBe(bases.length);

    // Hover and keyboard focus both show the State and its figure.
    const first = maps.nth(0).locator('a.map-state').first();
    const label = await first.getAttribute('aria-label');
    await first.focus();
    await expect.poll(() => maps.nth(0).locator('.map-readout').textContent()).toBe(label);
    const other = maps.nth(0).locator('a.map-state').nth(5);
    await other.hover();
    await expect.poll(() => maps.nth(0).locator('.map-readout').textContent()).toBe(await other.getAttribute('aria-label'));
    // Legend with the unit, "no data" apart from the classes, a text alternative.
    expect(await maps.nth(0).locator('.map-legend li').count()).toBeGreaterThan(2);
    expect((await maps.nth(0).locator('.chart-alt').textContent())?.length).toBeGreaterThan(40);

    await expectNoSeriousAxeViolations(s.page);
    expect(s.foreignRequests).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
    await s.close();
  });
});

describe('map view switch and permalink', () => {
  it('switching to the map writes view=map into the URL, and a non-mappable grouping offers to regroup', async () => {
    const state: ExploreState = { ...ukLicences, group: ['year', 'partner'], view: 'chart' };
    const s = await openCleanPage(browser, baseUrl, `/en/explore?${serializeExploreState(state)}`);
    expect(await waitForRuns(s.page, RESULT, 1)).toBe('done');
    await s.page.click('.explore-view-switch [data-view="map"]');
    await expect.poll(() => new URL(s.page.url()).searchParams.get('view')).toBe('map');
    await s.page.click('[data-map-group="partner"]');
    await expect.poll(() => new URL(s.page.url()).searchParams.get('group')).toBe('partner');
    await waitForRuns(s.page, RESULT, 2);
    await s.page.waitForSelector('.explore-map[data-map-ready="true"] svg a.map-state');
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.locator('.explore-map [data-download="svg"]').first().click()]);
    expect(download.suggestedFilename()).toMatch(/^att-explore-licences-by-partner-map.*\.svg$/);
    expect(s.foreignRequests).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
    await s.close();
  });
});

describe('embedded map', () => {
  it('an embed of a map link draws the same maps as Explore, with the States native DuckDB finds', async () => {
    const q = exploreQuery(ukLicences);
    const native = await nativeRows(q.sql, q.params);
    const bases = new Set(native.map((r) => String(r.basis)));
    const mapped = new Set(native.filter((r) => typeof r.partner_iso3 === 'string').map((r) => String(r.partner_iso3)));
    const s = await openCleanPage(browser, baseUrl, `/fr/embed/explore?${serializeExploreState(ukLicences)}`);
    await s.page.waitForSelector('.explore-embed[data-result-state="done"]');
    await s.page.waitForSelector('.explore-map[data-map-ready="true"] svg a.map-state');
    const maps = s.page.locator('.explore-map');
    expect(await maps.count()).toBe(bases.size);
    const drawn = new Set(await s.page.locator('.explore-map a.map-state').evaluateAll((as) => as.map((a) => a.getAttribute('data-iso3')!)));
    expect(drawn).toEqual(mapped);
    // The map replaces the chart: no line or bar chart under it.
    expect(await s.page.locator('.explore-embed .explore-chart').count()).toBe(0);
    expect(s.foreignRequests).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
    await s.close();
  });
});

describe.each(LANGS)('build-time maps (%s)', (lang) => {
  it('Trends shows a static map with links per State, a legend and a table, before any script', async () => {
    const html = await (await fetch(`${baseUrl}/${lang}/trends`)).text();
    expect(html).toMatch(/<svg[^>]*class="map-svg"/);
    const s = await openCleanPage(browser, baseUrl, `/${lang}/trends`);
    const states = s.page.locator('.map-frame svg a.map-state');
    expect(await states.count()).toBeGreaterThan(10);
    // One readout line, inside the frame under the drawing, with the map's hint (not the charts' arrow keys).
    const readout = s.page.locator('.map-frame .chart-frame [data-map-readout]');
    expect(await s.page.locator('.map-frame .chart-readout').count()).toBe(1);
    expect(await readout.textContent()).toBe(t(lang, map, 'hoverHint'));
    // The drawing gets the atlas's width on a desktop, not a line chart's narrower one.
    expect((await s.page.locator('.map-frame svg.map-svg').boundingBox())!.width).toBeGreaterThan(900);
    await states.first().focus();
    await expect.poll(() => s.page.locator('.map-frame [data-map-readout]').textContent()).toBe(await states.first().getAttribute('aria-label'));
    await expectNoSeriousAxeViolations(s.page);
    expect(s.foreignRequests).toEqual([]);
    await s.close();
  });

  it('a country profile shows its partners map from the site’s own SVG file', async () => {
    const s = await openCleanPage(browser, baseUrl, `/${lang}/countries/GBR`);
    // The base map and the State's shaded partners, stacked.
    expect(await s.page.locator('.country-map .map-stack img').count()).toBe(2);
    const img = s.page.locator('.country-map .map-stack img[alt]:not([alt=""])');
    expect(await img.count()).toBe(1);
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    const svg = await (await fetch(`${baseUrl}${await img.getAttribute('src')}`)).text();
    // The overlay holds one shape per shaded State (GBR licenses to well over 20), no base land.
    expect((svg.match(/<path /g) ?? []).length).toBeGreaterThan(20);
    expect(svg).not.toContain('map-nodata');
    expect(await s.page.locator('.country-map a[href*="view=map"]').count()).toBe(1);
    await expectNoSeriousAxeViolations(s.page);
    expect(s.foreignRequests).toEqual([]);
    await s.close();
  });
});
