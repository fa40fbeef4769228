/**
 * Explore shows the answer first and never a figure of another query: a permalink's page hides the
 * build-time default result until its own result is there (the Parquet reads are held back to make
 * that window observable, no sleeps), the first chart starts in the first screen on desktop and
 * phone, and the keyboard reaches the result quickly ("skip to the result", folded long lists).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { explore } from '../../src/i18n/strings/explore.ts';
import { share } from '../../src/i18n/strings/share.ts';
import { exploreQuery } from '../../src/queries/explore.ts';
import { defaultState, serializeExploreState, type ExploreState } from '../../src/queries/exploreState.ts';
import { CHROMIUM_PATH, describeViolations, isSameOrigin, runAxe } from '../../scripts/browser/browser.ts';
import { nativeRows, waitForRuns } from './queryHelpers.ts';
import { LANGS } from './shell.ts';
import { e2eSession } from './session.ts';

const { baseUrl, browser } = await e2eSession();
const RESULT = '.explore-result';
let reporter: string;

beforeAll(async () => {
  expect(CHROMIUM_PATH).toBeTruthy();
  const [top] = await nativeRows('SELECT reporter_iso3 FROM transfers WHERE value IS NOT NULL AND reporter_iso3 IS NOT NULL GROUP BY reporter_iso3 ORDER BY count(*) DESC, reporter_iso3 LIMIT 1');
  reporter = String(top!.reporter_iso3);
});

/** A page whose Parquet reads wait until `release()`: the result cannot arrive before the test says so. */
async function openHeld(path: string, viewport = { width: 1280, height: 800 }): Promise<{ page: Page; context: BrowserContext; release: () => void; errors: string[] }> {
  const origin = new URL(baseUrl).origin;
  const context = await browser.newContext({ viewport, locale: 'en-GB', timezoneId: 'UTC', reducedMotion: 'reduce' });
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (!isSameOrigin(url, origin)) return route.abort('blockedbyclient');
    if (new URL(url).pathname.endsWith('.parquet')) await gate;
    return route.continue().catch(() => undefined);
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
  return { page, context, release, errors };
}

const visibleFigures = (page: Page, scope: string) => page.locator(`${scope} .explore-chart`).evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);
const visibleRows = (page: Page) => page.locator(`${RESULT} table tbody tr`).evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);

describe.each(LANGS)('a permalink never shows another query’s figures (%s)', (lang) => {
  it('hides the build-time default result behind a plain "loading" statement until the link’s own result is there', async () => {
    const state: ExploreState = { ...defaultState(), reporter: [reporter], group: ['year', 'basis'] };
    const h = await openHeld(`/${lang}/explore?${serializeExploreState(state)}`);
    try {
      // Before and after hydration, while the link's query cannot have run: no figure, a statement.
      const note = h.page.locator(`${RESULT} .explore-pending-note`);
      expect(await visibleFigures(h.page, RESULT)).toBe(0);
      expect(await visibleRows(h.page)).toBe(0);
      expect(await note.isVisible()).toBe(true);
      expect((await note.textContent())?.trim()).toBe(explore.pendingLink[lang]);
      await h.page.waitForSelector('.explore[data-hydrated="true"]');
      expect(await visibleFigures(h.page, RESULT)).toBe(0);
      expect(await visibleRows(h.page)).toBe(0);
      expect(await note.isVisible()).toBe(true);
      h.release();
      expect(await waitForRuns(h.page, RESULT, 1)).toBe('done');
      expect(await note.isVisible()).toBe(false);
      expect(await visibleFigures(h.page, RESULT)).toBeGreaterThan(0);
      const q = exploreQuery(state);
      expect(await visibleRows(h.page)).toBe((await nativeRows(q.sql, q.params)).length);
      expect(h.errors).toEqual([]);
    } finally {
      await h.context.close();
    }
  });
});

