/**
 * Keyboard use of the shared controls: skip link, chart tabs (arrow keys), language switcher.
 * Page-by-page axe runs are in each page's own test file.
 */
import { describe, expect, it } from 'vitest';
import { openPage } from '../../scripts/browser/browser.ts';
import { expectNoSeriousAxeViolations, openCleanPage } from './shell.ts';
import { e2eSession } from './session.ts';

const { baseUrl, browser } = await e2eSession();

describe('keyboard', () => {
  it('the first Tab reaches the skip link, which moves focus to main', async () => {
    const s = await openCleanPage(browser, baseUrl, '/en/trends');
    await s.page.keyboard.press('Tab');
    expect(await s.page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await s.page.keyboard.press('Enter');
    expect(await s.page.evaluate(() => document.activeElement?.id)).toBe('main');
    await s.close();
  });

  it('chart tabs switch with the arrow keys and show one panel at a time', async () => {
    const s = await openCleanPage(browser, baseUrl, '/en/trends');
    const frame = s.page.locator('.chart-frame').first();
    const tabs = frame.locator('[role="tab"]');
    expect(await tabs.count()).toBe(3);
    await tabs.first().focus();
    await s.page.keyboard.press('ArrowRight');
    expect(await tabs.nth(1).getAttribute('aria-selected')).toBe('true');
    expect(await frame.locator('[role="tabpanel"]:not([hidden])').count()).toBe(1);
    expect(await frame.locator('[role="tabpanel"]:not([hidden]) table').count()).toBe(1);
    await s.page.keyboard.press('End');
    expect(await tabs.nth(2).getAttribute('aria-selected')).toBe('true');
    await s.page.keyboard.press('Home');
    expect(await tabs.first().getAttribute('aria-selected')).toBe('true');
    await expectNoSeriousAxeViolations(s.page);
    await s.close();
  });
});

describe('without JavaScript', () => {
  it('a chart page still shows chart, table and download links', async () => {
    const s = await openPage(browser, baseUrl, '/fr/trends', { javaScriptEnabled: false });
    const frame = s.page.locator('.chart-frame').first();
    expect(await frame.locator('svg[role="img"]').count()).toBeGreaterThan(0);
    expect(await frame.locator('table').isVisible()).toBe(true);
    expect(await frame.locator('a[download]').isVisible()).toBe(true);
    await s.close();
  });
});

describe('axe on the initial-reports, changes and profile pages', () => {
  it.each(['/en/initial-reports', '/fr/initial-reports', '/es/initial-reports', '/en/changes', '/fr/changes', '/es/changes', '/fr/countries/NOR'])('%s has no serious violation', async (path) => {
    const s = await openCleanPage(browser, baseUrl, path);
    await expectNoSeriousAxeViolations(s.page);
    await s.close();
  });

  it('the matrix cells and filters are reachable by keyboard', async () => {
    const s = await openCleanPage(browser, baseUrl, '/en/initial-reports');
    const cell = s.page.locator('#initial-matrix a[data-answer]').first();
    if ((await cell.count()) === 0) {
      // No initial report in the data: the page says so instead of showing a matrix.
      expect(await s.page.locator('#no-initial-reports').isVisible()).toBe(true);
    } else {
      await cell.focus();
      await s.page.keyboard.press('Enter');
      expect(await s.page.locator('#answer-panel').isVisible()).toBe(true);
      await s.page.locator('#matrix-filters select[name="section"]').focus();
      expect(await s.page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('section');
    }
    await s.close();
  });
});

describe('phone width', () => {
  it.each(['/en/', '/fr/trends', '/es/data', '/en/countries', '/en/initial-reports', '/es/changes', '/en/analyses', '/fr/analyses/compliance', '/es/analyses/barometer', '/en/analyses/divergences'])(
    '%s does not scroll sideways',
    async (path) => {
      const s = await openCleanPage(browser, baseUrl, path, 'phone');
      const overflow = await s.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await s.close();
    },
  );
});

describe('embed pages', () => {
  it.each(['/en/embed/trends/reporting', '/fr/embed/countries/DEU/exporter-1-chart', '/es/embed/home/home-value-1'])('%s (pre-built) has no serious axe violation', async (path) => {
    const s = await openCleanPage(browser, baseUrl, path);
    await expectNoSeriousAxeViolations(s.page);
    // Its data table is there too, behind a disclosure.
    await s.page.locator('details summary').click();
    expect(await s.page.locator('details table tbody tr').count()).toBeGreaterThan(0);
    await expectNoSeriousAxeViolations(s.page);
    await s.close();
  });

  it('an Explore embed has no serious axe violation once drawn', async () => {
    const s = await openCleanPage(browser, baseUrl, '/fr/embed/explore?reporter=AUT&currency=EUR&group=year,basis&measure=value');
    await s.page.waitForSelector('.explore-embed[data-result-state="done"] .chart-svg svg', { timeout: 60_000 });
    await expectNoSeriousAxeViolations(s.page);
    await s.close();
  });

  it('the Share panel (permalink, embed code, downloads) has no serious axe violation', async () => {
    const s = await openCleanPage(browser, baseUrl, '/es/countries/DEU');
    await s.page.locator('.chart-frame [role="tab"]').nth(2).click();
    await expectNoSeriousAxeViolations(s.page);
    await s.close();
  });
});
