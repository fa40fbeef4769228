/**
 * The language switcher keeps the page's state (query string and fragment), also after an island
 * has rewritten the address; and the compliance matrix keeps its controls in the URL, keeps a choice
 * made before it hydrated, and stays readable on a phone (the years scroll, the State column stays).
 */
import { describe, expect, it } from 'vitest';
import { defaultState, serializeExploreState } from '../../src/queries/exploreState.ts';
import { isSameOrigin } from '../../scripts/browser/browser.ts';
import { waitForRuns } from './queryHelpers.ts';
import { LANGS, openCleanPage } from './shell.ts';
import { sharedQuery, sqlFragment } from '../../src/links/sqlFragment.ts';
import { e2eSession } from './session.ts';

const { baseUrl, browser } = await e2eSession();

describe.each(LANGS)('the language switcher keeps the page state (%s)', (lang) => {
  const other = LANGS.find((l) => l !== lang)!;

  it('on Explore: the link carries the filters and the fragment, also after a change in the form', async () => {
    const query = serializeExploreState({ ...defaultState(), group: ['year', 'basis'], measure: 'facts' });
    const s = await openCleanPage(browser, baseUrl, `/${lang}/explore?${query}#explore-result`);
    await waitForRuns(s.page, '.explore-result', 1);
    const link = s.page.locator(`.lang-switcher a[hreflang="${other}"]`);
    await link.focus();
    expect(await link.getAttribute('href')).toBe(`/${other}/explore?${query}#explore-result`);
    // A change rewrites the address without an event: the link follows anyway.
    await s.page.locator('.explore-main-controls select').first().selectOption('licences');
    await s.page.waitForFunction(() => new URL(location.href).searchParams.get('measure') === 'licences');
    await link.hover();
    const href = await link.getAttribute('href');
    expect(new URL(href!, baseUrl).searchParams.get('measure')).toBe('licences');
    await Promise.all([s.page.waitForURL((u) => u.pathname === `/${other}/explore`), link.click()]);
    expect(new URL(s.page.url()).searchParams.get('measure')).toBe('licences');
    expect(new URL(s.page.url()).hash).toBe('#explore-result');
    await s.close();
  });

  it('on the SQL console: the query goes along', async () => {
    // The console keeps its query in the fragment (src/links/sqlFragment.ts); an old `?q=` link moves there.
    for (const path of [`/${lang}/sql${sqlFragment('SELECT 42 AS answer')}`, `/${lang}/sql?q=${encodeURIComponent('SELECT 42 AS answer')}`]) {
      const s = await openCleanPage(browser, baseUrl, path);
      const link = s.page.locator(`.lang-switcher a[hreflang="${other}"]`);
      await link.focus();
      expect(sharedQuery(new URL((await link.getAttribute('href'))!, baseUrl))).toBe('SELECT 42 AS answer');
      await s.close();
    }
  });
});

describe.each(LANGS)('the compliance matrix (%s)', (lang) => {
  const path = `/${lang}/analyses/compliance`;

  it('restores its controls from the URL and writes them back', async () => {
    const s = await openCleanPage(browser, baseUrl, path);
    const region = await s.page.locator('.compliance-matrix select[name="region"] option').nth(1).getAttribute('value');
    await s.close();
    const t = await openCleanPage(browser, baseUrl, `${path}?cells=unroca&region=${region}&sort=reports`);
    await t.page.locator('.compliance-matrix').scrollIntoViewIfNeeded();
    await t.page.waitForSelector('.compliance-matrix[data-hydrated="true"]');
    expect(await t.page.locator('.compliance-matrix select[name="mode"]').inputValue()).toBe('unroca');
    expect(await t.page.locator('.compliance-matrix select[name="region"]').inputValue()).toBe(region);
    expect(await t.page.locator('.compliance-matrix select[name="sort"]').inputValue()).toBe('reports');
    expect(await t.page.getAttribute('.compliance-matrix', 'data-mode')).toBe('unroca');
    await t.page.locator('.compliance-matrix select[name="sort"]').selectOption('eif');
    await t.page.waitForFunction(() => new URL(location.href).searchParams.get('sort') === 'eif');
    expect(new URL(t.page.url()).searchParams.get('cells')).toBe('unroca');
    await t.close();
  });

  it('keeps a choice made before it hydrated', async () => {
    const origin = new URL(baseUrl).origin;
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let asked!: () => void;
    const requested = new Promise<void>((r) => (asked = r));
    // Hold the matrix island's code back until the reader has changed a control.
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (!isSameOrigin(url, origin)) return route.abort('blockedbyclient');
      if (/ComplianceMatrix[^/]*\.js$/.test(new URL(url).pathname)) {
        asked();
        await gate;
      }
      return route.continue().catch(() => undefined);
    });
    const page = await context.newPage();
    await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
    await page.locator('.compliance-matrix select[name="mode"]').selectOption('coarm');
    // The island hydrates when visible: show it, and let its code through once it is asked for.
    await page.locator('.compliance-matrix').scrollIntoViewIfNeeded();
    await requested;
    expect(await page.getAttribute('.compliance-matrix', 'data-hydrated')).toBe('false');
    release();
    await page.waitForSelector('.compliance-matrix[data-hydrated="true"]');
    expect(await page.locator('.compliance-matrix select[name="mode"]').inputValue()).toBe('coarm');
    expect(await page.getAttribute('.compliance-matrix', 'data-mode')).toBe('coarm');
    expect(new URL(page.url()).searchParams.get('cells')).toBe('coarm');
    await context.close();
  });

  it('is readable on a phone: the years scroll, the State column stays', async () => {
    const s = await openCleanPage(browser, baseUrl, path, 'phone');
    const scroller = s.page.locator('.compliance-matrix .table-scroll');
    await scroller.scrollIntoViewIfNeeded();
    const overflow = await s.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'horizontal page overflow').toBeLessThanOrEqual(0);
    const state = s.page.locator('.compliance-matrix tbody th[scope="row"]').first();
    const before = await state.boundingBox();
    expect(before!.width, 'State column width').toBeLessThan(390 / 2);
    await scroller.evaluate((el) => el.scrollBy(400, 0));
    expect(await scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    const after = await state.boundingBox();
    expect(Math.round(after!.x)).toBe(Math.round(before!.x));
    await s.close();
  });
});
