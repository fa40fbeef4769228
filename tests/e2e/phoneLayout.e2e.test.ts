/**
 * Layout at the widths readers use, for the pages and embeds no other file checks there: nothing
 * scrolls sideways at 390 px (a phone), and embeds pasted into an article at 320–600 px keep their
 * title, chart, source and link inside the snippet's 520 px, with the compact type of the embed
 * frame (not the browser's default margins and headings).
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { EMBED_HEIGHT } from '../../src/links/embed.ts';
import { defaultState, serializeExploreState, type ExploreState } from '../../src/queries/exploreState.ts';
import { defaultFlowsState, serializeFlowsState } from '../../src/queries/flowsState.ts';
import { flowsDefaultQuery } from '../../src/queries/flows.ts';
import { nativeRows } from './queryHelpers.ts';
import { e2eSession } from './session.ts';
import { openCleanPage } from './shell.ts';

const { baseUrl, browser } = await e2eSession();

const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('phone width (390 px): no sideways scrolling', () => {
  it.each([
    ['/en/countries/DEU', null],
    ['/fr/countries/CHE', null],
    ['/es/glossary', null],
    ['/fr/search?q=armes', null],
    ['/es/compare?states=DEU,CHE', '.compare-group'],
    ['/en/flows', '.flows-result[data-result-state="done"]'],
    ['/fr/register', '.register-result[data-result-state="done"]'],
    ['/es/your-data', null],
  ])('%s', async (path, ready) => {
    const s = await openCleanPage(browser, baseUrl, path, 'phone');
    if (ready) await s.page.waitForSelector(ready, { timeout: 60_000 });
    expect(await sideways(s.page), 'horizontal page overflow').toBeLessThanOrEqual(0);
    await s.close();
  });
});

describe('the sections row of the header', () => {
  it.each(['en', 'fr', 'es'])('at 390 px (%s) scrolls sideways and fades at its edge, so a cut word reads as more to come', async (lang) => {
    const s = await openCleanPage(browser, baseUrl, `/${lang}/countries`, 'phone');
    const row = await s.page.locator('.site-nav ul').evaluate((ul) => ({ overflow: ul.scrollWidth - ul.clientWidth, mask: getComputedStyle(ul).maskImage || getComputedStyle(ul).webkitMaskImage }));
    expect(row.overflow).toBeGreaterThan(0);
    expect(row.mask).toContain('gradient');
    await s.close();
  });

  it('at 1280 px wraps with no fade', async () => {
    const s = await openCleanPage(browser, baseUrl, '/fr/countries');
    const mask = await s.page.locator('.site-nav ul').evaluate((ul) => getComputedStyle(ul).maskImage || getComputedStyle(ul).webkitMaskImage);
    expect(mask).toBe('none');
    await s.close();
  });
});

describe('register while loading', () => {
  it('at 390 px in French says it is loading, with no figures, until its query is answered', async () => {
    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await ctx.newPage();
    // Hold every table file: the query cannot finish, so the page stays in its loading state.
    await page.route(/\.parquet(\?|$)/, () => {});
    await page.goto(`${baseUrl}/fr/register`);
    await page.waitForSelector('.register[data-hydrated="true"]');
    const caption = (await page.textContent('#register-caption')) ?? '';
    expect(caption).toContain('chargement');
    expect(caption).not.toMatch(/\d/);
    expect(await page.getAttribute('.register-result', 'data-result-state')).toBe('pending');
    await ctx.close();
  });
});

describe('Flows page title', () => {
  it('writes a single chosen year once, not as a range', async () => {
    const [top] = await nativeRows(flowsDefaultQuery().sql);
    const q = serializeFlowsState({ ...defaultFlowsState(String(top!.source_id), String(top!.currency)), yearFrom: 2010, yearTo: 2010 });
    const s = await openCleanPage(browser, baseUrl, `/fr/flows?${q}`);
    await s.page.waitForSelector('.flows-result[data-result-state="done"]', { timeout: 60_000 });
    const title = await s.page.locator('.flows-result .chart-title').first().textContent();
    expect(title).toContain('2010');
    expect(title).not.toContain('2010–2010');
    await s.close();
  });
});

describe('phone width (390 px): wide tables', () => {
  it.each(['/fr/analyses/compliance', '/en/analyses/divergences', '/es/countries/DEU'])('%s keeps every table caption inside its scrolling box', async (path) => {
    const s = await openCleanPage(browser, baseUrl, path, 'phone');
    const cut = await s.page.evaluate(() =>
      [...document.querySelectorAll('.table-scroll')].flatMap((box) => {
        const caption = box.querySelector('caption');
        if (!caption || caption.getBoundingClientRect().height === 0 || caption.classList.contains('visually-hidden')) return [];
        const b = box.getBoundingClientRect();
        const c = caption.getBoundingClientRect();
        return b.width > 0 && c.right > b.right + 1 ? [`${caption.textContent}: ${Math.round(c.right - b.right)} px cut`] : [];
      }),
    );
    expect(cut).toEqual([]);
    // The containment gives no box a width of its own: each still spans the column it is in.
    const narrow = await s.page.locator('.table-scroll').evaluateAll((boxes) => boxes.filter((b) => b.getClientRects().length > 0 && b.getBoundingClientRect().width < 200).length);
    expect(narrow).toBe(0);
    await s.close();
  });
});

/** An embed page opened as an iframe of the snippet's size would show it. */
async function openEmbed(path: string, width: number) {
  const context = await browser.newContext({ viewport: { width, height: EMBED_HEIGHT }, locale: 'en-GB', timezoneId: 'UTC' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(new URL(path, baseUrl).href, { waitUntil: 'networkidle' });
  return { page, errors, close: () => context.close() };
}

describe('pre-built embeds at article widths', () => {
  // The Trends chart with the longest legend (six category names of up to 120 characters).
  it.each([320, 480, 600])('the longest legend leaves chart, source and link inside %i × 520 px', async (width) => {
    const e = await openEmbed('/en/embed/trends/g1-category', width);
    expect(await sideways(e.page)).toBeLessThanOrEqual(0);
    expect(await e.page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight), 'vertical overflow').toBeLessThanOrEqual(0);
    const chart = await e.page.locator('.chart-svg:visible svg').boundingBox();
    expect(chart!.height).toBeGreaterThan(100);
    await expect.poll(() => e.page.locator('footer a').isVisible()).toBe(true);
    // A legend entry cut to one line keeps its full name (hover) and in the data table.
    const entries = await e.page.locator('.legend li').evaluateAll((lis) => lis.map((li) => ({ title: li.getAttribute('title'), text: li.textContent })));
    expect(entries.length).toBe(6);
    for (const x of entries) expect(x.title).toBe(x.text);
    expect(e.errors).toEqual([]);
    await e.close();
  });

  it('names the one series it draws (which basis), as the page does', async () => {
    for (const path of ['/es/embed/home/home-value-1', '/fr/embed/countries/DEU/exporter-1-chart']) {
      const e = await openEmbed(path, 480);
      expect(await e.page.locator('.legend li').count(), path).toBe(1);
      expect((await e.page.locator('.legend li').textContent())!.trim().length).toBeGreaterThan(0);
      await e.close();
    }
  });
});

describe('island embeds at article widths', () => {
  let flowsQuery = '';
  beforeAll(async () => {
    const [top] = await nativeRows(flowsDefaultQuery().sql);
    flowsQuery = serializeFlowsState({ ...defaultFlowsState(String(top!.source_id), String(top!.currency)), yearFrom: 2010, yearTo: 2010 });
  });

  it('the flows embed uses the frame’s compact type: no browser margins around the figure, a small title, one year written once', async () => {
    const e = await openEmbed(`/es/embed/flows?${flowsQuery}`, 320);
    await e.page.waitForSelector('.flows-embed[data-result-state="done"] .flows-chart svg', { timeout: 60_000 });
    expect(await sideways(e.page)).toBeLessThanOrEqual(0);
    const figure = await e.page.locator('.flows-embed figure').evaluate((f) => getComputedStyle(f).marginLeft);
    expect(figure).toBe('0px');
    const title = e.page.locator('.flows-embed .chart-title');
    expect(Number.parseFloat(await title.evaluate((h) => getComputedStyle(h).fontSize))).toBeLessThanOrEqual(16);
    expect(await title.textContent()).toContain('2010');
    expect(await title.textContent()).not.toContain('2010–2010');
    expect(e.errors).toEqual([]);
    await e.close();
  });

  it('the Explore map embed writes one year once and its readout as small print, not a heading', async () => {
    const state: ExploreState = { ...defaultState(), source: ['uk-siel-caat'], yearFrom: 2014, yearTo: 2014, group: ['partner'], measure: 'licences', view: 'map' };
    const e = await openEmbed(`/en/embed/explore?${serializeExploreState(state)}`, 390);
    await e.page.waitForSelector('.explore-embed[data-result-state="done"] svg.map-svg', { timeout: 60_000 });
    expect(await sideways(e.page)).toBeLessThanOrEqual(0);
    const filters = (await e.page.locator('.explore-embed > .meta').first().textContent()) ?? '';
    expect(filters).toContain('2014');
    expect(filters).not.toContain('2014–2014');
    const readout = e.page.locator('.explore-embed .map-readout').first();
    const sizes = await readout.evaluate((p) => [Number.parseFloat(getComputedStyle(p).fontSize), Number.parseFloat(getComputedStyle(document.body).fontSize)]);
    expect(sizes[0]).toBeLessThan(sizes[1]!);
    expect(e.errors).toEqual([]);
    await e.close();
  });
});

describe('buttons', () => {
  it('Compare draws its outlined buttons as Flows does (the style is site-wide, not in the query islands’ CSS)', async () => {
    const look = async (path: string, ready: string) => {
      const s = await openCleanPage(browser, baseUrl, path);
      await s.page.waitForSelector(ready, { timeout: 60_000 });
      const style = await s.page
        .locator('button.button-secondary[data-download="csv"]:not(:disabled)')
        .first()
        .evaluate((b) => {
          const c = getComputedStyle(b);
          return { border: `${c.borderTopStyle} ${c.borderTopColor}`, color: c.color, background: c.backgroundColor, padding: c.padding };
        });
      await s.close();
      return style;
    };
    const compare = await look('/en/compare?states=DEU,FRA', '.compare-group');
    expect(compare.border).toMatch(/^solid /);
    expect(compare).toEqual(await look('/en/flows', '.flows-result[data-result-state="done"]'));
  });
});

describe('Compare tables', () => {
  it('align words and dates (treaty facts, reporting) left and figures right', async () => {
    const s = await openCleanPage(browser, baseUrl, '/en/compare?states=DEU,FRA');
    await s.page.waitForSelector('.compare-group');
    const align = (sel: string) => s.page.locator(sel).evaluateAll((cells) => [...new Set(cells.map((c) => getComputedStyle(c).textAlign))]);
    expect(await align('#compare-treaty tbody td')).toEqual(['left']);
    expect(await align('#compare-reporting tbody td')).toEqual(['left']);
    expect(await align('.compare-group tbody td')).toEqual(['right']);
    await s.close();
  });
});
