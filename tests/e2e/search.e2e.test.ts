/**
 * Site search: `/` puts the cursor in the header's box on any page, the box leads to the search page,
 * and the static index finds States by their names in the three languages and common aliases
 * ("Allemagne", "Reino Unido", "UK"), categories by code ("ML10"), and the brokering table and source —
 * all from the site itself, with the results' links leading to pages and anchors that exist.
 */
import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations, LANGS, openCleanPage } from './shell.ts';
import { e2eSession } from './session.ts';

const { baseUrl, browser } = await e2eSession();

describe.each(LANGS)('site search (%s)', (lang) => {
  it('`/` focuses the header search box, which leads to the results page', async () => {
    const s = await openCleanPage(browser, baseUrl, `/${lang}/trends`);
    await s.page.keyboard.press('/');
    expect(await s.page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await s.page.keyboard.type('Allemagne');
    await Promise.all([s.page.waitForURL(/\/search\?q=Allemagne/), s.page.keyboard.press('Enter')]);
    await s.page.waitForSelector('#search-results li');
    expect(await s.page.locator('#search-results li a').first().getAttribute('href')).toBe(`/${lang}/countries/DEU`);
    expect(s.foreignRequests).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
    await s.close();
  });

  it('a `/` typed into a field stays in the field', async () => {
    const s = await openCleanPage(browser, baseUrl, `/${lang}/search`);
    await s.page.click('#search-q');
    await s.page.keyboard.type('a/b');
    expect(await s.page.inputValue('#search-q')).toBe('a/b');
    expect(await s.page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await s.close();
  });

  const cases: [string, (hrefs: string[]) => void][] = [
    ['Allemagne', (h) => expect(h[0]).toBe(`/${lang}/countries/DEU`)],
    ['Reino Unido', (h) => expect(h[0]).toBe(`/${lang}/countries/GBR`)],
    ['UK', (h) => expect(h[0]).toBe(`/${lang}/countries/GBR`)],
    ['ML10', (h) => expect(h[0]).toBe(`/${lang}/glossary#ML10`)],
    [
      'brokering',
      (h) => {
        expect(h).toContain(`/${lang}/data#dict-eu_brokering`);
        expect(h.some((x) => x.startsWith(`/${lang}/data#source-`))).toBe(true);
      },
    ],
  ];
  it.each(cases)('finds “%s”', async (q, check) => {
    const s = await openCleanPage(browser, baseUrl, `/${lang}/search?q=${encodeURIComponent(q)}`);
    await s.page.waitForSelector('#search-results li');
    const hrefs = await s.page.locator('#search-results li a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    check(hrefs);
    // The first result leads to a page that has the anchor it names.
    const first = new URL(hrefs[0]!, baseUrl);
    await s.page.goto(first.href);
    expect(await s.page.evaluate((id) => (id ? Boolean(document.getElementById(id)) : true), decodeURIComponent(first.hash.slice(1)))).toBe(true);
    expect(s.foreignRequests).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
    await s.close();
  });

  it('passes axe with results shown, and says when nothing is found', async () => {
    const s = await openCleanPage(browser, baseUrl, `/${lang}/search?q=ML1`);
    await s.page.waitForSelector('#search-results li');
    await expectNoSeriousAxeViolations(s.page);
    await s.page.fill('#search-q', 'zzqqxx');
    await s.page.waitForFunction(() => document.querySelectorAll('#search-results li').length === 0);
    expect(await s.page.locator('#search-status').textContent()).toContain('zzqqxx');
    expect(new URL(s.page.url()).searchParams.get('q')).toBe('zzqqxx');
    await s.close();
  });
});