describe('an embed of an Explore state', () => {
  it('shows no chart until the state’s own result is there', async () => {
    const state: ExploreState = { ...defaultState(), reporter: [reporter] };
    const h = await openHeld(`/en/embed/explore?${serializeExploreState(state)}`);
    try {
      expect(await h.page.locator('.explore-embed .explore-chart').count()).toBe(0);
      expect(await h.page.getByText(share.embedLoading.en).first().isVisible()).toBe(true);
      h.release();
      await h.page.waitForSelector('.explore-embed[data-result-state="done"]', { timeout: 60_000 });
      expect(await h.page.locator('.explore-embed .explore-chart').count()).toBeGreaterThan(0);
    } finally {
      await h.context.close();
    }
  });
});

describe('the answer first', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    it(`the first chart starts within the first screen at ${viewport.width}×${viewport.height}, before and after the query`, async () => {
      for (const path of ['/en/explore', `/fr/explore?${serializeExploreState({ ...defaultState(), reporter: [reporter] })}`]) {
        const h = await openHeld(path, viewport);
        try {
          h.release();
          expect(await waitForRuns(h.page, RESULT, 1)).toBe('done');
          await h.page.waitForSelector(`${RESULT} .explore-chart svg`);
          const figure = await h.page.locator(`${RESULT} .explore-chart`).first().boundingBox();
          const drawing = await h.page.locator(`${RESULT} .explore-chart svg`).first().boundingBox();
          expect(figure, path).not.toBeNull();
          expect(figure!.y, `${path}: chart top`).toBeLessThan(viewport.height);
          expect(drawing!.y, `${path}: drawing top`).toBeLessThan(viewport.height);
        } finally {
          await h.context.close();
        }
      }
    });
  }
});

describe.each(LANGS)('the keyboard reaches the result (%s)', (lang) => {
  it('"skip to the result" is among the first tab stops, moves focus to the result, and long lists are folded behind their search boxes; axe finds nothing serious', async () => {
    const h = await openHeld(`/${lang}/explore`);
    try {
      h.release();
      expect(await waitForRuns(h.page, RESULT, 1)).toBe('done');
      // Tab from the top of the page until the first stop inside the result; count the stops.
      let stops = 0;
      let skipAt = -1;
      for (; stops < 80; stops++) {
        await h.page.keyboard.press('Tab');
        const where = await h.page.evaluate(() => {
          const a = document.activeElement as HTMLElement | null;
          return { inResult: !!a?.closest('.explore-result'), text: a?.textContent?.trim() ?? '', cls: a?.getAttribute('class') ?? '' };
        });
        if (where.cls.split(' ').includes('skip-results') && skipAt < 0) skipAt = stops;
        if (where.inResult) break;
      }
      expect(skipAt, 'the skip link is a tab stop').toBeGreaterThanOrEqual(0);
      expect(skipAt, 'the skip link comes within the first 15 stops').toBeLessThan(15);
      expect(stops, 'tab stops before the result').toBeLessThan(60);
      // The skip link itself: focus lands on the result, the next Tab stays in it.
      await h.page.locator('.skip-results').focus();
      expect((await h.page.locator('.skip-results').textContent())?.trim()).toBe(explore.skipToResult[lang]);
      await h.page.keyboard.press('Enter');
      expect(await h.page.evaluate(() => document.activeElement?.id)).toBe('explore-result');
      await h.page.keyboard.press('Tab');
      expect(await h.page.evaluate(() => !!document.activeElement?.closest('.explore-result'))).toBe(true);
      // The long States list shows only its search box and a "show all" button until asked.
      const reporters = h.page.locator('.checklist', { has: h.page.locator(`legend:text-is("${explore.fieldReporter[lang]}")`) });
      expect(await reporters.locator('input[type="checkbox"]').count()).toBe(0);
      await reporters.locator('input[type="search"]').fill('a');
      expect(await reporters.locator('input[type="checkbox"]').count()).toBeGreaterThan(0);
      await reporters.locator('input[type="search"]').fill('');
      await reporters.locator('button.checklist-unfold').click();
      expect(await reporters.locator('input[type="checkbox"]').count()).toBeGreaterThan(10);
      const vs = await runAxe(h.page);
      expect(vs, describeViolations(vs)).toEqual([]);
    } finally {
      await h.context.close();
    }
  });
});
