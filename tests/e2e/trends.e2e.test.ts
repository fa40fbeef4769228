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

  it('never shows two currencies in one money chart', async () => {
    const s = await openCleanPage(browser, baseUrl, `/${lang}/trends`);
    for (const meta of await s.page.locator('.chart-frame .chart-meta:first-of-type').allTextContents()) {
      const codes = new Set(meta.match(/\b(EUR|GBP|USD)\b/g) ?? []);
      expect(codes.size).toBeLessThanOrEqual(1);
    }
    await s.close();
  });
});
