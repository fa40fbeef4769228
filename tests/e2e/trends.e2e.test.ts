import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations, expectShell, LANGS, openCleanPage } from './shell.ts';
import { e2eSession } from './session.ts';

const { baseUrl, browser } = await e2eSession();

describe.each(LANGS)('trends page (%s)', (lang) => {
  it('renders the shell cleanly and passes axe', async () => {
    const s = await openCleanPage(browser, baseUrl, `/${lang}/trends`);
    await expectShell(s.page, lang, '/trends');
    await expectNoSeriousAxeViolations(s.page);
    await s.close();
  });

  it('gives every chart a unit, a source, a text alternative, a data table and an Explore link in the same language', async () => {
    const s = await openCleanPage(browser, baseUrl, `/${lang}/trends`);
    const frames = await s.page.locator('.chart-frame').all();
    expect(frames.length).toBeGreaterThan(0);
    for (const f of frames) {
      expect(await f.locator('.chart-meta').first().textContent()).toMatch(/:/);
      // A chart is one image; a map is a drawing of links, one per State (named in map.e2e.test.ts).
      expect(await f.locator('svg[role="img"], svg.map-svg[aria-label]').count()).toBeGreaterThan(0);
      expect(await f.locator('.chart-alt').textContent()).toBeTruthy();
      expect(await f.locator('table tbody tr').count()).toBeGreaterThan(0);
      expect(await f.locator('a[download$=".csv"]').count()).toBe(1);
      const explore = await f.locator(`a[href^="/${lang}/explore?"]`).getAttribute('href');
      expect(explore).toMatch(/measure=/);
    }
    await s.close();
  });

  // Like the country profiles' budget (countries.e2e.test.ts), this catches bloat, not growth by content.
  // The page holds 15 line charts of three sources (each drawn twice, desktop and phone, with its table
  // and Share panel: 22–42 KB) and the map of the first source, ~105 KB: its State shapes (~38 KB since
  // the atlas writes compact path data, 74 KB before), a link with the State's name and figure per State
  // (~24 KB, label and hover title) and the table (~13 KB). December 2026: 515 KB (English), 545 KB
  // (French, the longest words), 534 KB (Spanish); a second map, or the map's shapes written at full
  // precision again, would go over.
  it('stays under 570 KB of HTML', async () => {
    const bytes = (await (await fetch(`${baseUrl}/${lang}/trends`)).arrayBuffer()).byteLength;
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThan(570_000);
  });

  it('never shows two currencies in one money chart', async () => {
    const s = await openCleanPage(browser, baseUrl, `/${lang}/trends`);
    for (const meta of await s.page.locator('.chart-frame .chart-meta:first-of-type').allTextContents()) {
      const codes = new Set(meta.match(/\b(EUR|GBP|USD)\b/g) ?? []);
      expect(codes.size).toBeLessThanOrEqual(1);
    }
    await s.close();
  });
});
