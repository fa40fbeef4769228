import { describe, expect, it } from 'vitest';
import { SOURCE_TEXT } from '../../src/i18n/sourceTitles.ts';
import { expectNoSeriousAxeViolations, expectShell, LANGS, openCleanPage } from './shell.ts';
import { e2eSession } from './session.ts';

const { baseUrl, browser } = await e2eSession();

describe('root language chooser', () => {
  it('links to the three home pages and refreshes at once to English', async () => {
    const html = await (await fetch(`${baseUrl}/`)).text();
    for (const l of LANGS) expect(html).toContain(`href="/${l}/"`);
    expect(html).toMatch(/<meta http-equiv="refresh" content="0; url=\/en\/"/);
    const s = await openCleanPage(browser, baseUrl, '/');
    expect(new URL(s.page.url()).pathname).toBe('/en/');
    await s.close();
  });
});

describe.each(LANGS)('home page (%s)', (lang) => {
  it('renders the shell, no foreign request, no console error, no serious axe violation', async () => {
    const s = await openCleanPage(browser, baseUrl, `/${lang}/`);
    await expectShell(s.page, lang, '/');
    await expectNoSeriousAxeViolations(s.page);
    await s.close();
  });

  it('shows coverage and static SVG charts with a text alternative and a table, without DuckDB', async () => {
    const s = await openCleanPage(browser, baseUrl, `/${lang}/`);
    expect(await s.page.locator('dl.stats > div').count()).toBeGreaterThanOrEqual(5);
    const charts = s.page.locator('.chart-frame');
    expect(await charts.count()).toBeGreaterThan(0);
    expect(await charts.first().locator('svg[role="img"][aria-label]').count()).toBeGreaterThan(0);
    expect((await charts.first().locator('.chart-alt').textContent())?.length).toBeGreaterThan(20);
    expect(await charts.first().locator('table').count()).toBe(1);
    expect(s.requests.filter((u) => /duckdb|\.wasm|\.parquet/.test(u))).toEqual([]);
    await s.close();
  });

  it('names the sources in its language: source cards, the charts’ source lines and the footer', async () => {
    const s = await openCleanPage(browser, baseUrl, `/${lang}/`);
    const cards = (await s.page.locator('.sources .source-title').allTextContents()).map((x) => x.trim());
    expect(cards.length).toBeGreaterThan(0);
    const titles = Object.values(SOURCE_TEXT).map((x) => x.title[lang]);
    for (const c of cards) expect(titles).toContain(c);
    expect(cards).toContain(SOURCE_TEXT['eu-coarm-okfn']!.title[lang]);
    // The first chart draws one source: its source line carries that source's title in the page's language.
    const meta = await s.page.locator('.chart-frame .chart-meta').first().textContent();
    expect(titles.some((title) => meta!.includes(title))).toBe(true);
    const footer = await s.page.locator('.footer-sources').textContent();
    expect(footer).toContain(SOURCE_TEXT['uk-siel-caat']!.title[lang]);
    if (lang !== 'en') {
      for (const x of Object.values(SOURCE_TEXT)) expect(footer).not.toContain(x.title.en);
      // Licences stay the sources' own words, marked as such.
      expect(await s.page.locator('.footer-sources .source-wording').count()).toBeGreaterThan(0);
    }
    await s.close();
  });

  it('loads under 200 KB in total (HTML, CSS, scripts)', async () => {
    const s = await openCleanPage(browser, baseUrl, `/${lang}/`);
    let total = 0;
    for (const url of new Set(s.requests.filter((u) => u.startsWith(baseUrl)))) total += (await (await fetch(url)).arrayBuffer()).byteLength;
    expect(total).toBeLessThan(200_000);
    await s.close();
  });
});
