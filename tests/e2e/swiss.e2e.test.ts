import { beforeAll, describe, expect, it } from 'vitest';
import { exploreQuery } from '../../src/queries/explore.ts';
import { defaultState, serializeExploreState, type ExploreState } from '../../src/queries/exploreState.ts';
import { nativeRows, waitForRuns } from './queryHelpers.ts';
import { expectNoSeriousAxeViolations, LANGS, openCleanPage } from './shell.ts';
import { e2eSession } from './session.ts';
import { sharedQuery } from '../../src/links/sqlFragment.ts';

const { baseUrl, browser } = await e2eSession();
const SOURCE = 'seco-ch-war-material';
const RESULT = '.explore-result';

beforeAll(async () => {
  const [n] = await nativeRows(`SELECT count(*)::INTEGER AS n FROM transfers WHERE source_id = ?`, [SOURCE]);
  if (!n || Number(n.n) === 0) throw new Error(`no ${SOURCE} rows in the data folder: run npm run data with ATT_SOURCES_DIR first`);
});

describe.each(LANGS)('Swiss war-material exports (%s)', (lang) => {
  it('Explore shows the yearly exports in CHF, row for row as native DuckDB computes them', async () => {
    const state: ExploreState = { ...defaultState(), source: [SOURCE], reporter: ['CHE'], group: ['year'], measure: 'value' };
    const s = await openCleanPage(browser, baseUrl, `/${lang}/explore?${serializeExploreState(state)}`);
    expect(await waitForRuns(s.page, RESULT, 1)).toBe('done');
    const q = exploreQuery(state);
    const native = await nativeRows(q.sql, q.params);
    expect(native.map((r) => [Number(r.year), r.currency])).toEqual([2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014].map((y) => [y, 'CHF']));
    const cells = await s.page.locator(`${RESULT} table tbody tr`).allTextContents();
    expect(cells).toHaveLength(9);
    const fmt = (v: unknown) => new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(Number(v)).replace(/\s/g, '');
    native.forEach((r, i) => expect(cells[i]!.replace(/\s/g, '')).toContain(fmt(r.value)));
    // 2014: SECO's printed total, CHF 563,500,800, formatted for the page's language.
    const total2014 = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(563_500_800);
    expect(cells[8]!.replace(/\s/g, '')).toContain(total2014.replace(/\s/g, ''));
    expect(cells.every((c) => c.includes('CHF'))).toBe(true);
    expect(s.foreignRequests).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
    await s.close();
  });

  it('the CHE profile shows the SECO export flow in CHF, its top partner and a link into Explore', async () => {
    const s = await openCleanPage(browser, baseUrl, `/${lang}/countries/CHE`);
    const flow = s.page.locator('section.flow').filter({ has: s.page.locator(`a[href*="source=${SOURCE}"]`) });
    expect(await flow.count()).toBe(1);
    expect(await flow.locator('h3').textContent()).toContain('CHF');
    expect(await flow.textContent()).toMatch(/2006[–-]2014/);
    const [top] = await nativeRows(`SELECT partner_iso3 FROM transfers WHERE source_id = ? GROUP BY partner_iso3 ORDER BY sum(value) DESC LIMIT 1`, [SOURCE]);
    expect(top!.partner_iso3).toBe('DEU');
    // The partners table (the one that names Germany) ranks it first.
    const germany = { en: 'Germany', fr: 'Allemagne', es: 'Alemania' }[lang];
    const partners = flow.locator('table').filter({ hasText: germany });
    expect(await partners.count()).toBe(1);
    expect(await partners.locator('tbody tr').first().textContent()).toContain(germany);
    const href = await flow.locator(`a[href^="/${lang}/explore?"]`).first().getAttribute('href');
    expect(href).toContain('reporter=CHE');
    await expectNoSeriousAxeViolations(s.page);
    expect(s.consoleErrors).toEqual([]);
    await s.close();
  });

  it('the CHE profile lists the licences for dual-use and special military goods apart from the exports, per year', async () => {
    const s = await openCleanPage(browser, baseUrl, `/${lang}/countries/CHE`);
    const section = s.page.locator('section', { has: s.page.locator('#licence-items-heading') });
    const native = await nativeRows(`SELECT year::INTEGER AS year, count(*)::INTEGER AS items FROM licence_items WHERE reporter_iso3 = 'CHE' GROUP BY year ORDER BY year`);
    expect(native).toEqual([
      { year: 2012, items: 1975 },
      { year: 2013, items: 1566 },
      { year: 2014, items: 1177 },
    ]);
    const rows = await section.locator('tbody tr').allTextContents();
    expect(rows).toHaveLength(3);
    const fmt = (v: number) => new Intl.NumberFormat(lang).format(v).replace(/\s/g, '');
    native.forEach((r, i) => {
      const row = rows[i]!.replace(/\s/g, '');
      expect(row).toContain(`${r.year}`);
      expect(row).toContain(fmt(Number(r.items)));
    });
    // The console link carries its query in the fragment (src/links/sqlFragment.ts).
    const href = await section.locator(`a[href^="/${lang}/sql"]`).first().getAttribute('href');
    expect(sharedQuery(new URL(href!, baseUrl))).toContain('licence_items');
    // Not on a profile of a State without licence items.
    const other = await openCleanPage(browser, baseUrl, `/${lang}/countries/AUT`);
    expect(await other.page.locator('#licence-items-heading').count()).toBe(0);
    await other.close();
    await s.close();
  });

  it('the Data page describes both sources (rows read = loaded + rejected + structural) and the licence_items table', async () => {
    const s = await openCleanPage(browser, baseUrl, `/${lang}/data`);
    const fmt = (v: number) => new Intl.NumberFormat(lang).format(v);
    const war = s.page.locator('article', { has: s.page.locator(`#source-${SOURCE}`) });
    const flow = (await war.textContent())!.replace(/\s/g, ' ');
    for (const n of [807, 676, 131]) expect(flow).toContain(fmt(n).replace(/\s/g, ' '));
    const licences = s.page.locator('article', { has: s.page.locator('#source-seco-ch-special-licences') });
    expect((await licences.textContent())!.replace(/\s/g, ' ')).toContain(fmt(4718).replace(/\s/g, ' '));
    expect(await s.page.locator('#dict-licence_items').count()).toBe(1);
    expect(await s.page.locator('#dict-licence_items').textContent()).toContain('control_wa');
    await s.close();
  });

  it('the divergences page counts SECO’s printed totals per year, with the 2014 Africa subtotal as its one mismatch', async () => {
    const s = await openCleanPage(browser, baseUrl, `/${lang}/analyses/divergences`);
    const hrefs = await s.page.locator('a[href^="data:text/csv"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    const lines = hrefs.flatMap((h) => decodeURIComponent(h.slice(h.indexOf(',') + 1)).split(/\r?\n/));
    const seco = lines.filter((l) => l.startsWith(`${SOURCE}:CHE:`)).map((l) => l.split(','));
    // report_id, source_id, reporter, year, measure, currency, totals, matched, mismatched, no_lines, …, abs_difference
    expect(seco.map((c) => c[3]).sort()).toEqual(['2006', '2007', '2008', '2009', '2010', '2011', '2012', '2013', '2014']);
    expect(seco.filter((c) => c[8] !== '0').map((c) => [c[3], c[8], c.at(-1)])).toEqual([['2014', '1', '544689']]);
    await s.close();
  });
});
